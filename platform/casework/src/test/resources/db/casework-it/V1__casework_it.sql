-- A stand-in case service for the integration tests, laid out as the module README tells services to.

create sequence it_case_serial;

create table it_case (
    id                   uuid         primary key,
    run                  varchar(40)  not null,
    tracking_number      varchar(32)  not null unique,
    owner_id             varchar(64)  not null,
    title                varchar(100) not null,
    status               varchar(20)  not null,
    department           varchar(40),
    idempotency_key      varchar(64),
    poison               boolean      not null default false,
    deadlines            jsonb        not null default '{"clocks": []}',
    next_announcement_at timestamptz,
    version              bigint       not null default 0,
    constraint it_case_idempotency unique (owner_id, idempotency_key)
);
create index it_case_announcements on it_case (next_announcement_at) where next_announcement_at is not null;

create table it_case_history (
    id               bigserial   primary key,
    case_id          uuid        not null references it_case (id),
    occurred_at      timestamptz not null,
    action           varchar(30) not null,
    from_status      varchar(20),
    to_status        varchar(20) not null,
    actor_id         varchar(64) not null,
    actor_name       varchar(100),
    actor_role       varchar(20) not null,
    actor_department varchar(40),
    details          jsonb       not null default '{}'
);
create index it_case_history_by_case on it_case_history (case_id, id);

create or replace function it_case_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'it_case_history is append-only';
end $$;
create trigger it_case_history_append_only before update or delete on it_case_history
    for each row execute function it_case_history_is_append_only();
