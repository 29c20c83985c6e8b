-- The overdue view's indexes, as measured over 10 million open items (supervision/docs/overdue.md):
-- every one is partial on the open items with a running deadline (what the view reads, and nothing else), leads with
-- the column a filter fixes (nothing, department, service + case type, site), then due_at (the sort and the card
-- ranges), then the keyset's tie-breakers; due_soon_at is carried along so that the capped counts per card are
-- index-only scans. They replace V10's first sketch.
drop index if exists sv_case_open_due;
drop index if exists sv_case_open_department_due;
drop index if exists sv_case_open_service_due;
drop index if exists sv_case_open_site_due;

create index sv_case_open_due on sv_case (due_at, service, case_id) include (due_soon_at)
    where handled_at is null and due_at is not null;
create index sv_case_open_department_due on sv_case (department, due_at, service, case_id) include (due_soon_at)
    where handled_at is null and due_at is not null;
create index sv_case_open_service_due on sv_case (service, case_type, due_at, case_id) include (due_soon_at)
    where handled_at is null and due_at is not null;
create index sv_case_open_site_due on sv_case (site, due_at, service, case_id) include (due_soon_at)
    where handled_at is null and due_at is not null;
