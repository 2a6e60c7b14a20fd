-- Realistic volumes in the project's own tables, to read the plans of its queries (EXPLAIN) at
-- national scale. Run on a scratch database that the application has migrated (for example the
-- benchmark's kept scale_tasklist): psql -d scale_tasklist -f tools/scale/project-data.sql
-- 3,400 plans over 34 provinces (100 each), 30 tasks each with 2 cooperating agencies, 5 targets
-- with 20 reporters, one reporting duty; 100 of them with 8 reporting periods of 200 agencies, and
-- one national plan (id 200000) with 8 periods of 3,500 agencies. Every agency report holds 3 task
-- and 5 target items: about 1.5 million items.
begin;
insert into plan (id, province, document_type, title, lead_agency, period_from, period_to, stage,
                  reminder_days, definition, created_at)
select p, 'tinh' || lpad((p % 34 + 1)::text, 2, '0'), 'KH', 'Kế hoạch ' || p, 'tinh01-dv001',
       date '2026-01-01', date '2027-12-31', 'IMPLEMENTING', 3, '{}', timestamp '2026-01-05 08:00'
from generate_series(100001, 103400) p
union all select 200000, 'tinh01', 'KH', 'Kế hoạch toàn quốc', 'tinh01-dv001', date '2026-01-01',
       date '2027-12-31', 'IMPLEMENTING', 3, '{}', timestamp '2026-01-05 08:00';

insert into plan_task (id, plan_id, task_key, title, lead_agency, kind, due_date)
select p.id * 100 + k, p.id, k::text, 'Nhiệm vụ ' || k, 'tinh01-dv' || lpad(((p.id + k) % 200 + 1)::text, 3, '0'),
       'DEADLINE', date '2026-03-01' + (k * 11)
from plan p, generate_series(1, 30) k where p.id >= 100001;
insert into plan_task_cooperating (task_id, agency)
select t.id, 'tinh01-dv' || lpad(((t.id + c * 7) % 200 + 1)::text, 3, '0') from plan_task t, generate_series(1, 2) c
where t.plan_id >= 100001;

insert into plan_target (id, plan_id, target_key, target_year, description, unit, threshold, comparison)
select p.id * 10 + k, p.id, 'CT' || k, 2026, 'Chỉ tiêu ' || k, '%', 100, 'AT_LEAST'
from plan p, generate_series(1, 5) k where p.id >= 100001;
insert into plan_target_reporter (target_id, agency)
select t.id, 'tinh01-dv' || lpad(((t.id + r * 3) % 200 + 1)::text, 3, '0') from plan_target t, generate_series(1, 20) r
where t.plan_id >= 100001;

insert into plan_reporting_duty (id, plan_id, duty_key, name, compiler, receiver, schedule, reminder_days)
select p.id, p.id, 'BC1', 'Báo cáo định kỳ', 'tinh01-dv001', 'tinh01-ubnd', '{}', 3 from plan p where p.id >= 100001;

insert into report_period (id, plan_id, duty_id, kind, name, period_key, label, due_date, cutoff_date,
                           compiler, receiver, status, opened_at)
select p.id * 10 + k, p.id, p.id, 'PERIODIC', 'Báo cáo định kỳ', 'K' || k, 'Kỳ ' || k,
       date '2026-01-15' + k * 91, date '2026-01-22' + k * 91, 'tinh01-dv001', 'tinh01-ubnd',
       case when k < 6 then 'SIGNED' else 'COLLECTING' end, timestamp '2026-01-01 08:00'
from plan p, generate_series(1, 8) k where p.id between 100001 and 100100 or p.id = 200000;

insert into agency_report (period_id, agency, due_date, original_due_date, submitted_on)
select r.id, 'tinh01-dv' || lpad(a::text, 4, '0'), r.due_date, r.due_date,
       case when (r.id + a) % 5 = 0 then null else r.due_date - (a % 7) end
from report_period r, generate_series(1, 3500) a
where r.plan_id >= 100001 and (a <= 200 or r.plan_id = 200000);

insert into agency_report_item (period_id, agency, item_kind, item_id, status, item_value)
select ar.period_id, ar.agency, 'TARGET', t.id, null, (ar.period_id + t.id) % 100
from agency_report ar join report_period r on r.id = ar.period_id join plan_target t on t.plan_id = r.plan_id
where ar.submitted_on is not null
union all
select ar.period_id, ar.agency, 'TASK', t.id, 'IN_PROGRESS', null
from agency_report ar join report_period r on r.id = ar.period_id
join lateral (select id from plan_task where plan_id = r.plan_id order by id limit 3) t on true
where ar.submitted_on is not null;
commit;
analyze;
