-- The handling workflow: screening, assignment, transfer, reply and review, rating; deadlines from platform/calendar.

alter table mailbox
    add column intro_zh              text,
    add column intro_en              text,
    add column reply_working_days    int not null default 15 check (reply_working_days between 1 and 365),
    add column due_soon_working_days int not null default 3  check (due_soon_working_days between 0 and 365);

-- A category may have its own limit in a mailbox (e.g. help requests answered within 5 working days).
create table mailbox_category_deadline (
    mailbox_code varchar(40) not null references mailbox (code),
    category     varchar(20) not null,
    working_days int         not null check (working_days between 1 and 365),
    primary key (mailbox_code, category)
);

-- Routing rules used when the office assigns "by rule": the first matching rule (lowest priority number) wins.
create table routing_rule (
    id           bigserial   primary key,
    mailbox_code varchar(40) not null references mailbox (code),
    category     varchar(20),
    keyword      varchar(50),
    department   varchar(40) not null,
    priority     int         not null default 100
);

alter table letter
    add column mailbox_owner         varchar(40),
    -- writer's name and contact details: personal data, AES-GCM encrypted by the service (see README)
    add column writer_contact        text,
    add column agrees_to_publication boolean     not null default false,
    add column contact_channel       varchar(10) not null default 'SITE',
    add column department            varchar(40),
    add column accepted_at           timestamptz,
    add column not_accepted_reason   varchar(20),
    add column screening_note        text,
    add column merged_into           varchar(32),
    add column question              text,
    add column supplement            text,
    -- DeadlineClockJson (platform/calendar) plus the fields queries need
    add column deadline              jsonb,
    add column deadline_state        varchar(10),
    add column deadline_due_at       timestamptz,
    add column deadline_due_soon_at  timestamptz,
    add column pending_extension     jsonb,
    add column reply                 jsonb,
    add column review_comment        text,
    add column answered_at           timestamptz,
    add column published_at          timestamptz,
    add column rating                varchar(20),
    add column rating_comment        text,
    add column rated_at              timestamptz,
    add column reopenings            int         not null default 0,
    add column due_soon_announced    boolean     not null default false,
    add column overdue_announced     boolean     not null default false,
    add column updated_at            timestamptz;

update letter l set mailbox_owner = m.owner_department from mailbox m where m.code = l.mailbox_code;
alter table letter alter column mailbox_owner set not null;

create index letter_queue_by_department on letter (department, deadline_due_at) where department is not null;
create index letter_screening_queue on letter (mailbox_owner, submitted_at) where status = 'SUBMITTED';
create index letter_running_deadlines on letter (deadline_due_soon_at, deadline_due_at) where deadline_state = 'RUNNING';
create index letter_published on letter (published_at desc) where published_at is not null;

-- Append-only history of every step: who, when, what, from which state to which.
create table letter_history (
    id          bigserial   primary key,
    letter_id   uuid        not null references letter (id),
    occurred_at timestamptz not null,
    action      varchar(30) not null,
    from_status varchar(20),
    to_status   varchar(20) not null,
    actor_id    varchar(64) not null,
    actor_name  varchar(100),
    actor_role  varchar(20) not null,
    actor_department varchar(40),
    details     jsonb       not null default '{}'
);
create index letter_history_by_letter on letter_history (letter_id, id);

create or replace function letter_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'letter_history is append-only';
end $$;
create trigger letter_history_append_only before update or delete on letter_history
    for each row execute function letter_history_is_append_only();
