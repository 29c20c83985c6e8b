-- The demo city's districts (集约化; sites and departments: platform/sites DemoSites, published by identity's demo
-- data): a mailbox of each district's government, owned by the district's office, with a routing rule each.
-- Loaded only with the demo data (local runner and tests).
insert into mailbox (code, name_zh, name_en, owner_department, open, intro_zh, intro_en) values
    ('DONGCHENG', '东城区区长信箱', 'Dongcheng District Mayor''s mailbox', 'D-DONGCHENG-OFFICE', true,
     '欢迎您就东城区的发展提出意见建议，反映诉求。我们将在 15 个工作日内答复。',
     'Write to the mayor of Dongcheng District. We answer within 15 working days.'),
    ('XICHENG', '西城区区长信箱', 'Xicheng District Mayor''s mailbox', 'D-XICHENG-OFFICE', true,
     '欢迎您就西城区的发展提出意见建议，反映诉求。我们将在 15 个工作日内答复。',
     'Write to the mayor of Xicheng District. We answer within 15 working days.')
on conflict (code) do nothing;
insert into routing_rule (mailbox_code, category, keyword, department, priority)
select 'DONGCHENG', null, '学校', 'D-DONGCHENG-EDUCATION', 10
 where not exists (select 1 from routing_rule where mailbox_code = 'DONGCHENG');
insert into routing_rule (mailbox_code, category, keyword, department, priority)
select 'XICHENG', null, '住房', 'D-XICHENG-HOUSING', 10
 where not exists (select 1 from routing_rule where mailbox_code = 'XICHENG');

-- The ecology and environment bureau's mailbox: D-ENVIRONMENT (old demo data) is no department of the directory,
-- so the mailbox and its letters would belong to no site. Its office and routing move to the directory's
-- D-ECOLOGY; its unfinished letters move with the office, each with an OFFICE_CHANGED step, as when an
-- administrator changes a mailbox's owner department (finished ones keep their office, as a record).
insert into letter_history (letter_id, occurred_at, action, from_status, to_status, actor_id, actor_name,
                            actor_role, details)
select id, now(), 'OFFICE_CHANGED', status, status, 'system', '系统', 'SYSTEM',
       jsonb_build_object('fromOffice', 'D-ENVIRONMENT', 'toOffice', 'D-ECOLOGY')
  from letter
 where mailbox_code = 'D-ENVIRONMENT' and mailbox_owner = 'D-ENVIRONMENT'
   and status not in ('NOT_ACCEPTED', 'MERGED', 'CLOSED');
update letter set mailbox_owner = 'D-ECOLOGY', version = version + 1
 where mailbox_code = 'D-ENVIRONMENT' and mailbox_owner = 'D-ENVIRONMENT'
   and status not in ('NOT_ACCEPTED', 'MERGED', 'CLOSED');
update mailbox set owner_department = 'D-ECOLOGY'
 where code = 'D-ENVIRONMENT' and owner_department = 'D-ENVIRONMENT';
update routing_rule set department = 'D-ECOLOGY'
 where mailbox_code in ('MAYOR', 'D-ENVIRONMENT') and department = 'D-ENVIRONMENT';
