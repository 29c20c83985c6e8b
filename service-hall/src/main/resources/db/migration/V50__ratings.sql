-- 好差评 (org.citizenhub.hall.ratings): visits served at a hall window (一次一评), ratings with their rectification
-- (回访整改) and appeal (申诉复核), and their history.

-- rating numbers PJ + yyyyMMdd + serial (the export's evaluation number, the deadline event's tracking number)
create sequence hall_rating_serial;

-- A visit a department's staff registered; the citizen holds its code. Only the code's SHA-256 is kept.
create table hall_visit (
    id            uuid         primary key,
    code_hash     varchar(64)  not null unique,
    department    varchar(40)  not null,
    hall_window   varchar(40)  not null,
    item_code     varchar(64)  not null,
    item_name     varchar(200) not null,
    served_at     timestamptz  not null,
    registered_by varchar(64)  not null,
    registered_at timestamptz  not null
);

create table hall_rating (
    id                   uuid         primary key,
    number               varchar(32)  not null unique,
    subject              varchar(12)  not null check (subject in ('VISIT', 'APPLICATION')),
    -- 一次一评 / 一事一评: one rating per visit and per application, also under concurrent requests
    visit_id             uuid         unique references hall_visit (id),
    application_number   varchar(64)  unique,
    department           varchar(40)  not null,
    site                 varchar(40),
    item_code            varchar(64)  not null,
    item_name            varchar(200) not null,
    hall_window          varchar(40),
    served_at            timestamptz  not null,
    channel              varchar(20)  not null,
    satisfaction         smallint     not null check (satisfaction between 1 and 5),
    reasons              varchar(200) not null default '',
    comment              varchar(2000),
    rater_subject        varchar(64),
    rated_at             timestamptz  not null,
    -- an upheld appeal: kept for the record, left out of statistics
    excluded             boolean      not null default false,
    state                varchar(20)  not null,
    rectification        jsonb,
    rectification_status varchar(12),
    appeal               jsonb,
    deadlines            jsonb        not null default '{"current":null,"clocks":[]}',
    next_announcement_at timestamptz,
    version              integer      not null default 0,
    check ((subject = 'VISIT') = (visit_id is not null)),
    check ((subject = 'APPLICATION') = (application_number is not null))
);
create index hall_rating_by_time on hall_rating (rated_at);
create index hall_rating_by_department on hall_rating (department, rated_at);
create index hall_rating_rectifications on hall_rating (rectification_status, department)
    where rectification_status is not null;
create index hall_rating_announcements on hall_rating (next_announcement_at) where next_announcement_at is not null;

-- platform/casework's StepHistory
create table hall_rating_history (
    id               bigserial   primary key,
    rating_id        uuid        not null references hall_rating (id),
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
create index hall_rating_history_by_rating on hall_rating_history (rating_id, id);
create or replace function hall_rating_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'hall_rating_history is append-only';
end $$;
create trigger hall_rating_history_append_only before update or delete on hall_rating_history
    for each row execute function hall_rating_history_is_append_only();
