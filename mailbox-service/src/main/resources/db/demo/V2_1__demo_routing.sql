-- Demo routing and limits (local runner and tests only).
update mailbox set intro_zh = '欢迎您就本市经济社会发展提出意见建议，反映诉求。我们将在 15 个工作日内答复。',
                   intro_en = 'Write to the mayor with suggestions, questions or complaints. We answer within 15 working days.'
 where code = 'MAYOR';
insert into mailbox_category_deadline (mailbox_code, category, working_days) values ('MAYOR', 'HELP', 5)
on conflict do nothing;
insert into routing_rule (mailbox_code, category, keyword, department, priority) values
    ('MAYOR', null, '公交', 'D-TRANSPORT', 10),
    ('MAYOR', null, '道路', 'D-TRANSPORT', 20),
    ('MAYOR', null, '噪音', 'D-ENVIRONMENT', 10),
    ('MAYOR', null, '污染', 'D-ENVIRONMENT', 20),
    ('D-TRANSPORT', null, null, 'D-TRANSPORT', 100),
    ('D-ENVIRONMENT', null, null, 'D-ENVIRONMENT', 100);
