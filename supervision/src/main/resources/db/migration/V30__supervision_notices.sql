-- 督办 (package notices): supervision notices on cases and their steps. Range V30–V39.

-- the serial of the notices' own numbers (DB + yyyyMMdd + serial, as tracking numbers are drawn)
create sequence sv_notice_serial;

-- One row per notice: what the lists and the jobs query. The story itself is in sv_notice_step.
create table sv_notice (
    id                    uuid         primary key,
    number                varchar(32)  not null unique,
    service               text         not null,      -- the supervised case, as sv_case names it
    case_type             text         not null,
    case_id               text         not null,
    case_tracking_number  text,
    department            text         not null,      -- the department the notice went to (answers; its head is escalated to)
    site                  text,                       -- that department's site
    issued_by             varchar(64)  not null,      -- the supervisor's token subject
    issued_at             timestamptz  not null,
    phase                 varchar(20)  not null,      -- ISSUED, RETURNED, ESCALATED, REPLIED, ACCEPTED
    round                 integer      not null,
    reply_due_at          timestamptz,                -- while a reply is awaited
    escalated_at          timestamptz,                -- once escalated (a notice escalates once)
    closed_at             timestamptz,                -- accepted
    deadlines             jsonb        not null,      -- platform/casework CaseDeadlines: the reply clock
    next_announcement_at  timestamptz,                -- the deadline watch's next due-soon / overdue
    version               integer      not null default 0
);

create index sv_notice_case on sv_notice (service, case_id);
create index sv_notice_issuer on sv_notice (issued_by, issued_at desc);
create index sv_notice_department on sv_notice (department, issued_at desc);
-- the escalation job: overdue replies never escalated
create index sv_notice_escalation_due on sv_notice (reply_due_at) where escalated_at is null and reply_due_at is not null;
create index sv_notice_announcement_due on sv_notice (next_announcement_at) where next_announcement_at is not null;
-- one open notice per case (the rule ONE_OPEN_NOTICE_PER_CASE, also against two supervisors at once)
create unique index sv_notice_one_open_per_case on sv_notice (service, case_id) where closed_at is null;

create table sv_notice_step (
    notice_id      uuid         not null references sv_notice (id),
    seq            integer      not null,
    kind           varchar(20)  not null,   -- ISSUED, REPLIED, RETURNED, ESCALATED, ACCEPTED
    round          integer      not null,
    at             timestamptz  not null,
    actor_subject  varchar(64)  not null,   -- token subject; 'system' for the escalation
    actor_name     varchar(255),
    actor_role     varchar(40),
    text           text,                    -- measures asked / taken, or the supervisor's comment
    due_at         timestamptz,             -- the reply deadline an issue or a return set
    target         text,                    -- the department a notice went or escalated to
    primary key (notice_id, seq)
);
