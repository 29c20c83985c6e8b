-- Demo interview (local profile only): the city's transport bureau on GOV, in two days from 10:00 to 11:30
-- (Asia/Shanghai, relative to the migration's time), with one question asked and approved in advance. Approving
-- appends the question to the live stream's log, so the log row is written too, with the payload exactly as the
-- service writes it (the text needs no masking; askedAt in Asia/Shanghai, whole seconds).
insert into survey_interview (id, department, site, title, guests, starts_at, ends_at, created_by, created_at)
values ('17e70000-0000-4000-8000-000000000001', 'D-TRANSPORT', 'GOV', '公交线网优化在线访谈',
        '["市交通运输局副局长","市公交集团总经理"]',
        (date_trunc('day', now() at time zone 'Asia/Shanghai') + interval '2 days' + interval '10 hours')
            at time zone 'Asia/Shanghai',
        (date_trunc('day', now() at time zone 'Asia/Shanghai') + interval '2 days' + interval '11 hours 30 minutes')
            at time zone 'Asia/Shanghai',
        'demo', now());

insert into survey_interview_question (id, interview_id, author, text, status, asked_at, decided_at, decided_by)
values ('17e70000-0000-4000-8000-000000000101', '17e70000-0000-4000-8000-000000000001', 'demo',
        '早高峰22路公交太挤，能否加密班次？', 'APPROVED',
        date_trunc('second', now()) - interval '1 hour', date_trunc('second', now()) - interval '30 minutes', 'demo');

insert into survey_interview_event (interview_id, kind, payload, created_at)
values ('17e70000-0000-4000-8000-000000000001', 'question',
        '{"id":"17e70000-0000-4000-8000-000000000101","text":"早高峰22路公交太挤，能否加密班次？","askedAt":"'
            || to_char((date_trunc('second', now()) - interval '1 hour') at time zone 'Asia/Shanghai',
                       'YYYY-MM-DD"T"HH24:MI:SS') || '+08:00"}',
        date_trunc('second', now()) - interval '30 minutes');
