-- Demo city (演示市) directory for local runs and tests only (hub.identity.demo-data=true): the city, its bureaus
-- and the districts 东城区 and 西城区 (their sites: R__demo_city_sites.sql).
-- Repeatable and idempotent: existing rows (perhaps edited by an admin) are left alone.
insert into department (code, name_zh, name_en, parent_code, kind, contact_phone, sort_order, active, created_at, updated_at)
values
    ('D-GOV',          '演示市人民政府',             'Demo City People''s Government',               null,     'GOVERNMENT', '0999-12345000',      0, true, now(), now()),
    ('D-GOV-OFFICE',   '市政府办公室',               'General Office of the City Government',       'D-GOV',  'OFFICE',     '0999-12345100', 10, true, now(), now()),
    ('D-TRANSPORT',    '市交通运输局',               'Transport Bureau',                            'D-GOV',  'BUREAU',     '0999-12345201', 20, true, now(), now()),
    ('D-ECOLOGY',      '市生态环境局',               'Ecology and Environment Bureau',              'D-GOV',  'BUREAU',     '0999-12345202', 30, true, now(), now()),
    ('D-HOUSING',      '市住房和城乡建设局',         'Housing and Urban-Rural Development Bureau',  'D-GOV',  'BUREAU',     '0999-12345203', 40, true, now(), now()),
    ('D-MARKET',       '市市场监督管理局',           'Market Regulation Bureau',                    'D-GOV',  'BUREAU',     '0999-12345204', 50, true, now(), now()),
    ('D-HRSS',         '市人力资源和社会保障局',     'Human Resources and Social Security Bureau',  'D-GOV',  'BUREAU',     '0999-12345205', 60, true, now(), now()),
    ('D-EDUCATION',    '市教育局',                   'Education Bureau',                            'D-GOV',  'BUREAU',     '0999-12345206', 70, true, now(), now()),
    ('D-HEALTH',       '市卫生健康委员会',           'Health Commission',                           'D-GOV',  'BUREAU',     '0999-12345207', 80, true, now(), now()),
    ('D-DONGCHENG',    '东城区人民政府',             'Dongcheng District People''s Government',     'D-GOV',  'DISTRICT',   '0999-22345000',     90, true, now(), now()),
    ('D-DONGCHENG-OFFICE', '东城区政府办公室',       'General Office of Dongcheng District',        'D-DONGCHENG', 'OFFICE', '0999-22345100', 10, true, now(), now()),
    ('D-DONGCHENG-EDUCATION', '东城区教育局',         'Dongcheng District Education Bureau',         'D-DONGCHENG', 'BUREAU', '0999-22345206', 20, true, now(), now()),
    ('D-XICHENG',      '西城区人民政府',             'Xicheng District People''s Government',       'D-GOV',  'DISTRICT',   '0999-32345000',    100, true, now(), now()),
    ('D-XICHENG-OFFICE', '西城区政府办公室',         'General Office of Xicheng District',          'D-XICHENG', 'OFFICE',   '0999-32345100', 10, true, now(), now()),
    ('D-XICHENG-HOUSING', '西城区住房和城乡建设局',  'Xicheng District Housing and Urban-Rural Development Bureau', 'D-XICHENG', 'BUREAU', '0999-32345203', 20, true, now(), now())
on conflict (code) do nothing;
