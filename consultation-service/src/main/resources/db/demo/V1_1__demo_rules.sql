-- Demo rules (local profile and tests): an urgent safety hazard complaint is investigated within 2 working hours;
-- a petition (信访工作条例) within 60 calendar days.
insert into time_rule (kind, category, deadline, unit, amount, due_soon, updated_by, updated_at) values
    ('COMPLAINT', 'SAFETY_HAZARD', 'investigation', 'WORKING_HOURS', 2, 1, 'demo', now()),
    ('COMPLAINT', 'PETITION', 'investigation', 'CALENDAR_DAYS', 60, 5, 'demo', now())
on conflict do nothing;
