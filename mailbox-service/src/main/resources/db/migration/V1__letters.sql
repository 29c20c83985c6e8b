-- Mailboxes (市长信箱, 区长信箱, department mailboxes) and the letters citizens write to them.
create table mailbox (
    code             varchar(40)  primary key,
    name_zh          varchar(100) not null,
    name_en          varchar(200) not null,
    owner_department varchar(40)  not null,
    open             boolean      not null default true
);

create sequence letter_serial;

create table letter (
    id               uuid         primary key,
    tracking_number  varchar(32)  not null unique,
    writer_id        varchar(64)  not null,
    mailbox_code     varchar(40)  not null references mailbox (code),
    category         varchar(20)  not null,
    title            varchar(100) not null,
    body             text         not null check (char_length(body) <= 5000),
    status           varchar(20)  not null,
    submitted_at     timestamptz  not null,
    -- a retried POST with the same Idempotency-Key finds the first letter instead of writing a second one
    idempotency_key  varchar(64),
    version          bigint       not null default 0,
    constraint letter_idempotency unique (writer_id, idempotency_key)
);

create index letter_by_writer on letter (writer_id, submitted_at desc);
