-- survey-service's own database (survey). Each feature adds its tables in its own range of versions:
-- surveys V10–V29, drafts and comments V30–V39, hearings V40–V49, reviews V50–V59, interviews V60–V69.
-- The platform tables come from classpath:db/platform.
select 1;
