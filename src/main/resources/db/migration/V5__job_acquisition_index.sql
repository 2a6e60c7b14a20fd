-- The job executor acquires the oldest due jobs first (job-executor-acquire-by-due-date, with a due
-- date on every job): "... where DUEDATE_ <= now and unlocked ... order by DUEDATE_ limit 8".
-- Camunda ships no index on DUEDATE_; without it each acquisition sorts all of ACT_RU_JOB, two timers
-- per open report (millions of rows at national scale). With it, it reads the head of the index.
create index ACT_IDX_JOB_ACQUIRE on ACT_RU_JOB (DUEDATE_);
