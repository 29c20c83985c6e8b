-- Notifications to citizens (letter accepted, answered, not accepted), queued in the transaction of the handling step
-- that causes them and sent afterwards, with retries, by NotificationDispatcher.
create table notification_outbox (
    id              bigserial    primary key,
    created_at      timestamptz  not null,
    tracking_number varchar(32)  not null,
    channel         varchar(10)  not null check (channel in ('SITE', 'EMAIL', 'SMS')),
    -- e-mail address or phone number, AES-GCM encrypted under hub.mailbox.personal-data-key ("v1:..."); null for SITE,
    -- cleared once sent
    recipient       varchar(512),
    kind            varchar(40)  not null,
    locale          varchar(16)  not null,
    -- message parameters (title, mailbox, reason, dueDate, queryUrl): never the letter's body or other personal data
    params          jsonb        not null default '{}',
    attempts        int          not null default 0,
    -- due while sent_at is null; null without sent_at: given up
    next_attempt_at timestamptz,
    sent_at         timestamptz,
    last_error      varchar(500)
);

create index notification_outbox_due on notification_outbox (next_attempt_at)
    where sent_at is null and next_attempt_at is not null;
create index notification_outbox_by_letter on notification_outbox (tracking_number);
