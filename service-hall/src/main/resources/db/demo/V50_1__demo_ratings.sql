-- Demo of 好差评 (local profile only): three visits served today whose codes the README's walk-through rates
-- (DEMHALL234 at D-TRANSPORT, DEMHALL567 at D-HOUSING, DEMHALL89A at DONGCHENG's office; rateable for
-- hub.hall.ratings.visit-rating-window after the database was created), and a few earlier ratings so that the
-- public figures of the month are not empty. Only the SHA-256 of a code is stored, as for every visit.
insert into hall_visit (id, code_hash, department, hall_window, item_code, item_name, served_at, registered_by,
                        registered_at)
values ('5a7e0000-0000-4000-8000-000000000001',
        '7eff4591e4e560ad025a1a19035c3454b88284e00170639f03c218c45bc8bfc0', 'D-TRANSPORT', 'A03',
        '11110000000000000X4000111700100', '城市道路挖掘占用许可', now(), 'demo', now()),
       ('5a7e0000-0000-4000-8000-000000000002',
        'ae0792af6c3fd8b86db6f4af723b0fd113e0e98d01872528d3e84543cac8f06c', 'D-HOUSING', 'C02',
        '11110000000000000X4000111700200', '住房公积金提取', now(), 'demo', now()),
       ('5a7e0000-0000-4000-8000-000000000003',
        '510baf59f6ad622529d41fe539ea9469f050e7ebb3ba7908557f6997617461f0', 'D-DONGCHENG-OFFICE', 'B01',
        '11110100000000000X4000111700300', '居住证签注', now(), 'demo', now());

-- earlier visits, already rated (满意 and above need no reasons; 基本满意 carries its reason and text)
insert into hall_visit (id, code_hash, department, hall_window, item_code, item_name, served_at, registered_by,
                        registered_at)
select ('5a7e0000-0000-4000-8000-00000000001' || n)::uuid, md5('demo-visit-' || n) || md5('rated-' || n), d, w,
       i, name, now() - interval '2 hours', 'demo', now() - interval '2 hours'
  from (values (1, 'D-TRANSPORT', 'A03', '11110000000000000X4000111700100', '城市道路挖掘占用许可'),
               (2, 'D-TRANSPORT', 'A04', '11110000000000000X4000111700100', '城市道路挖掘占用许可'),
               (3, 'D-HEALTH', 'D01', '11110000000000000X4000111700400', '公共场所卫生许可'),
               (4, 'D-DONGCHENG-OFFICE', 'B01', '11110100000000000X4000111700300', '居住证签注'))
       as v (n, d, w, i, name);

insert into hall_rating (id, number, subject, visit_id, department, site, item_code, item_name, hall_window,
                         served_at, channel, satisfaction, reasons, comment, rated_at, state)
select ('5a7e0000-0000-4000-8000-00000000002' || n)::uuid,
       'PJ' || to_char(now() at time zone 'Asia/Shanghai', 'YYYYMMDD') || '90000' || n, 'VISIT',
       v.id, v.department, s, v.item_code, v.item_name, v.hall_window, v.served_at, c, l, r, t,
       now() - interval '1 hour', 'RATED'
  from (values (1, 'GOV', 'window', 5, '', null),
               (2, 'GOV', 'app', 4, '', '指引清楚'),
               (3, 'GOV', 'pc', 3, 'inefficient', '排队时间有点长'),
               (4, 'DONGCHENG', 'window', 5, '', null)) as x (n, s, c, l, r, t)
  join hall_visit v on v.id = ('5a7e0000-0000-4000-8000-00000000001' || x.n)::uuid;
