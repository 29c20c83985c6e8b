-- Demo hearing (local profile only): the city's transport bureau on GOV, registration open from yesterday for a
-- week, the hearing a week later; the seed is announced with the hearing, as the service does. Dates are relative to
-- the migration's time in Asia/Shanghai, so a fresh local database always has a hearing open for registration.
insert into survey_hearing (id, department, site, subject, announcement, registration_opens_at,
                            registration_closes_at, hearing_at, seats, seed, created_at)
values ('4ea10000-0000-4000-8000-000000000001', 'D-TRANSPORT', 'GOV', '城市轨道交通票价调整听证会',
        '拟调整城市轨道交通票价，现公开征集听证参加人。报名截止后公开抽签，抽签种子见本公告。',
        (date_trunc('day', now() at time zone 'Asia/Shanghai') - interval '1 day' + interval '9 hours')
            at time zone 'Asia/Shanghai',
        (date_trunc('day', now() at time zone 'Asia/Shanghai') + interval '7 days' + interval '17 hours')
            at time zone 'Asia/Shanghai',
        (date_trunc('day', now() at time zone 'Asia/Shanghai') + interval '14 days' + interval '9 hours 30 minutes')
            at time zone 'Asia/Shanghai',
        5, 'demo-fc3d-2026-03.11.17.25.28.31', now());
