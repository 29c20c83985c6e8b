-- How the applicant is told of accepted / 补正 / decided: the channel, the contact sealed (platform/privacy
-- PersonalDataSeal, bound to the application) and the language. SITE needs no contact.
alter table hall_application add column contact_channel varchar(10) not null default 'SITE';
alter table hall_application add column contact_sealed text;
alter table hall_application add column locale varchar(10) not null default 'zh-CN';
