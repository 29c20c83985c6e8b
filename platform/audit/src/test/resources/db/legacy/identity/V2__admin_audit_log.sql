-- Copy of identity's applied migration V2__admin_audit_log.sql (identity/src/main/resources/db/migration), as
-- databases in production hold it. Never edit.
-- Operation log of back-office users. The regulations require keeping it for at least 6 months;
-- this service never deletes or changes a row (enforced below). Archiving entries older than the
-- retention period is an operations task that has to disable the trigger explicitly.
create table admin_audit_log (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz  not null,
    actor_subject   varchar(64)  not null,
    actor_username  varchar(255),
    action          varchar(60)  not null,
    target_type     varchar(40)  not null,
    target_id       varchar(255) not null,
    details         jsonb        not null default '{}'::jsonb
);

create index admin_audit_log_occurred_idx on admin_audit_log (occurred_at);
create index admin_audit_log_target_idx on admin_audit_log (target_type, target_id);

comment on table admin_audit_log is
    'Append-only operation log of back-office users; retention at least 6 months (政府网站管理办法).';

create function admin_audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'admin_audit_log is append-only (% rejected)', tg_op;
end;
$$;

create trigger admin_audit_log_append_only
    before update or delete on admin_audit_log
    for each row execute function admin_audit_log_is_append_only();

create trigger admin_audit_log_no_truncate
    before truncate on admin_audit_log
    for each statement execute function admin_audit_log_is_append_only();
