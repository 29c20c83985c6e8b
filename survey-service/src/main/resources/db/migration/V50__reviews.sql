-- Public reviews (网上评议): a periodic appraisal of departments (or their services) on one site; one rating per
-- identity per review, a score per reviewed department.
create table survey_review (
    id          uuid primary key,
    site        varchar(40)  not null,
    title       varchar(200) not null,
    description text         not null,
    opens_at    timestamptz  not null,
    closes_at   timestamptz  not null,
    created_at  timestamptz  not null,
    check (opens_at < closes_at)
);
create index survey_review_site on survey_review (site, closes_at);

create table survey_review_department (
    review_id  uuid        not null references survey_review (id),
    department varchar(40) not null,
    primary key (review_id, department)
);

create table survey_review_rating (
    id        uuid primary key,
    review_id uuid         not null references survey_review (id),
    -- the identity (token subject): one rating per review, also when two requests race
    subject   varchar(100) not null,
    rated_at  timestamptz  not null,
    unique (review_id, subject)
);

create table survey_review_score (
    rating_id  uuid        not null references survey_review_rating (id),
    department varchar(40) not null,
    score      int         not null check (score between 1 and 5),
    primary key (rating_id, department)
);
