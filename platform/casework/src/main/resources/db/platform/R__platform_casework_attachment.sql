-- platform/casework attachments (org.citizenhub.casework.attachments). Idempotent: creates the table on a new
-- database, adopts an identical one a service already has, and grows only by appending idempotent statements.
-- Services never alter this table in their own migrations.
--
-- Files owners attach to a service's cases. Uploaded first (subject null), claimed by a subject (subject_type,
-- subject_id, e.g. 'letter' / the letter's id) in the subject's transaction; unclaimed uploads are deleted after
-- hub.casework.attachments.unclaimed-retention. The bytes live here (bytea): written in the subject's transaction
-- and backed up with the database. No foreign key to the subject: the library knows no service's tables.
create table if not exists attachment (
    id           uuid         primary key,
    owner_id     varchar(64)  not null,
    filename     varchar(255) not null,
    -- sniffed from the content, never the client's claim
    content_type varchar(100) not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    -- hex SHA-256 of content, computed by the service
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null,
    claimed_at   timestamptz,
    subject_type varchar(50),
    subject_id   uuid,
    constraint attachment_claimed check ((subject_id is null) = (claimed_at is null)
                                         and (subject_type is null) = (subject_id is null)),
    constraint attachment_subject_type check (subject_type ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$')
);

create index if not exists attachment_by_owner on attachment (owner_id, uploaded_at);
create index if not exists attachment_by_subject on attachment (subject_type, subject_id);
-- the cleanup's scan: unclaimed uploads, oldest first
create index if not exists attachment_unclaimed on attachment (uploaded_at) where subject_id is null;
