-- Online interviews (在线访谈): sessions, citizens' questions, officials' answers, and the live stream's event log.
create table survey_interview (
    id                       uuid primary key,
    department               varchar(64)  not null,
    site                     varchar(64),
    title                    varchar(200) not null,
    guests                   text         not null,
    starts_at                timestamptz  not null,
    ends_at                  timestamptz  not null,
    created_by               varchar(64)  not null,
    created_at               timestamptz  not null,
    transcript_published_at  timestamptz,
    constraint survey_interview_schedule check (ends_at > starts_at)
);
create index survey_interview_site on survey_interview (site, starts_at);

create table survey_interview_question (
    id            uuid primary key,
    interview_id  uuid         not null references survey_interview (id),
    author        varchar(64)  not null,
    text          varchar(2000) not null,
    status        varchar(16)  not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    asked_at      timestamptz  not null,
    decided_at    timestamptz,
    decided_by    varchar(64),
    reason        varchar(500)
);
create index survey_interview_question_by_interview on survey_interview_question (interview_id, status, asked_at);
create index survey_interview_question_by_author on survey_interview_question (interview_id, author);

create table survey_interview_answer (
    id           uuid primary key,
    question_id  uuid          not null references survey_interview_question (id),
    department   varchar(64)   not null,
    text         varchar(4000) not null,
    answered_at  timestamptz   not null,
    answered_by  varchar(64)   not null
);
create index survey_interview_answer_by_question on survey_interview_answer (question_id);

-- What watchers receive, in order: seq is the SSE event id (Last-Event-ID); inserts of one interview are serialised
-- by an advisory transaction lock so that a higher seq never commits before a lower one of the same interview.
create table survey_interview_event (
    seq           bigserial primary key,
    interview_id  uuid        not null references survey_interview (id),
    kind          varchar(32) not null,
    payload       text        not null,
    created_at    timestamptz not null
);
create index survey_interview_event_by_interview on survey_interview_event (interview_id, seq);
