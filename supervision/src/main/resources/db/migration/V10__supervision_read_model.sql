-- The supervision read model (package overdue writes it; reports and notices read it with SQL).
-- Column names are the contract of /work/wt/SUPERVISION-CONTRACT.md; overdue may add columns and indexes.
-- Every instant is a timestamptz; the model is a fold of the services' events, rebuildable from offset 0.

create table sv_case (
    service            text        not null,  -- mailbox, consultation, service-hall, survey
    case_type          text        not null,  -- letter, consultation, complaint, suggestion, error-report, application, rating-rectification, draft-feedback
    case_id            text        not null,
    tracking_number    text,
    department         text,                  -- the handling department now
    site               text,
    handling_site      text,
    received_at        timestamptz,           -- submitted
    due_at             timestamptz,           -- the deadline that counts now; null when none runs
    deadline           text,                  -- its name
    due_soon_at        timestamptz,           -- from when it shows a yellow card
    handled_at         timestamptz,           -- answered / decided / feedback published; null while open
    on_time            boolean,               -- when handled
    working_days       integer,               -- working days from receipt to handling (platform/calendar), when handled
    last_occurred_at   timestamptz not null,
    -- overdue's own: when the deadline information was last changed (a late deadline event never undoes a newer one)
    deadline_occurred_at timestamptz,
    -- when a handling (or a reopening) was last seen: a due-soon / overdue older than it never reopens the case
    handled_occurred_at  timestamptz,
    primary key (service, case_id)
);

create table sv_rating (
    service       text        not null,       -- service-hall (the one service publishing ratings with rectification)
    rating_id     text        not null,
    department    text,
    site          text,
    satisfaction  smallint    not null check (satisfaction between 1 and 5),
    bad           boolean     not null,
    rated_at      timestamptz not null,
    rectified_at  timestamptz,                -- null until a bad rating's rectification is done
    primary key (service, rating_id)
);

create table sv_processed_event (
    event_id      text        primary key,    -- the CloudEvent's ce_id
    processed_at  timestamptz not null default now()
);

-- The overdue view reads only open items with a running deadline: partial indexes on them keep the index as small as
-- the open backlog (handled cases, the vast majority over the years, are not in it), and keyset order (due_at, case
-- key) gives stable pages. Design and measurements: supervision/docs/overdue.md.
create index sv_case_open_due on sv_case (due_at, service, case_id)
    where handled_at is null and due_at is not null;
create index sv_case_open_department_due on sv_case (department, due_at, service, case_id)
    where handled_at is null and due_at is not null;
create index sv_case_open_service_due on sv_case (service, due_at, case_id)
    where handled_at is null and due_at is not null;
create index sv_case_open_site_due on sv_case (site, due_at, service, case_id)
    where handled_at is null and due_at is not null;

-- reports: figures per period, department and service
create index sv_case_received on sv_case (received_at);
create index sv_case_handled on sv_case (handled_at) where handled_at is not null;
create index sv_rating_rated on sv_rating (rated_at);
