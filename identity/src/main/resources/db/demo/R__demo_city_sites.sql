-- Demo city (演示市) sites for local runs and tests only (hub.identity.demo-data=true): the city's portal GOV and the
-- district sites DONGCHENG and XICHENG, exactly platform/sites' demo-site-directory.json (identity's tests hold the
-- two equal). Runs after R__demo_city_departments.sql. Repeatable and idempotent: existing rows are left alone.
insert into site (code, department_code, name_zh, name_en, path_prefix, logo_url, contact_zh, contact_en, live,
                  include_children, created_at, updated_at)
values
    ('GOV',       'D-GOV',       '演示市人民政府门户网站', 'Demo City Government Portal',   '/',          null,
     '演示市人民路1号 电话 0999-12345000', '1 Renmin Road, Demo City, tel. 0999-12345000', true, false, now(), now()),
    ('DONGCHENG', 'D-DONGCHENG', '东城区人民政府网站',     'Dongcheng District Government', '/dongcheng', null,
     '东城区东大街8号 电话 0999-22345000', '8 East Street, Dongcheng, tel. 0999-22345000', true, false, now(), now()),
    ('XICHENG',   'D-XICHENG',   '西城区人民政府网站',     'Xicheng District Government',   '/xicheng',   null,
     '西城区西大街6号 电话 0999-32345000', '6 West Street, Xicheng, tel. 0999-32345000',   true, false, now(), now())
on conflict do nothing;

-- On a database that held the demo departments before V5, V5 made GOV from D-GOV alone (the department's names, no
-- contact, no hosts): give it the portal's names and contact, unless an administrator has edited it since.
update site
   set name_zh = '演示市人民政府门户网站', name_en = 'Demo City Government Portal',
       contact_zh = '演示市人民路1号 电话 0999-12345000',
       contact_en = '1 Renmin Road, Demo City, tel. 0999-12345000', updated_at = now()
 where code = 'GOV' and version = 0 and contact_zh is null and contact_en is null and name_zh = '演示市人民政府';

insert into site_host (host, site_code, position)
select host, site_code, position
  from (values ('www.demo-city.gov.cn', 'GOV', 0), ('localhost', 'GOV', 1), ('127.0.0.1', 'GOV', 2),
               ('dongcheng.demo-city.gov.cn', 'DONGCHENG', 0), ('xicheng.demo-city.gov.cn', 'XICHENG', 0))
       as demo (host, site_code, position)
 where not exists (select 1 from site_host h where h.site_code = demo.site_code)
on conflict do nothing;
