-- Retention (ExchangeRetention): an event may go only once no delivery refers to it. Without an index on the
-- reference that check, and the foreign key's own check on every deleted event, would scan all deliveries.
create index if not exists ex_delivery_event on ex_delivery (event_seq);
-- finished deliveries by age, scanned by the purge in id order
create index if not exists ex_delivery_finished on ex_delivery (status, finished_at) where status <> 'pending';
