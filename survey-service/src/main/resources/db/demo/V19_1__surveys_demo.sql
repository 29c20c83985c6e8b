-- Demo surveys (local profile only): an open real-name survey of the city's transport bureau on GOV with several
-- question types and a display condition, and an open anonymous one of Dongcheng's education office.
insert into survey (id, site, owner_department, title, description, mode, opens_at, closes_at, created_by, created_at)
values ('5a1e0000-0000-4000-8000-000000000001', 'GOV', 'D-TRANSPORT', '2026 年市民出行满意度调查',
        '请花两分钟告诉我们您的出行方式和感受，结果将在调查结束后公布。', 'REAL_NAME',
        '2026-11-01T00:00:00+08:00', '2027-06-30T18:00:00+08:00', 'demo', '2026-10-28T09:00:00+08:00'),
       ('5a1e0000-0000-4000-8000-000000000002', 'DONGCHENG', 'D-DONGCHENG-EDUCATION', '东城区课后服务家长意见征集',
        '匿名征集家长对课后服务的意见。', 'ANONYMOUS',
        '2026-11-01T00:00:00+08:00', '2027-03-31T18:00:00+08:00', 'demo', '2026-10-28T09:00:00+08:00');

insert into survey_version (survey_id, version, questionnaire, created_at, published_at)
values ('5a1e0000-0000-4000-8000-000000000001', 1, '{"pages": [
  {"key": "travel", "title": "出行方式", "questions": [
    {"type": "single-choice", "key": "commute", "title": "您主要如何通勤？", "required": true,
     "options": [{"key": "car", "label": "自驾"}, {"key": "bus", "label": "公交"}, {"key": "metro", "label": "地铁"}, {"key": "bike", "label": "骑行或步行"}]},
    {"type": "multiple-choice", "key": "problems", "title": "公交出行中您遇到过哪些问题？", "required": false,
     "showWhen": {"type": "equals", "questionKey": "commute", "optionKey": "bus"},
     "options": [{"key": "waiting", "label": "候车时间长"}, {"key": "crowded", "label": "车内拥挤"}, {"key": "routes", "label": "线路不合理"}],
     "min": 1, "max": 3},
    {"type": "number", "key": "minutes", "title": "单程通勤时间（分钟）", "required": false, "min": 0, "max": 300, "decimals": 0}]},
  {"key": "opinion", "title": "评价与建议", "questions": [
    {"type": "rating-scale", "key": "satisfaction", "title": "您对本市公共交通的总体满意度", "required": true,
     "from": 1, "to": 5, "lowLabel": "非常不满意", "highLabel": "非常满意"},
    {"type": "matrix", "key": "services", "title": "请评价以下服务", "required": false,
     "rows": [{"key": "punctuality", "label": "准点"}, {"key": "cleanliness", "label": "整洁"}],
     "columns": [{"key": "good", "label": "好"}, {"key": "fair", "label": "一般"}, {"key": "poor", "label": "差"}],
     "multiplePerRow": false},
    {"type": "ranking", "key": "priorities", "title": "请按优先顺序排列改进方向", "required": false,
     "options": [{"key": "frequency", "label": "加密班次"}, {"key": "new-routes", "label": "新辟线路"}, {"key": "fares", "label": "票价优惠"}]},
    {"type": "text", "key": "suggestion", "title": "其他建议", "required": false, "maxLength": 500, "multiline": true}]}
]}', '2026-10-28T09:00:00+08:00', '2026-10-28T09:30:00+08:00'),
       ('5a1e0000-0000-4000-8000-000000000002', 1, '{"pages": [
  {"key": "after-school", "title": "课后服务", "questions": [
    {"type": "single-choice", "key": "joined", "title": "您的孩子是否参加学校课后服务？", "required": true,
     "options": [{"key": "yes", "label": "参加"}, {"key": "no", "label": "未参加"}]},
    {"type": "rating-scale", "key": "satisfaction", "title": "您对课后服务的满意度", "required": true,
     "showWhen": {"type": "equals", "questionKey": "joined", "optionKey": "yes"},
     "from": 1, "to": 5, "lowLabel": "非常不满意", "highLabel": "非常满意"},
    {"type": "date", "key": "pickup-from", "title": "希望从哪天起延长接送时间？", "required": false,
     "earliest": "2026-12-01", "latest": "2027-07-31"},
    {"type": "text", "key": "suggestion", "title": "意见和建议", "required": false, "maxLength": 500, "multiline": true}]}
]}', '2026-10-28T09:00:00+08:00', '2026-10-28T09:30:00+08:00');

insert into survey_quota (survey_id, key, title, condition, limit_count, action)
values ('5a1e0000-0000-4000-8000-000000000001', 'drivers', '自驾通勤者',
        '{"type": "equals", "questionKey": "commute", "optionKey": "car"}', 500, 'WARN');
