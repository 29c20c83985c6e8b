-- Appointments (预约): halls, their windows and daily schedules, the slots made for working days, bookings.

create table appt_hall (
    id            uuid primary key,
    department    varchar(36)  not null,
    site          varchar(40)  not null,
    name          varchar(100) not null,
    address       varchar(300) not null,
    opening_hours varchar(300) not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);
create index appt_hall_site on appt_hall (site);

-- A window (窗口): the items it handles (free codes until the catalogue links them) and its daily schedule.
create table appt_window (
    id           uuid primary key,
    hall_id      uuid         not null references appt_hall (id),
    name         varchar(100) not null,
    item_codes   jsonb        not null default '[]',
    slot_minutes int          not null check (slot_minutes between 5 and 240),
    periods      jsonb        not null,
    capacity     int          not null check (capacity between 1 and 500),
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null
);
create index appt_window_hall on appt_window (hall_id);

-- A slot of one working day. booked never exceeds capacity: seats are taken with
-- "update ... set booked = booked + 1 where id = ? and booked < capacity" (see docs/appointments.md).
create table appt_slot (
    id         bigserial primary key,
    window_id  uuid        not null references appt_window (id),
    hall_id    uuid        not null references appt_hall (id),
    slot_date  date        not null,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    capacity   int         not null check (capacity >= 0),
    booked     int         not null default 0 check (booked >= 0),
    constraint appt_slot_once unique (window_id, starts_at),
    constraint appt_slot_not_overbooked check (booked <= capacity)
);
create index appt_slot_hall_day on appt_slot (hall_id, slot_date);

create sequence appt_booking_serial;

create table appt_booking (
    id               uuid primary key,
    number           varchar(32)  not null unique,
    citizen_id       varchar(64)  not null,
    slot_id          bigint       not null references appt_slot (id),
    hall_id          uuid         not null,
    window_id        uuid         not null,
    department       varchar(36)  not null,
    site             varchar(40)  not null,
    starts_at        timestamptz  not null,
    ends_at          timestamptz  not null,
    check_in_code    varchar(8)   not null,
    item_code        varchar(40),
    status           varchar(16)  not null,
    booked_at        timestamptz  not null,
    rescheduled_from varchar(32),
    -- how it ended: {"at": ..., "to" | "recordedBy": ...}, null while booked
    outcome          jsonb,
    outcome_at       timestamptz,
    reminded_at      timestamptz,
    contact_channel  varchar(8)   not null,
    -- phone or e-mail, sealed (PersonalDataSeal, bound to the booking id); null for SITE
    contact          varchar(600),
    locale           varchar(10)  not null,
    idempotency_key  varchar(64),
    constraint appt_booking_idempotency unique (citizen_id, idempotency_key)
);
-- one active booking per citizen per slot
create unique index appt_booking_one_per_slot on appt_booking (citizen_id, slot_id) where status = 'BOOKED';
create index appt_booking_citizen on appt_booking (citizen_id, status);
create index appt_booking_reminder on appt_booking (starts_at) where status = 'BOOKED' and reminded_at is null;
create index appt_booking_hall_day on appt_booking (hall_id, starts_at);
