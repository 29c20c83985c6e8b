-- The intake of the read model (package overdue): which consumer group reads the topics, the messages it could not
-- read, and the rounds of a rating's rectification (a supervisor may reopen one; a completion counts for its round).

-- One row: the Kafka consumer group the intake uses. A new database gets a new group (so it reads every topic from
-- offset 0); a rebuild empties the model and takes a new group again.
create table sv_intake (
    id           smallint    primary key default 1 check (id = 1),
    group_id     text        not null,
    generation   integer     not null,
    started_at   timestamptz not null
);

-- Messages the intake could not read (not a CloudEvent, a payload that does not fit its schema, a fold that
-- failed): kept with the reason, skipped, never blocking the partition.
create table sv_parked_event (
    topic        text        not null,
    kafka_partition integer  not null,
    kafka_offset bigint      not null,
    event_id     text,
    event_type   text,
    reason       text        not null,
    payload      text,
    parked_at    timestamptz not null,
    primary key (topic, kafka_partition, kafka_offset)
);

alter table sv_rating add column rectification_opened integer;            -- the latest opening seen (0 = the rating's own)
alter table sv_rating add column rectification_completed integer;         -- the opening the latest completion ended
alter table sv_rating add column rectification_completed_at timestamptz;  -- that completion's moment

-- order tolerance of sv_case (see CaseFold): when the department was last told, and whether on_time is the service's
-- own verdict (else it is computed from the deadline that counted, and follows a late-arriving deadline)
alter table sv_case add column department_occurred_at timestamptz;
alter table sv_case add column on_time_told boolean not null default false;
