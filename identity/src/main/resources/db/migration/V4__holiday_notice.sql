-- State Council holiday notices (国务院办公厅关于 N 年部分节假日安排的通知) loaded by administrators after the
-- release. The years bundled with the platform (platform/calendar, org/citizenhub/calendar/notices/<year>.json)
-- are not stored here unless an administrator replaced one. document is the notice in the HolidayNoticeJson form.
create table holiday_notice (
    year                integer      primary key check (year between 2000 and 2100),
    notice              varchar(200) not null,
    document            jsonb        not null,
    loaded_at           timestamptz  not null,
    loaded_by_subject   varchar(64)  not null,
    loaded_by_username  varchar(255)
);

comment on table holiday_notice is
    'Holiday notices loaded by administrators after the release (one row per year, the latest upload); '
    'the bundled years live in platform/calendar. Every upload is also in admin_audit_log and on the '
    'compacted Kafka topic gov.hub.identity.holiday-notice.';
