-- 意见征集: draft policies, the citizens' comments (先审后发) and the feedback on what was adopted (采纳情况).
create sequence survey_draft_serial;

create table survey_draft (
    id                   uuid primary key,
    number               text not null unique,
    title                text not null,
    department           text not null,
    site                 text,
    opens_at             timestamptz not null,
    closes_at            timestamptz not null,
    -- chapters and their articles, as published (no personal data)
    chapters             jsonb not null,
    created_by           text not null,
    created_at           timestamptz not null,
    -- set once gov.hub.survey.draft.closed.v1 has gone out
    closed_announced     boolean not null default false,
    -- the published feedback (groups, outcomes, reasons); null until published
    feedback             jsonb,
    feedback_published_at timestamptz,
    -- platform/casework deadlines: the feedback clock, running from closes_at
    deadlines            jsonb not null,
    next_announcement_at timestamptz
);
create index survey_draft_next_announcement on survey_draft (next_announcement_at);
create index survey_draft_site on survey_draft (site);

create table survey_draft_comment (
    id            uuid primary key,
    draft_id      uuid not null references survey_draft (id),
    -- "2.3" for chapter 2 article 3; null for a comment on the whole text
    article       text,
    text          text not null,
    -- only for the moderators' queue; never published, never on the bus
    author        text not null,
    status        text not null check (status in ('SUBMITTED', 'APPROVED', 'REJECTED')),
    masked_text   text,
    reject_reason text,
    submitted_at  timestamptz not null,
    moderated_at  timestamptz,
    moderated_by  text
);
create index survey_draft_comment_draft on survey_draft_comment (draft_id, status);
