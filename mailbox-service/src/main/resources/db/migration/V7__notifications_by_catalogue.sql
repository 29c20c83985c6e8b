-- Notifications now come from platform-casework's catalogue mechanism, whose notification_outbox
-- (db/platform/R__platform_casework_notification_outbox.sql) adopts this table: same columns, except that a kind may
-- be any catalogue's kind name of up to 64 characters. Widening keeps every row.
alter table notification_outbox alter column kind type varchar(64);
