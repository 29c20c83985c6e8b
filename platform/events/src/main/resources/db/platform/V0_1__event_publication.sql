-- Spring Modulith 2.0.1 event publication registry (JDBC, schema v2), PostgreSQL.
-- Copied verbatim from spring-modulith-events-jdbc-2.0.1.jar!/org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql;
-- Modulith's own schema initialization stays off (spring.modulith.events.jdbc.schema-initialization.enabled=false, its default).
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
