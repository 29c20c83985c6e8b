-- Operation log of the mailbox back office (mailbox configuration); each letter's own steps are in letter_history.
-- Kept at least 6 months (政府网站管理办法); this service never changes or deletes a row.
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

-- Publication: the masked texts exactly as the reviewer previewed and approved them, and the numbers the
-- public listing and the monthly statistics show.
alter table letter
    add column published_title    varchar(200),
    add column published_body     text,
    add column published_reply    text,
    add column working_days_taken int,
    add column answered_on_time   boolean;
