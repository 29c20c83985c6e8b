-- Demo city mailboxes, loaded only where hub.mailbox.demo-data is on (local runner and tests).
insert into mailbox (code, name_zh, name_en, owner_department, open) values
    ('MAYOR',         '市长信箱',         'Mayor''s mailbox',                         'D-GOV-OFFICE', true),
    ('D-TRANSPORT',   '交通运输局局长信箱', 'Transport Bureau director''s mailbox',     'D-TRANSPORT',  true),
    ('D-ENVIRONMENT', '生态环境局局长信箱', 'Ecology and Environment Bureau mailbox',  'D-ENVIRONMENT', true),
    ('ARCHIVED',      '旧版信箱（已关闭）',  'Old mailbox (closed)',                    'D-GOV-OFFICE', false)
on conflict (code) do nothing;
