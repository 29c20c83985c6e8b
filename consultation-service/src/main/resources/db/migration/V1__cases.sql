-- Consultations (咨询), complaints (投诉), suggestions (建议) and error reports (纠错): the cases, their history and the
-- time rules an administrator configures. Platform tables (outbox, shedlock, notifications, attachments, audit log)
-- come from the libraries' repeatable migrations in db/platform.

create table case_category (
    code      varchar(40)  primary key,
    name_zh   varchar(100) not null,
    name_en   varchar(200) not null
);

insert into case_category (code, name_zh, name_en) values
    ('GENERAL', '综合', 'General'),
    ('WEBSITE', '政府网站', 'Government websites'),
    ('TRANSPORT', '交通出行', 'Transport'),
    ('ENVIRONMENT', '生态环境', 'Environment'),
    ('SOCIAL_SECURITY', '社会保障', 'Social security'),
    ('SAFETY_HAZARD', '安全隐患', 'Safety hazard'),
    ('PETITION', '信访事项', 'Petition');

-- A limit an administrator set for a kind and category (category '*' = every category of the kind); without one the
-- named default policy of the code applies. unit: WORKING_DAYS, CALENDAR_DAYS or WORKING_HOURS.
create table time_rule (
    kind        varchar(20)  not null,
    category    varchar(40)  not null,
    deadline    varchar(20)  not null,
    unit        varchar(20)  not null,
    amount      integer      not null check (amount between 1 and 365),
    due_soon    integer      not null check (due_soon >= 0 and due_soon <= amount),
    updated_by  varchar(64)  not null,
    updated_at  timestamptz  not null,
    primary key (kind, category, deadline)
);

create sequence case_serial;

create table consultation_case (
    id                   uuid         primary key,
    tracking_number      varchar(32)  not null unique,
    writer_id            varchar(64)  not null,
    kind                 varchar(20)  not null,
    category             varchar(40)  not null references case_category (code),
    status               varchar(20)  not null,
    dispatch_centre      varchar(40)  not null,
    lead_department      varchar(40),
    -- co-handling departments, and those whose part is still missing (the co-handling queue)
    co_departments       varchar(40)[] not null default '{}',
    co_pending           varchar(40)[] not null default '{}',
    submitted_at         timestamptz  not null,
    accepted_at          timestamptz,
    answered_at          timestamptz,
    current_deadline     varchar(20),
    current_due_at       timestamptz,
    current_due_soon_at  timestamptz,
    -- when the deadline watch should next look at the case (earliest due-soon / overdue notice not yet sent)
    next_notice_at       timestamptz,
    rating               varchar(20),
    followed_up_at       timestamptz,
    published            boolean      not null default false,
    -- the phases, one JSON document each (see ConsultationCase.State); title and body are case text, never on the bus
    submission           jsonb        not null,
    screening            jsonb,
    dispatch             jsonb,
    handling             jsonb,
    reply                jsonb,
    evaluation           jsonb,
    follow_ups           jsonb        not null default '[]',
    urgings              jsonb        not null default '[]',
    merged_from          jsonb        not null default '[]',
    -- the deadline clocks (platform/casework CaseDeadlines JSON: investigation, completion, co-handlers' parts)
    deadlines            jsonb,
    reopenings           integer      not null default 0,
    -- writer's name and contact details, AES-GCM sealed (PersonalDataSeal), bound to the tracking number
    writer_contact       text,
    contact_channel      varchar(10)  not null,
    locale               varchar(10)  not null default 'zh-CN',
    -- a retried POST with the same Idempotency-Key finds the first case instead of writing a second one
    idempotency_key      varchar(64),
    version              bigint       not null default 0,
    updated_at           timestamptz  not null,
    constraint case_idempotency unique (writer_id, idempotency_key)
);

create index case_by_writer on consultation_case (writer_id, submitted_at desc);
create index case_by_status on consultation_case (status, submitted_at);
create index case_by_lead on consultation_case (lead_department, status);
create index case_co_pending on consultation_case using gin (co_pending);
create index case_next_notice on consultation_case (next_notice_at) where next_notice_at is not null;

-- Append-only history of every step (written through platform/casework's StepHistory).
create table case_history (
    id          bigserial   primary key,
    case_id     uuid        not null references consultation_case (id),
    occurred_at timestamptz not null,
    action      varchar(40) not null,
    from_status varchar(20),
    to_status   varchar(20) not null,
    actor_id    varchar(64) not null,
    actor_name  varchar(100),
    actor_role  varchar(20) not null,
    actor_department varchar(40),
    details     jsonb       not null default '{}'
);

create index case_history_by_case on case_history (case_id, id);

create or replace function case_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_history is append-only';
end $$;

create trigger case_history_append_only before update or delete on case_history
    for each row execute function case_history_is_append_only();
