-- Every department an event names (department, acceptingDepartment, ownerDepartment, fromDepartment, departments[],
-- coDepartments[]): a subscription's department filter matches any of them, e.g. a hall application of several
-- departments, or a case transferred away from the subscribing department.
alter table ex_event add column departments text[] not null default '{}';
update ex_event set departments = array[department] where department is not null;
create index ex_event_departments on ex_event using gin (departments);
