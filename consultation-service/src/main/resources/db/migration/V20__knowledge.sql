-- Knowledge base (热点解答 / 常见问题): published answers of cases and staff-curated FAQ entries, owned by the
-- knowledge package. Only masked text is ever stored here; the search terms are character bigrams of that masked
-- text (see knowledge/Bigrams.java and the README), kept readable (text[]) and as numbers (int[]) that intarray
-- intersects and counts on a GIN index. intarray is a trusted contrib extension (PostgreSQL 13+): the database
-- owner creates it; a deployment whose migration user is not the owner installs it beforehand.
create extension if not exists intarray;

create table knowledge_entry (
    id               uuid         primary key,
    -- CASE: a case's reply the reviewer allowed to publish; FAQ: written by staff, reviewed before publication
    source           varchar(10)  not null check (source in ('CASE', 'FAQ')),
    case_id          uuid         unique references consultation_case (id),
    tracking_number  varchar(32),
    -- FAQ for staff entries, the case's kind (CONSULTATION, COMPLAINT, SUGGESTION, ERROR_REPORT) otherwise
    kind             varchar(20)  not null,
    category         varchar(40)  not null references case_category (code),
    department       varchar(40),
    -- DRAFT, IN_REVIEW, PUBLISHED, WITHDRAWN (a case's entry is PUBLISHED from the start)
    status           varchar(20)  not null,
    title            varchar(200) not null,
    question         text         not null,
    answer           text         not null,
    -- bigrams of title + question (similarity), and of title + question + answer (search)
    question_terms   text[]       not null,
    all_terms        text[]       not null,
    -- the same terms as sorted distinct numbers (Bigrams.hashes), which the search uses
    question_hashes  integer[]    not null,
    all_hashes       integer[]    not null,
    author_id        varchar(64)  not null,
    reviewer_id      varchar(64),
    review_comment   varchar(1000),
    asked_at         timestamptz  not null,
    published_at     timestamptz,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0,
    check ((source = 'CASE') = (case_id is not null))
);

create index knowledge_all_hashes on knowledge_entry using gin (all_hashes gin__int_ops) where status = 'PUBLISHED';
create index knowledge_published on knowledge_entry (published_at desc) where status = 'PUBLISHED';
create index knowledge_by_status on knowledge_entry (status, updated_at);
