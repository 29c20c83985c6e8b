-- The demo city's districts screen and dispatch their own cases (the city itself keeps the configured centre,
-- locally D-GOV-OFFICE). Site codes and departments as in platform/sites' DemoSites directory.
insert into site_dispatch_centre (site, department, updated_by, updated_at) values
    ('DONGCHENG', 'D-DONGCHENG-OFFICE', 'demo', now()),
    ('XICHENG', 'D-XICHENG-OFFICE', 'demo', now())
on conflict (site) do nothing;
