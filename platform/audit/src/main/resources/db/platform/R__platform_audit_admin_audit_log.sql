-- platform/audit: the operation log of back-office users (README of platform/audit).
--
-- Idempotent on purpose. On a new database it creates the table; on a database whose own earlier migration already
-- created it (identity V2, mailbox-service V4) it adopts that table unchanged, rows included. Flyway runs it again
-- whenever this file changes, so only ever append statements that are themselves idempotent; a service never alters
-- this table in its own migrations.
--
-- Rows are kept at least 6 months (政府网站管理办法). Nothing in the hub changes or deletes a row: the triggers below
-- refuse update, delete and truncate. Archiving entries older than the retention period is an operations task that
-- has to disable the triggers explicitly and on purpose.

create table if not exists admin_audit_log (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz  not null,
    actor_subject   varchar(64)  not null,
    actor_username  varchar(255),
    action          varchar(60)  not null,
    target_type     varchar(40)  not null,
    target_id       varchar(255) not null,
    details         jsonb        not null default '{}'::jsonb
);

create index if not exists admin_audit_log_occurred_idx on admin_audit_log (occurred_at);
create index if not exists admin_audit_log_target_idx on admin_audit_log (target_type, target_id);

comment on table admin_audit_log is
    'Append-only operation log of back-office users; retention at least 6 months (政府网站管理办法).';

create or replace function admin_audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'admin_audit_log is append-only (% rejected)', tg_op;
end;
$$;

create or replace trigger admin_audit_log_append_only
    before update or delete on admin_audit_log
    for each row execute function admin_audit_log_is_append_only();

create or replace trigger admin_audit_log_no_truncate
    before truncate on admin_audit_log
    for each statement execute function admin_audit_log_is_append_only();
