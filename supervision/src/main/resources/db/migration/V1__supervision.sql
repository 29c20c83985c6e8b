-- supervision's own database (supervision). Each feature adds its tables in its own range of versions:
-- overdue (the read model) V10–V29, notices (督办) V30–V39, reports V40–V49, exchange (webhooks) V50–V69.
-- The platform tables (outbox, audit log, ShedLock, site directory) come from classpath:db/platform.
select 1;
