-- The values reported for one target in a period (compiling) and in a plan's latest period
-- (progress): the primary key (period_id, agency, ...) made both read every item of the period,
-- 28,000 at 3,500 agencies. Plans with EXPLAIN (ANALYZE) before and after: README, "Scale".
create index agency_report_item_target on agency_report_item (period_id, item_kind, item_id);
