-- Public reviews: the publication of the results (per department, with the raters' comments masked) and the
-- comments themselves. A comment is stored already masked: nobody reads the raw text, so it is never kept.
alter table survey_review add column results_published_at timestamptz;
create index survey_review_unpublished on survey_review (closes_at) where results_published_at is null;

alter table survey_review_score add column comment text;
