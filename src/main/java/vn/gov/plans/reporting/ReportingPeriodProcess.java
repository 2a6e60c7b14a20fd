package vn.gov.plans.reporting;

/**
 * Process API of {@code bpmn/reporting-period.bpmn}: one reporting period of one duty (or an ad hoc
 * request, or a review). Each reporting agency's staff write the report, its leader approves or
 * sends it back; reminders before the due date, an overdue notice at it (the task stays open and a
 * late report is accepted and counted late). When all have submitted, or at the cut-off, the
 * compiling agency compiles, its leader signs (a BC number), and the report goes to the receiver.
 */
public final class ReportingPeriodProcess {

  public static final String KEY = "process_reportingPeriod";

  private ReportingPeriodProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String START = "startEvent_periodOpened";
    public static final String COLLECT = "subProcess_collectReports";
    /** Multi-instance (one per reporting agency, each asynchronous: a transaction of its own). */
    public static final String AGENCY_REPORT = "subProcess_agencyReport";
    public static final String PREPARE_REPORT = "serviceTask_prepareReport";
    /** Write and approve, with the reminder and overdue timers attached (non-interrupting). */
    public static final String WRITE_AND_APPROVE = "subProcess_writeAndApprove";
    public static final String WRITE_REPORT = "userTask_writeReport";
    public static final String REMINDER = "timerEvent_reminder";
    public static final String SEND_REMINDER = "serviceTask_sendReminder";
    public static final String DUE = "timerEvent_reportDue";
    public static final String NOTIFY_OVERDUE = "serviceTask_notifyOverdue";
    public static final String APPROVE_REPORT = "userTask_approveReport";
    public static final String REPORT_APPROVED = "gateway_reportApproved";
    public static final String RECORD_SUBMISSION = "serviceTask_recordSubmission";
    public static final String CUTOFF = "timerEvent_cutoff";
    public static final String PREPARE_COMPILATION = "serviceTask_prepareCompilation";
    public static final String COMPILE = "userTask_compileReport";
    public static final String SIGN = "userTask_signReport";
    public static final String ISSUE = "serviceTask_issueReport";
    public static final String SENT = "endEvent_reportSent";

    private Elements() {}
  }

  /** Variable names. */
  public static final class Variables {
    /** report_period.id */
    public static final String PERIOD_ID = "periodId";
    public static final String PLAN_ID = "planId";
    /** Vietnamese label: "6 tháng đầu năm 2026". */
    public static final String PERIOD_LABEL = "periodLabel";
    /** Staff groups of the reporting agencies (list). */
    public static final String REPORTING_GROUPS = "reportingGroups";
    public static final String REPORTING_GROUP = "reportingGroup";
    /** Leaders group of the reporting agency (local to one agency's subprocess). */
    public static final String AGENCY_LEADERS_GROUP = "agencyLeadersGroup";
    /** This agency's due date (end of its last day) and reminder moment (local). */
    public static final String AGENCY_DUE_DATE = "agencyDueDate";
    public static final String AGENCY_REMINDER_DATE = "agencyReminderDate";
    /** When the compiling agency compiles whatever has come in. */
    public static final String CUTOFF_DATE = "cutoffDate";
    public static final String COMPILER_STAFF_GROUP = "compilerStaffGroup";
    public static final String COMPILER_LEADERS_GROUP = "compilerLeadersGroup";
    /** Form of one agency's report. */
    public static final String RESULTS = "results";
    public static final String DIFFICULTIES = "difficulties";
    public static final String PROPOSALS = "proposals";
    /** What the agency must report on: its tasks and targets (lists of maps, JSON). */
    public static final String TASK_ITEMS = "taskItems";
    public static final String TARGET_ITEMS = "targetItems";
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

  /** Delegate bean names. */
  public static final class Delegates {
    public static final String PREPARE_REPORT = "prepareAgencyReport";
    public static final String SEND_REMINDER = "sendReportReminder";
    public static final String NOTIFY_OVERDUE = "notifyReportOverdue";
    public static final String RECORD_SUBMISSION = "recordReportSubmission";
    public static final String PREPARE_COMPILATION = "prepareCompilation";
    public static final String RECORD_SIGNATURE = "recordReportSignature";
    public static final String ISSUE = "issueCompiledReport";

    private Delegates() {}
  }
}
