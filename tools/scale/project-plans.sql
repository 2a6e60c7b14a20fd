-- The project's own queries (progress, plan list, reporting) with the national plan of
-- project-data.sql (id 200000: 8 periods of 3,500 agencies): EXPLAIN (ANALYZE) of each.
-- psql -d scale_tasklist -f tools/scale/project-plans.sql
\echo 'Q1 progress: latest value of a target (PlanProgress, per target)'
explain (analyze, costs off) select avg(i.item_value), count(*) from agency_report_item i
  join report_period p on p.id = i.period_id
  where p.plan_id = 200000 and i.item_kind = 'TARGET' and i.item_id = 2000001 and i.item_value is not null
    and p.due_date = (select max(p2.due_date) from agency_report_item i2
      join report_period p2 on p2.id = i2.period_id
      where p2.plan_id = 200000 and i2.item_kind = 'TARGET' and i2.item_id = 2000001 and i2.item_value is not null);
\echo 'Q1b the same, as PlanProgress asks it since V10: the latest period found by one probe per period'
explain (analyze, costs off) select avg(i.item_value), count(*) from agency_report_item i
  join report_period p on p.id = i.period_id
  where p.plan_id = 200000 and i.item_kind = 'TARGET' and i.item_id = 2000001 and i.item_value is not null
    and p.due_date = (select max(p2.due_date) from report_period p2
      where p2.plan_id = 200000 and exists (select 1 from agency_report_item i2
        where i2.period_id = p2.id and i2.item_kind = 'TARGET' and i2.item_id = 2000001 and i2.item_value is not null));
\echo 'Q2 compiling: the values reported for a target in one period (ReportingRepository)'
explain (analyze, costs off) select item_value from agency_report_item
  where period_id = 2000005 and item_kind = 'TARGET' and item_id = 2000001 and item_value is not null;
\echo 'Q3 progress: the tasks of a plan by agency (PlanProgress)'
explain (analyze, costs off) select lead_agency, due_date, due_year, extended_due_date, completed_date
  from plan_task where plan_id = 200000 order by lead_agency;
\echo 'Q4 progress: periods of a plan, then the agencies of one period (PlanProgress)'
explain (analyze, costs off) select id, name, label, due_date from report_period where plan_id = 200000 order by due_date, id;
explain (analyze, costs off) select agency, due_date, submitted_on, process_instance_id from agency_report
  where period_id = 2000005 order by agency;
\echo 'Q5 plan list of a province supervisor (PlanRepository)'
explain (analyze, costs off) select id, province, document_type, title, lead_agency, period_from, period_to, parent_plan_id,
  stage, symbol, issued_date, reminder_days, process_instance_id from plan where province in ('tinh05') order by id desc;
\echo 'Q6 report form: the tasks an agency leads or cooperates on in a plan (ReportingRepository)'
explain (analyze, costs off) select t.id, t.title, 'Chủ trì', t.due_date from plan_task t where t.plan_id = 100050 and t.lead_agency = 'tinh01-dv051'
  union all select t.id, t.title, 'Phối hợp', t.due_date from plan_task t join plan_task_cooperating c on c.task_id = t.id
  where t.plan_id = 100050 and c.agency = 'tinh01-dv058' order by 1;
\echo 'Q7 report form: the targets an agency reports (ReportingRepository)'
explain (analyze, costs off) select t.id, t.description, t.unit, t.threshold, t.comparison, t.target_key
  from plan_target t join plan_target_reporter r on r.target_id = t.id
  where t.plan_id = 100050 and r.agency = 'tinh01-dv054' and t.target_year = 2026 order by t.id;
\echo 'Q8 missing reports of a period (ReportingRepository)'
explain (analyze, costs off) select count(*) from agency_report where period_id = 2000005 and submitted_on is null;
\echo 'Q9 an agency report and its items (ReportingRepository)'
explain (analyze, costs off) select item_kind, item_id, status, done, item_value from agency_report_item
  where period_id = 2000005 and agency = 'tinh01-dv0007' order by item_kind, item_id;
