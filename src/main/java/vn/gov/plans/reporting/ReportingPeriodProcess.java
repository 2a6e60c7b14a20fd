package vn.gov.plans.reporting;

/**
 * Process API of {@code bpmn/reporting-period.bpmn}: one reporting period of one duty (or an ad hoc
 * request, or a review). It starts one {@link AgencyReportProcess} instance per reporting agency, in
 * batches (one transaction each), then follows the agencies' deadlines: at each moment something
 * falls due it reminds, or tells that they are late, the agencies due then, in batches; it waits until
 * every agency has sent its report or the cut-off comes; the compiling agency compiles, its leader signs (a BC number), the report goes to the receiver.
 */
public final class ReportingPeriodProcess {

  public static final String KEY = "process_reportingPeriod";

  private ReportingPeriodProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String START = "startEvent_periodOpened";
    /** Starts the next batch of agency report instances (asynchronous, one transaction a batch). */
    public static final String START_AGENCY_REPORTS = "serviceTask_startAgencyReports";
    public static final String ALL_STARTED = "gateway_allStarted";
    /** Reminders and overdue notices of the period's agencies, until no deadline is left. */
    public static final String FOLLOW_DEADLINES = "subProcess_followDeadlines";
    /** The next moment something falls due ({@link Variables#NEXT_DEADLINE}). */
    public static final String NEXT_DEADLINE = "timerEvent_nextDeadline";
    /** Sends what is due, up to a batch (asynchronous, one transaction a batch). */
    public static final String SEND_NOTICES = "serviceTask_sendNotices";
    public static final String NOTICES_SENT = "gateway_noticesSent";
    public static final String DEADLINES_FOLLOWED = "endEvent_deadlinesFollowed";
    /** Every agency has reported while deadlines were still being followed. */
    public static final String REPORTS_COMPLETE_EARLY = "messageEvent_reportsCompleteEarly";
    public static final String WAIT_FOR_REPORTS = "gateway_waitForReports";
    public static final String REPORTS_COMPLETE = "messageEvent_reportsComplete";
    public static final String CUTOFF = "timerEvent_cutoff";
    public static final String PREPARE_COMPILATION = "serviceTask_prepareCompilation";
    public static final String COMPILE = "userTask_compileReport";
    public static final String SIGN = "userTask_signReport";
    public static final String ISSUE = "serviceTask_issueReport";
    public static final String SENT = "endEvent_reportSent";

    private Elements() {}
  }

  /** Variable names (of the period's instance and of each agency report instance). */
  public static final class Variables {
    /** report_period.id */
    public static final String PERIOD_ID = "periodId";
    public static final String PLAN_ID = "planId";
    /** Vietnamese label: "6 tháng đầu năm 2026". */
    public static final String PERIOD_LABEL = "periodLabel";
    /** The plan's number and symbol, shown on Tasklist cards. */
    public static final String PLAN_SYMBOL = "planSymbol";
    /** How many agency report instances are started so far. */
    public static final String STARTED = "startedAgencyReports";
    public static final String ALL_STARTED = "allAgencyReportsStarted";
    /** Staff group of the reporting agency (of one agency report instance). */
    public static final String REPORTING_GROUP = "reportingGroup";
    public static final String AGENCY_LEADERS_GROUP = "agencyLeadersGroup";
    /** This agency's due date (end of its last day), the due date of its tasks. */
    public static final String AGENCY_DUE_DATE = "agencyDueDate";
    /** When the period's sweep runs next (a date); {@code null} when no deadline is left. */
    public static final String NEXT_DEADLINE = "nextDeadline";
    /** More agencies were due than one batch takes: the sweep goes on at once. */
    public static final String NOTICES_PENDING = "noticesPending";
    /** When the compiling agency compiles whatever has come in. */
    public static final String CUTOFF_DATE = "cutoffDate";
    public static final String COMPILER_STAFF_GROUP = "compilerStaffGroup";
    public static final String COMPILER_LEADERS_GROUP = "compilerLeadersGroup";
    /** Form of one agency's report. */
    public static final String RESULTS = "results";
    public static final String DIFFICULTIES = "difficulties";
    public static final String PROPOSALS = "proposals";
    /** What the agency must report on: its tasks and targets (JSON lists, shown as tables in the form). */
    public static final String TASK_ITEMS = "taskItems";
    public static final String TARGET_ITEMS = "targetItems";
    /** The values reached, one line per target: "CT1: 85". */
    public static final String TARGET_VALUES = "targetValues";
    public static final String REPORT_APPROVED = "reportApproved";
    public static final String LEADER_COMMENT = "leaderComment";
    /** Compilation. */
    public static final String SUBMISSION_SUMMARY = "submissionSummary";
    public static final String COMPILED_TEXT = "compiledText";
    public static final String DOCUMENT_LINK = "documentLink";
    public static final String AUTHORITY = "authority";
    public static final String SIGNER_TITLE = "signerTitle";
    public static final String SIGNER_NAME = "signerName";
    public static final String SYMBOL = "symbol";

    private Variables() {}
  }

  /** Field keys of one row of {@link Variables#TASK_ITEMS} and {@link Variables#TARGET_ITEMS} (the form's dynamic lists). */
  public static final class ItemKeys {
    public static final String PLAN_TASK_ID = "planTaskId";
    public static final String TITLE = "title";
    public static final String ROLE = "role";
    public static final String STATUS = "status";
    public static final String STATUS_LABEL = "statusLabel";
    public static final String DONE = "done";
    public static final String TARGET_ID = "targetId";
    public static final String KEY = "key";
    public static final String DESCRIPTION = "description";
    public static final String THRESHOLD = "threshold";
    public static final String VALUE = "value";

    private ItemKeys() {}
  }

  /** Delegate bean names (of both diagrams). */
  public static final class Delegates {
    public static final String START_AGENCY_REPORTS = "startAgencyReports";
    public static final String PREPARE_REPORT = "prepareAgencyReport";
    /** Complete listener of the writing task: the target values must be readable. */
    public static final String CHECK_REPORT = "checkAgencyReport";
    /** The period's sweep: reminders and overdue notices due now, one batch. */
    public static final String SEND_NOTICES = "sendReportNotices";
    /**
     * The reminder and overdue steps of agency reports started before the sweeps (older versions of
     * {@code agency-report.bpmn}, whose instances keep their own two timers until they end).
     */
    public static final String LEGACY_SEND_REMINDER = "sendReportReminder";
    public static final String LEGACY_NOTIFY_OVERDUE = "notifyReportOverdue";
    public static final String RECORD_SUBMISSION = "recordReportSubmission";
    public static final String PREPARE_COMPILATION = "prepareCompilation";
    public static final String RECORD_SIGNATURE = "recordReportSignature";
    public static final String ISSUE = "issueCompiledReport";

    private Delegates() {}
  }
}
