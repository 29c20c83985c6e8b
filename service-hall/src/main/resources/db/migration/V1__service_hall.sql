-- service-hall's own database (servicehall). Each feature adds its tables in its own range of versions:
-- catalogue V10–V19, applications V20–V39, appointments V40–V49, ratings V50–V59.
-- The platform tables (outbox, processed events, ShedLock, attachments, notifications, audit log, the site
-- directory copy) come from classpath:db/platform.
select 1;
