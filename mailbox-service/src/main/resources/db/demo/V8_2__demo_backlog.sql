-- A demo backlog (local runner and tests only): four letters accepted and assigned weeks before the hub was started,
-- so that a freshly started hub has something overdue and something due soon. The deadline watch announces them on
-- gov.hub.casework.deadlines at start, as it would letters it had not seen yet; handlers answer them as any other.
--
-- Written exactly as LetterRepository stores letters: the reply clock as DeadlineClockJson (rule letter-reply,
-- 15 working days, warned 3 before) with its due moment and warning moment in their own columns, and the steps
-- (submitted, accepted, assigned) in letter_history. Working days are approximated with calendar days, far enough
-- past the deadline that the letters are certainly overdue whatever the holidays (Asia/Shanghai office days end at
-- 17:00). Nothing personal: no name and no contact details (a letter without them has writer_contact null, the
-- citizen follows it on the site), and the writer is a fictitious account.
--
-- Tracking numbers: ML, the day of submission, and a serial from 990001 up, far beyond what letter_serial hands out,
-- so they never meet a letter that a test or a citizen writes.
create function pg_temp.iso(t timestamptz) returns text language sql immutable as $$
    select to_char(date_trunc('second', t) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$$;

create temporary table demo_letter (
    id uuid, serial text, mailbox varchar(40), owner varchar(40), department varchar(40), category varchar(20),
    title varchar(100), body text, submitted_at timestamptz, accepted_at timestamptz, assigned_at timestamptz,
    due_at timestamptz, due_soon_at timestamptz, overdue boolean
) on commit drop;

with d as (select date_trunc('day', now() at time zone 'Asia/Shanghai') as today)
insert into demo_letter
select v.id, v.serial, v.mailbox, v.owner, v.department, v.category, v.title, v.body,
       (d.today - make_interval(days => v.submitted) + interval '9 hours 30 minutes') at time zone 'Asia/Shanghai',
       (d.today - make_interval(days => v.accepted) + interval '10 hours') at time zone 'Asia/Shanghai',
       (d.today - make_interval(days => v.accepted) + interval '11 hours') at time zone 'Asia/Shanghai',
       coalesce((d.today - make_interval(days => v.due) + interval '17 hours') at time zone 'Asia/Shanghai',
                date_trunc('minute', now()) + interval '2 days'),
       coalesce((d.today - make_interval(days => v.due + 4) + interval '17 hours') at time zone 'Asia/Shanghai',
                date_trunc('minute', now()) - interval '1 day'),
       v.due is not null
  from d, (values
    ('0de70000-0000-4000-8000-000000000001'::uuid, '990001', 'MAYOR', 'D-GOV-OFFICE', 'D-TRANSPORT', 'COMPLAINT',
     '人民路公交站台雨棚损坏', '示例来信（演示数据）：人民路北口公交站台的雨棚被大风掀翻一个多月，下雨天候车的老人只能站在雨里，请尽快修复。',
     38, 37, 16),
    ('0de70000-0000-4000-8000-000000000002'::uuid, '990002', 'D-ENVIRONMENT', 'D-ECOLOGY', 'D-ECOLOGY', 'COMPLAINT',
     '河滨小区旁工地夜间施工噪音', '示例来信（演示数据）：河滨小区东侧工地连续多晚施工到凌晨一点，噪音很大，请查处并告知夜间施工许可情况。',
     30, 29, 8),
    ('0de70000-0000-4000-8000-000000000003'::uuid, '990003', 'DONGCHENG', 'D-DONGCHENG-OFFICE',
     'D-DONGCHENG-EDUCATION', 'SUGGESTION',
     '建议延长学校课后服务时间', '示例来信（演示数据）：双职工家庭下班晚，建议东城区小学课后服务延长到下午六点，并公布收费标准。',
     26, 25, 4),
    ('0de70000-0000-4000-8000-000000000004'::uuid, '990004', 'D-TRANSPORT', 'D-TRANSPORT', 'D-TRANSPORT',
     'CONSULTATION',
     '老年人乘公交优惠卡办理', '示例来信（演示数据）：请问外地户籍的老人在本市居住满一年，能否办理乘公交优惠卡？需要带哪些材料？',
     19, 18, null)
  ) as v(id, serial, mailbox, owner, department, category, title, body, submitted, accepted, due);

insert into letter (id, tracking_number, writer_id, mailbox_code, mailbox_owner, category, title, body, status,
                    submitted_at, version, writer_contact, agrees_to_publication, contact_channel, department,
                    accepted_at, deadline, deadline_state, deadline_due_at, deadline_due_soon_at,
                    due_soon_announced, overdue_announced, updated_at)
select id, 'ML' || to_char(submitted_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || serial, 'demo-backlog-citizen',
       mailbox, owner, category, title, body, 'ASSIGNED', submitted_at, 2, null, false, 'SITE', department,
       accepted_at,
       jsonb_build_object(
           'rule', jsonb_build_object('code', 'letter-reply', 'workingDays', 15, 'dueSoonWorkingDays', 3),
           'state', 'RUNNING', 'receivedAt', pg_temp.iso(accepted_at), 'dueAt', pg_temp.iso(due_at), 'remainingSeconds', null,
           'stoppedAt', null, 'metOnTime', null,
           'history', jsonb_build_array(jsonb_build_object(
               'kind', 'STARTED', 'at', pg_temp.iso(accepted_at), 'actor', 'demo-backlog-office', 'reason', 'letter-reply',
               'dueAt', pg_temp.iso(due_at), 'remainingSeconds', null, 'workingDays', null))),
       'RUNNING', due_at, due_soon_at,
       -- an overdue letter was warned when it turned due soon, weeks ago (the DUE_SOON step below)
       overdue, false, assigned_at
  from demo_letter;

insert into letter_history (letter_id, occurred_at, action, from_status, to_status, actor_id, actor_name, actor_role,
                            actor_department, details)
select id, submitted_at, 'SUBMITTED', null, 'SUBMITTED', 'demo-backlog-citizen', null, 'CITIZEN', null,
       jsonb_build_object('mailbox', mailbox, 'category', category)
  from demo_letter
union all
select id, accepted_at, 'ACCEPTED', 'SUBMITTED', 'ACCEPTED', 'demo-backlog-office', '示例受理员', 'HANDLER', owner,
       jsonb_build_object('dueAt', pg_temp.iso(due_at), 'rule', 'letter-reply', 'workingDays', 15)
  from demo_letter
union all
select id, assigned_at, 'ASSIGNED', 'ACCEPTED', 'ASSIGNED', 'demo-backlog-office', '示例受理员', 'HANDLER', owner,
       jsonb_build_object('department', department, 'byRule', false)
  from demo_letter
union all
select id, due_soon_at, 'DUE_SOON', 'ASSIGNED', 'ASSIGNED', 'system', '系统', 'SYSTEM', null,
       jsonb_build_object('dueAt', pg_temp.iso(due_at))
  from demo_letter where overdue
order by 2;

drop function pg_temp.iso(timestamptz);
