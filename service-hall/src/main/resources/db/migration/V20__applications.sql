-- Applications (办件): one row per application, the aggregate in `state` (jsonb), the queried values in columns.
create sequence hall_application_tracking_serial;

-- the serial of the 办件编号 per item and day of receipt
create table hall_application_serial (
    implementation_code varchar(40) not null,
    day                 date        not null,
    last_serial         int         not null,
    primary key (implementation_code, day)
);

create table hall_application (
    id                    uuid         primary key,
    number                varchar(64)  not null unique,
    -- the casework tracking number (BJ + date + serial): deadline events and the query code are keyed by it
    tracking_number       varchar(32)  not null unique,
    implementation_code   varchar(40)  not null,
    version_id            varchar(64)  not null,
    site                  varchar(40),
    accepting_department  varchar(40)  not null,
    departments           varchar(40)[] not null,
    applicant_subject     varchar(64)  not null,
    status                varchar(30)  not null,
    received_at           timestamptz  not null,
    notice_due_at         timestamptz,
    due_at                timestamptz,
    state                 jsonb        not null,
    form_data             jsonb        not null,
    delivery              varchar(20),
    delivery_address      varchar(300),
    deadlines             jsonb        not null default '{"clocks":[]}',
    next_announcement_at  timestamptz,
    idempotency_key       varchar(64),
    version               int          not null default 0,
    constraint hall_application_idempotency unique (applicant_subject, idempotency_key)
);

create index hall_application_by_applicant on hall_application (applicant_subject, received_at desc);
create index hall_application_by_departments on hall_application using gin (departments);
create index hall_application_notice_due on hall_application (notice_due_at) where status = 'RECEIVED';
create index hall_application_announcement on hall_application (next_announcement_at)
    where next_announcement_at is not null;

create table hall_application_history (
    id               bigserial   primary key,
    application_id   uuid        not null references hall_application (id),
    occurred_at      timestamptz not null,
    action           varchar(40) not null,
    from_status      varchar(30),
    to_status        varchar(30) not null,
    actor_id         varchar(64) not null,
    actor_name       varchar(100),
    actor_role       varchar(20) not null,
    actor_department varchar(40),
    details          jsonb       not null default '{}'
);
create index hall_application_history_by_application on hall_application_history (application_id, id);

create or replace function hall_application_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'hall_application_history is append-only';
end $$;
create trigger hall_application_history_append_only before update or delete on hall_application_history
    for each row execute function hall_application_history_is_append_only();

-- electronic licences (电子证照) issued for granted applications; verified by number + check code
create table hall_licence (
    number            varchar(80)  primary key,
    application_id    uuid         not null unique references hall_application (id),
    item_name         varchar(200) not null,
    holder            varchar(200) not null,
    holder_code       varchar(18),
    department        varchar(40)  not null,
    valid_from        date         not null,
    valid_until       date         not null,
    check_code        varchar(16)  not null,
    issued_at         timestamptz  not null
);
