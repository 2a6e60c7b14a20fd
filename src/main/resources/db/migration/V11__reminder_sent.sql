-- Reminders and overdue notices are sent by the period's sweeps (reporting-period.bpmn), a batch of
-- agencies per transaction, no longer by two timers in every agency's instance: the row remembers
-- that the reminder went out, as overdue_notified does for the overdue notice.
alter table agency_report add column reminder_sent boolean default false not null;
