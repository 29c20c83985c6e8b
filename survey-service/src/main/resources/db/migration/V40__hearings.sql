-- Online hearings (网上听证): the hearing, its registrations (one per identity) and the lottery's outcome.
create table survey_hearing (
    id                     uuid primary key,
    department             varchar(40)  not null,
    site                   varchar(40)  not null,
    subject                varchar(200) not null,
    announcement           text         not null,
    registration_opens_at  timestamptz  not null,
    registration_closes_at timestamptz  not null,
    hearing_at             timestamptz  not null,
    seats                  int          not null check (seats > 0),
    -- announced with the hearing, before anyone registers: the lottery's input besides the registration ids
    seed                   varchar(128) not null,
    drawn_at               timestamptz,
    record                 text,
    record_published_at    timestamptz,
    created_at             timestamptz  not null,
    check (registration_opens_at < registration_closes_at and registration_closes_at <= hearing_at)
);
create index survey_hearing_site on survey_hearing (site, hearing_at);

create table survey_hearing_registration (
    id             uuid primary key,
    hearing_id     uuid         not null references survey_hearing (id),
    -- the identity (token subject): once per identity and hearing, also when two requests race
    subject        varchar(100) not null,
    display_name   varchar(100) not null,
    interest       text         not null,
    registered_at  timestamptz  not null,
    seated         boolean,
    statement      text,
    statement_at   timestamptz,
    unique (hearing_id, subject)
);
