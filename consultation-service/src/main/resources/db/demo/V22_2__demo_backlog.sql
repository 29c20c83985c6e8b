-- A demo backlog (local profile and tests only): three cases accepted and dispatched weeks before the hub was started,
-- so that a freshly started hub has something overdue and something due soon. The deadline watch announces them on
-- gov.hub.casework.deadlines at start (next_notice_at has come), as it would cases it had not seen yet; the lead
-- department answers them as any other.
--
-- Written exactly as CaseRepository stores cases: the phases as JSON (submission, screening, dispatch, handling),
-- the clocks as platform/casework CaseDeadlines JSON (the default policies: a complaint's investigation in 15 working
-- days warned 3 before, a consultation's reply in 5 warned 1 before) with the current deadline, its due and warning
-- moments and the next notice in their own columns, and the steps (submitted, accepted, dispatched) in case_history.
-- Working days are approximated with calendar days, far enough past the deadline that the overdue ones are certainly
-- overdue whatever the holidays (Asia/Shanghai office days end at 17:00). The city's cases are screened by the local
-- dispatch centre (D-GOV-OFFICE, application.yml), Dongcheng's by its office (V22_1). Nothing personal: no name and
-- no contact details (writer_contact null, the citizen follows the case on the site), a fictitious writer.
--
-- Tracking numbers: ZX, the day of submission, and a serial from 990001 up, far beyond what case_serial hands out,
-- so they never meet a case that a test or a citizen submits.
create function pg_temp.iso(t timestamptz) returns text language sql immutable as $$
    select to_char(date_trunc('second', t) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$$;

create temporary table demo_case (
    id uuid, serial text, kind varchar(20), category varchar(40), site varchar(40), centre varchar(40),
    lead varchar(40), title text, body text, deadline varchar(20), rule text, working_days int, due_soon_days int,
    submitted_at timestamptz, accepted_at timestamptz, dispatched_at timestamptz, due_at timestamptz,
    due_soon_at timestamptz
) on commit drop;

with d as (select date_trunc('day', now() at time zone 'Asia/Shanghai') as today)
insert into demo_case
select v.id, v.serial, v.kind, v.category, v.site, v.centre, v.lead, v.title, v.body, v.deadline, v.rule,
       v.working_days, v.due_soon_days,
       (d.today - make_interval(days => v.submitted) + interval '9 hours 30 minutes') at time zone 'Asia/Shanghai',
       (d.today - make_interval(days => v.accepted) + interval '10 hours') at time zone 'Asia/Shanghai',
       (d.today - make_interval(days => v.accepted) + interval '11 hours') at time zone 'Asia/Shanghai',
       coalesce((d.today - make_interval(days => v.due) + interval '17 hours') at time zone 'Asia/Shanghai',
                date_trunc('minute', now()) + interval '20 hours'),
       coalesce((d.today - make_interval(days => v.due + v.due_soon_days + 1) + interval '17 hours')
                    at time zone 'Asia/Shanghai',
                date_trunc('minute', now()) - interval '4 hours')
  from d, (values
    ('0de70000-0000-4000-8000-00000000c001'::uuid, '990001', 'COMPLAINT', 'TRANSPORT', 'GOV', 'D-GOV-OFFICE',
     'D-TRANSPORT', '解放路口信号灯长时间故障',
     '示例投诉（演示数据）：解放路与建设路交叉口的行人信号灯一个多月一直不亮，老人和学生过马路很危险，多次反映无人处理。',
     'investigation', 'complaint-investigation', 15, 3, 33, 32, 11),
    ('0de70000-0000-4000-8000-00000000c002'::uuid, '990002', 'CONSULTATION', 'ENVIRONMENT', 'GOV', 'D-GOV-OFFICE',
     'D-ECOLOGY', '家庭装修垃圾如何合规清运',
     '示例咨询（演示数据）：家里装修产生的建筑垃圾应当如何预约清运？小区没有指定堆放点，是否需要向哪个部门报备？',
     'reply', 'consultation-reply', 5, 1, 13, 12, 5),
    ('0de70000-0000-4000-8000-00000000c003'::uuid, '990003', 'CONSULTATION', 'GENERAL', 'DONGCHENG',
     'D-DONGCHENG-OFFICE', 'D-DONGCHENG-EDUCATION', '小学入学材料咨询',
     '示例咨询（演示数据）：孩子明年在东城区上小学，租房居住需要准备哪些入学材料？居住证需要办满多久？',
     'reply', 'consultation-reply', 5, 1, 7, 6, null)
  ) as v(id, serial, kind, category, site, centre, lead, title, body, deadline, rule, working_days, due_soon_days,
         submitted, accepted, due);

insert into consultation_case (id, tracking_number, writer_id, kind, category, status, dispatch_centre,
                               lead_department, submitted_at, accepted_at, current_deadline, current_due_at,
                               current_due_soon_at, next_notice_at, submission, screening, dispatch, handling,
                               deadlines, writer_contact, contact_channel, locale, version, updated_at, site)
select id, 'ZX' || to_char(submitted_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || serial, 'demo-backlog-citizen',
       kind, category, 'HANDLING', centre, lead, submitted_at, accepted_at, deadline, due_at, due_soon_at,
       -- nothing announced yet: the warning moment is the next notice (overdue implies due soon, one notice)
       due_soon_at,
       jsonb_build_object('at', pg_temp.iso(submitted_at), 'body', body, 'kind', kind, 'title', title,
                          'category', category, 'errorReport', null, 'agreesToPublication', false),
       jsonb_build_object('at', pg_temp.iso(accepted_at), 'by', 'demo-backlog-centre', 'note', null,
                          'outcome', 'ACCEPTED', 'refusal', null, 'mergedInto', null),
       jsonb_build_object('at', pg_temp.iso(dispatched_at), 'by', 'demo-backlog-centre', 'lead', lead, 'round', 1,
                          'dispute', null, 'disputed', false, 'coHandlers', jsonb_build_array()),
       jsonb_build_object('promise', null, 'question', null, 'pendingExtension', null),
       jsonb_build_object('current', deadline, 'clocks', jsonb_build_array(jsonb_build_object(
           'name', deadline, 'dueSoonAnnounced', false, 'overdueAnnounced', false,
           'clock', jsonb_build_object(
               'rule', jsonb_build_object('code', rule, 'workingDays', working_days,
                                          'dueSoonWorkingDays', due_soon_days),
               'state', 'RUNNING', 'receivedAt', pg_temp.iso(accepted_at), 'dueAt', pg_temp.iso(due_at),
               'remainingSeconds', null, 'stoppedAt', null, 'metOnTime', null,
               'history', jsonb_build_array(jsonb_build_object(
                   'kind', 'STARTED', 'at', pg_temp.iso(accepted_at), 'actor', 'demo-backlog-centre',
                   'reason', rule, 'dueAt', pg_temp.iso(due_at), 'remainingSeconds', null,
                   'workingDays', null)))))),
       null, 'SITE', 'zh-CN', 2, dispatched_at, site
  from demo_case;

insert into case_history (case_id, occurred_at, action, from_status, to_status, actor_id, actor_name, actor_role,
                          actor_department, details)
select id, submitted_at, 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'demo-backlog-citizen', null, 'CITIZEN', null,
       jsonb_build_object('kind', kind, 'site', site, 'category', category)
  from demo_case
union all
select id, accepted_at, 'ACCEPTED', 'SUBMITTED', 'ACCEPTED', 'demo-backlog-centre', '示例受理员', 'HANDLER', centre,
       jsonb_build_object('rule', rule, 'dueAt', pg_temp.iso(due_at), 'deadline', deadline)
  from demo_case
union all
select id, dispatched_at, 'DISPATCHED', 'ACCEPTED', 'HANDLING', 'demo-backlog-centre', '示例受理员', 'HANDLER',
       centre, jsonb_build_object('round', 1, 'department', lead, 'coDepartments', jsonb_build_array())
  from demo_case
order by 2;

drop function pg_temp.iso(timestamptz);
