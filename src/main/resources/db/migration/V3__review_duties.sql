-- Reviews (yearly, mid-term, final) run as reporting periods of their own kind.
alter table plan_reporting_duty add column kind varchar(16) default 'PERIODIC' not null;
