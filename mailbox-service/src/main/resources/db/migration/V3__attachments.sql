-- Files citizens attach to their letters. Uploaded first (letter_id null), claimed by the letter's submission in the
-- letter's transaction; unclaimed uploads are deleted after hub.mailbox.attachments.unclaimed-retention.
-- The bytes live here (bytea): written in the letter's transaction and backed up with the database.
create table attachment (
    id           uuid         primary key,
    owner_id     varchar(64)  not null,
    -- deferred, so that a submission may claim its attachments before or after it inserts the letter
    letter_id    uuid         references letter (id) deferrable initially deferred,
    filename     varchar(255) not null,
    -- sniffed from the content, never the client's claim
    content_type varchar(100) not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    -- hex SHA-256 of content, computed by the service
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null,
    claimed_at   timestamptz,
    constraint attachment_claimed check ((letter_id is null) = (claimed_at is null))
);

create index attachment_by_owner on attachment (owner_id, uploaded_at);
create index attachment_by_letter on attachment (letter_id);
