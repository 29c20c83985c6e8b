-- The department directory: the organisation tree used for routing and permissions.
create table department (
    code          varchar(40)  primary key,
    name_zh       varchar(100) not null,
    name_en       varchar(200),
    parent_code   varchar(40)  references department (code),
    kind          varchar(20)  not null check (kind in ('GOVERNMENT', 'DISTRICT', 'BUREAU', 'OFFICE')),
    contact_phone varchar(30),
    sort_order    integer      not null default 0,
    active        boolean      not null default true,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       integer      not null default 0,
    constraint department_code_format check (code ~ '^D-[A-Z0-9]+(-[A-Z0-9]+)*$'),
    constraint department_not_own_parent check (parent_code is null or parent_code <> code)
);

create index department_parent_idx on department (parent_code);
