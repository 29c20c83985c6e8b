-- 督办: a retried POST /notices with the same Idempotency-Key gets the first notice back (platform/casework
-- IdempotentSubmission), race-safe through this constraint per supervisor.
alter table sv_notice add column idempotency_key varchar(64);
create unique index sv_notice_idempotency on sv_notice (issued_by, idempotency_key) where idempotency_key is not null;
