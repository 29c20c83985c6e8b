-- platform-casework (org.citizenhub.casework.notify): notifications to citizens, queued in the transaction of the
-- step that causes them and sent afterwards, with retries, by NotificationDispatcher.
-- Idempotent (runs after every service's versioned migrations): creates the table on a new database and adopts the
-- identical table mailbox-service has had since its V5 (widened by its V7). Grow it only by appending idempotent
-- statements; a service whose table differs reshapes it in its own versioned migration.
create table if not exists notification_outbox (
    id              bigserial    primary key,
    created_at      timestamptz  not null,
    -- the case's tracking number, e.g. ML20261123000042
    tracking_number varchar(32)  not null,
    channel         varchar(10)  not null check (channel in ('SITE', 'EMAIL', 'SMS')),
    -- e-mail address or phone number, sealed by the service's PersonalDataSeal (platform-privacy, AES-GCM, "v1:..."),
    -- bound to tracking number and channel; null for SITE, cleared once sent
    recipient       varchar(512),
    -- a kind of the service's NotificationCatalogue, e.g. LETTER_ACCEPTED
    kind            varchar(64)  not null,
    locale          varchar(16)  not null,
    -- named message parameters of the kind: short phrases, never a case's body or personal data
    params          jsonb        not null default '{}',
    attempts        int          not null default 0,
    -- due while sent_at is null; null without sent_at: given up
    next_attempt_at timestamptz,
    sent_at         timestamptz,
    last_error      varchar(500)
);

create index if not exists notification_outbox_due on notification_outbox (next_attempt_at)
    where sent_at is null and next_attempt_at is not null;
create index if not exists notification_outbox_by_letter on notification_outbox (tracking_number);

-- An adopted table must have the shape above: fail the migration here, naming what differs, rather than the first
-- notification later.
do $$
declare
    missing text;
begin
    select string_agg(c, ', ') into missing
    from unnest(array['id', 'created_at', 'tracking_number', 'channel', 'recipient', 'kind', 'locale', 'params',
                      'attempts', 'next_attempt_at', 'sent_at', 'last_error']) as c
    where not exists (select 1 from information_schema.columns
                      where table_schema = current_schema() and table_name = 'notification_outbox'
                        and column_name = c);
    if missing is not null then
        raise exception 'notification_outbox lacks column(s) %: reshape it in the service''s own versioned migration',
            missing;
    end if;
    if (select character_maximum_length from information_schema.columns
        where table_schema = current_schema() and table_name = 'notification_outbox'
          and column_name = 'kind') < 64 then
        raise exception 'notification_outbox.kind is shorter than varchar(64): widen it in the service''s own migration';
    end if;
end
$$;
