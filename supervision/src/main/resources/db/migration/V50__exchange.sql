-- The exchange (webhooks for other government systems): the hub's events as the exchange stored them (the pull
-- API's feed and the source of replays), subscriptions, and one delivery row per event and matching subscription
-- (a transactional outbox towards the receivers: written in the transaction that stores the event).

create table ex_event (
    seq          bigserial primary key,          -- the pull API's cursor: the order the exchange stored events in
    event_id     text        not null unique,    -- ce_id: the webhook-id, idempotency of the intake
    family       text        not null,           -- mailbox, consultation, hall, survey, casework, supervision
    topic        text        not null,
    type         text        not null,           -- ce_type
    source       text        not null,           -- ce_source
    subject      text,                           -- ce_subject
    case_key     text        not null,           -- the Kafka key, else ce_subject: deliveries keep its order
    department   text,                           -- data.department when the event names one (subscription filter)
    occurred_at  timestamptz not null,           -- ce_time (the producer's commit)
    received_at  timestamptz not null,
    data         jsonb       not null
);
create index ex_event_family_seq on ex_event (family, seq);
create index ex_event_occurred on ex_event (occurred_at);

create table ex_subscription (
    id          uuid        primary key,
    name        text        not null,
    families    text[]      not null,
    department  text,                            -- null: every department
    target_url  text        not null,
    secret      bytea       not null,            -- AES-GCM sealed whsec_ secret; shown once at creation
    active      boolean     not null default true,
    created_at  timestamptz not null,
    created_by  text        not null
);

create table ex_delivery (
    id               bigserial   primary key,    -- order of the deliveries of one case towards one subscription
    subscription_id  uuid        not null references ex_subscription (id) on delete cascade,
    event_seq        bigint      not null references ex_event (seq),
    case_key         text        not null,
    cause            text        not null,       -- live, redelivery, replay
    status           text        not null,       -- pending, delivered, dead
    attempts         int         not null default 0,
    next_attempt_at  timestamptz not null,
    leased_until     timestamptz,
    last_status      int,
    last_error       text,
    created_at       timestamptz not null,
    finished_at      timestamptz
);
-- the dispatcher's scan: pending deliveries due now
create index ex_delivery_due on ex_delivery (next_attempt_at) where status = 'pending';
-- the head of each case's queue: no earlier pending delivery of the same case and subscription
create index ex_delivery_case_queue on ex_delivery (subscription_id, case_key, id) where status = 'pending';
create index ex_delivery_subscription on ex_delivery (subscription_id, id);
