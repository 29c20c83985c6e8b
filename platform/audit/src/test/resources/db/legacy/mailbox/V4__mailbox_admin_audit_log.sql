-- The admin_audit_log part of mailbox-service's applied migration V4__mailbox_admin_and_publication.sql, as
-- mailbox databases in production hold it (no target index, no table comment). Never edit.
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

create function admin_audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'admin_audit_log is append-only (% rejected)', tg_op;
end;
$$;
create trigger admin_audit_log_append_only before update or delete on admin_audit_log
    for each row execute function admin_audit_log_is_append_only();
create trigger admin_audit_log_no_truncate before truncate on admin_audit_log
    for each statement execute function admin_audit_log_is_append_only();
