-- Demo review (local profile only): Dongcheng's appraisal of two of its departments, open from yesterday for two
-- weeks (dates relative to the migration's time in Asia/Shanghai), no ratings yet.
insert into survey_review (id, site, title, description, opens_at, closes_at, created_at)
values ('e7a10000-0000-4000-8000-000000000001', 'DONGCHENG', '东城区部门服务网上评议',
        '请为下列部门的服务打分（1–5分），可留下意见，意见公开前隐去个人信息。',
        (date_trunc('day', now() at time zone 'Asia/Shanghai') - interval '1 day') at time zone 'Asia/Shanghai',
        (date_trunc('day', now() at time zone 'Asia/Shanghai') + interval '14 days' + interval '18 hours')
            at time zone 'Asia/Shanghai',
        now());

insert into survey_review_department (review_id, department)
values ('e7a10000-0000-4000-8000-000000000001', 'D-DONGCHENG-EDUCATION'),
       ('e7a10000-0000-4000-8000-000000000001', 'D-DONGCHENG-OFFICE');
