-- 网上调查 / 征集调查: surveys, their questionnaire versions, answers, participation, quotas and invitations.
-- The answers are kept apart from who answered: survey_response has no column naming a person for anonymous and
-- invitation answers, and anonymous answers reach it only through survey_anonymous_pool and the mixer.
create table survey (
    id                 uuid primary key,
    site               text not null,
    owner_department   text not null,
    title              text not null,
    description        text,
    mode               text not null check (mode in ('REAL_NAME', 'ANONYMOUS', 'INVITATION')),
    -- null until scheduled
    opens_at           timestamptz,
    closes_at          timestamptz,
    -- set when it actually closed (at closes_at, or earlier by the owner)
    closed_at          timestamptz,
    -- optional overall maximum of answers, counted in accepted
    max_responses      integer check (max_responses > 0),
    accepted           integer not null default 0,
    opened_announced   boolean not null default false,
    closed_announced   boolean not null default false,
    created_by         text not null,
    created_at         timestamptz not null
);
create index survey_site on survey (site, opens_at);
create index survey_department on survey (owner_department);
create index survey_announcements on survey (opens_at, closes_at) where not closed_announced;

create table survey_version (
    survey_id      uuid not null references survey (id),
    version        integer not null check (version > 0),
    -- the questionnaire in the documented JSON shape (docs/surveys.md)
    questionnaire  jsonb not null,
    created_at     timestamptz not null,
    -- null while it is the draft version; a published version never changes again
    published_at   timestamptz,
    primary key (survey_id, version)
);
-- at most one draft version at a time
create unique index survey_version_one_draft on survey_version (survey_id) where published_at is null;

create table survey_response (
    id              uuid primary key default gen_random_uuid(),
    survey_id       uuid not null references survey (id),
    version         integer not null,
    -- the answers in the documented JSON shape: {"<question key>": {"type": ..., ...}}
    answers         jsonb not null,
    -- REAL_NAME only: the respondent's subject, and when they answered / last changed it
    respondent      text,
    submitted_at    timestamptz,
    updated_at      timestamptz,
    -- every mode: the day only (for anonymous answers nothing finer, so no time links it to a participation)
    submitted_on    date not null,
    -- WARN quotas this answer filled beyond their limit
    warned_quotas   text[] not null default '{}',
    foreign key (survey_id, version) references survey_version (survey_id, version)
);
-- one-response-per-identity for real-name surveys
create unique index survey_response_one_per_respondent on survey_response (survey_id, respondent)
    where respondent is not null;
create index survey_response_survey on survey_response (survey_id);

-- Anonymous answers wait here until the mixer moves them, in random order and in batches, into survey_response.
create table survey_anonymous_pool (
    id              uuid primary key default gen_random_uuid(),
    survey_id       uuid not null references survey (id),
    version         integer not null,
    answers         jsonb not null,
    submitted_on    date not null,
    warned_quotas   text[] not null default '{}'
);
create index survey_anonymous_pool_survey on survey_anonymous_pool (survey_id);

-- Anonymous mode: who has answered, as HMAC-SHA256(key, survey id + subject); no time, no link to any answer.
create table survey_participation (
    survey_id     uuid not null references survey (id),
    participant   bytea not null,
    primary key (survey_id, participant)
);

create table survey_quota (
    survey_id     uuid not null references survey (id),
    key           text not null,
    title         text not null,
    -- a DisplayCondition on the answer (JSON shape as the questionnaire's showWhen)
    condition     jsonb not null,
    limit_count   integer not null check (limit_count > 0),
    action        text not null check (action in ('STOP', 'WARN')),
    filled        integer not null default 0,
    primary key (survey_id, key)
);

-- Invitation mode: tokens shown once at issue, kept as SHA-256; used_on says it was spent (not by which answer).
create table survey_invitation (
    id            uuid primary key,
    survey_id     uuid not null references survey (id),
    token_hash    bytea not null unique,
    issued_at     timestamptz not null,
    issued_by     text not null,
    used_on       date
);
create index survey_invitation_survey on survey_invitation (survey_id);
