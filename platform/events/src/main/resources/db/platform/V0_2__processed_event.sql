-- Idempotent consumers (org.citizenhub.events.ProcessedEvents): one row per event a consumer has processed.
CREATE TABLE IF NOT EXISTS processed_event
(
  consumer     VARCHAR(200)             NOT NULL,
  event_id     VARCHAR(200)             NOT NULL,
  processed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (consumer, event_id)
);
CREATE INDEX IF NOT EXISTS processed_event_by_processed_at_idx ON processed_event (processed_at);
