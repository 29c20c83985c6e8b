-- Attachments belong to a subject (platform/casework), not to a letter: the table V3 created takes exactly the shape
-- of the library's db/platform/R__platform_casework_attachment.sql, which then adopts it. Every row is kept: a
-- claimed attachment's letter becomes its subject ('letter', letter_id).
-- The foreign key to letter goes with letter_id: the library's table knows no service's tables (letters are never
-- deleted, and a claim happens in the letter's own transaction).
alter table attachment add column subject_type varchar(50);
alter table attachment add column subject_id uuid;

update attachment set subject_type = 'letter', subject_id = letter_id where letter_id is not null;

alter table attachment drop constraint attachment_claimed;
-- drops the foreign key and index attachment_by_letter with it
alter table attachment drop column letter_id;

alter table attachment add constraint attachment_claimed check ((subject_id is null) = (claimed_at is null)
                                                                 and (subject_type is null) = (subject_id is null));
alter table attachment add constraint attachment_subject_type
    check (subject_type ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$');

create index attachment_by_subject on attachment (subject_type, subject_id);
create index attachment_unclaimed on attachment (uploaded_at) where subject_id is null;
