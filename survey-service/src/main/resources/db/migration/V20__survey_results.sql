-- Survey results (org.citizenhub.survey.surveys.results): what the owner chose to publish, and the publication
-- itself, frozen at closing.

-- The owner's choice of published questions, settable until the survey closes. No row: every question is published
-- (free answers as their number only).
create table survey_results_choice (
    survey_id  uuid primary key,
    -- question keys, e.g. ["mode","satisfaction"]
    questions  jsonb        not null check (jsonb_typeof(questions) = 'array'),
    chosen_by  varchar(100) not null,
    chosen_at  timestamptz  not null
);

-- One row per published survey, written once at closing: the results of the chosen questions as they were then
-- (the public never sees a recomputed figure). Its presence is the phase "results published".
create table survey_results_publication (
    survey_id    uuid primary key,
    site         varchar(40) not null,
    responses    bigint      not null check (responses >= 0),
    -- org.citizenhub.survey.surveys.results.domain.SurveyResults as JSON (docs/surveys-results.md)
    results      jsonb       not null,
    published_at timestamptz not null
);
create index survey_results_publication_site on survey_results_publication (site, published_at desc);
