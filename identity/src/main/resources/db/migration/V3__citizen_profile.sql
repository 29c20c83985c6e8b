-- Citizens' own profile and notification preferences; keyed by the Keycloak subject.
-- phone_encrypted holds AES-GCM ciphertext ("v1:" + base64(iv || ciphertext+tag)), never the number.
create table citizen_profile (
    subject          varchar(64)  primary key,
    display_name     varchar(50)  not null,
    phone_encrypted  varchar(200),
    email            varchar(254),
    notify_site      boolean      not null,
    notify_sms       boolean      not null,
    notify_email     boolean      not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          integer      not null default 0
);
