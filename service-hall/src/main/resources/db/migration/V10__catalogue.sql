-- The item catalogue (事项清单): items and their versions. A version's guide, form and process are JSON documents
-- (read whole by the service); the browsing columns beside them are copied from the guide when a version is written,
-- so the public lists filter and search without opening the documents.

create table catalogue_item (
    id                   uuid primary key,
    basic_code           varchar(12)  not null,
    implementation_code  varchar(31)  not null unique,
    accepting_department varchar(64)  not null,
    created_at           timestamptz  not null,
    created_by           varchar(255) not null,
    row_version          bigint       not null default 0
);

create index catalogue_item_department on catalogue_item (accepting_department);

-- Bigrams of a text for Chinese search: no spaces between Chinese words, so every pair of neighbouring characters is
-- a term (居住证 → 居住, 住证); spaces and punctuation separate runs and are never part of a term.
create or replace function catalogue_bigrams(t text) returns text[]
    language sql immutable parallel safe as
$$
select coalesce(array_agg(distinct g), '{}')
from (select substr(s, i, 2) as g
      from (select regexp_replace(lower(coalesce(t, '')),
                                  '[[:space:][:punct:]、，。；：“”‘’（）《》〈〉【】！？·—…]+', ' ', 'g') as s) x,
           generate_series(1, greatest(length(s) - 1, 0)) as i) y
where position(' ' in g) = 0
  and length(g) = 2
$$;

create table catalogue_version (
    id           uuid primary key,
    item_id      uuid         not null references catalogue_item (id),
    number       int          not null,
    status       varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED', 'WITHDRAWN')),
    guide        jsonb        not null,
    form_schema  jsonb,
    process      jsonb,
    drafted_at   timestamptz  not null,
    drafted_by   varchar(255) not null,
    published_at timestamptz,
    published_by varchar(255),
    ended_at     timestamptz,
    ended_by     varchar(255),
    ended_reason varchar(500),
    -- browsing columns (from guide)
    name_zh      varchar(200) not null,
    kind         varchar(40)  not null,
    online_level varchar(40)  not null,
    departments  text[]       not null,
    serves       text[]       not null,
    themes       text[]       not null,
    life_events  text[]       not null,
    search_terms text[]       not null,
    unique (item_id, number)
);

-- at most one draft and one published version per item
create unique index catalogue_version_one_draft on catalogue_version (item_id) where status = 'DRAFT';
create unique index catalogue_version_one_published on catalogue_version (item_id) where status = 'PUBLISHED';
create index catalogue_version_search on catalogue_version using gin (search_terms) where status = 'PUBLISHED';
create index catalogue_version_themes on catalogue_version using gin (themes) where status = 'PUBLISHED';
create index catalogue_version_life_events on catalogue_version using gin (life_events) where status = 'PUBLISHED';
