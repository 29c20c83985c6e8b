-- Demo halls (预约): the city's citizen service centre and the Dongcheng district's, with their windows.
insert into appt_hall (id, department, site, name, address, opening_hours, created_at, updated_at) values
('a0000000-0000-4000-8000-000000000001', 'D-GOV-OFFICE', 'GOV', '市民服务中心',
 '市政务服务中心一楼大厅（人民路1号）', '工作日 09:00–12:00，13:30–17:00；法定节假日休息，调休上班日正常办公', now(), now()),
('a0000000-0000-4000-8000-000000000002', 'D-DONGCHENG-OFFICE', 'DONGCHENG', '东城区政务服务中心',
 '东城区建国路88号', '工作日 09:00–12:00，13:30–17:00', now(), now());

insert into appt_window (id, hall_id, name, item_codes, slot_minutes, periods, capacity, created_at, updated_at) values
('b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '1号窗口 公共场所卫生许可',
 '["HEALTH-PUBLIC-PLACE-PERMIT"]', 30, '[{"from":"09:00","to":"12:00"},{"from":"13:30","to":"17:00"}]', 4, now(), now()),
('b0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', '2号窗口 城市道路挖掘占用许可',
 '["TRANSPORT-ROAD-EXCAVATION"]', 60, '[{"from":"09:00","to":"12:00"},{"from":"13:30","to":"17:00"}]', 3, now(), now()),
('b0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000002', '综合受理窗口',
 '["RESIDENCE-PERMIT-ENDORSEMENT","BIRTH-REGISTRATION"]', 30, '[{"from":"09:00","to":"12:00"},{"from":"13:30","to":"17:00"}]', 5, now(), now());
