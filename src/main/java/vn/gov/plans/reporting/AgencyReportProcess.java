package vn.gov.plans.reporting;

/**
 * Process API of {@code bpmn/agency-report.bpmn}: one agency's report in one period, a process
 * instance of its own (so that a period of 3,500 agencies is 3,500 small instances, not one tree of
 * 3,500 branches). The agency's staff write it, its leader approves or sends it back; a late report
 * is still accepted, and counted late. Reminders and overdue notices are not here: the period sends
 * them to its agencies in batches ({@link ReportingPeriodProcess.Elements#FOLLOW_DEADLINES}), so
 * that an instance holds no job while it waits.
 */
public final class AgencyReportProcess {

  public static final String KEY = "process_agencyReport";
  /** Message to the period's instance when the last agency has sent its report. */
  public static final String REPORTS_COMPLETE = "message_reportsComplete";

  private AgencyReportProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String START = "startEvent_agencyReportOpened";
    public static final String PREPARE_REPORT = "serviceTask_prepareReport";
    public static final String WRITE_AND_APPROVE = "subProcess_writeAndApprove";
    public static final String WRITE_REPORT = "userTask_writeReport";
    public static final String APPROVE_REPORT = "userTask_approveReport";
    public static final String REPORT_APPROVED = "gateway_reportApproved";
    public static final String RECORD_SUBMISSION = "serviceTask_recordSubmission";
    public static final String SUBMITTED = "endEvent_reportSubmitted";

    private Elements() {}
  }

  /**
   * What instances started before the periods' sweeps still hold (older versions of the diagram,
   * {@code src/test/resources/legacy/agency-report-before-sweeps.bpmn}): their own reminder and
   * due-date timers, whose steps call {@link ReportingPeriodProcess.Delegates#LEGACY_SEND_REMINDER}
   * and {@link ReportingPeriodProcess.Delegates#LEGACY_NOTIFY_OVERDUE}.
   */
  public static final class BeforeSweeps {
    public static final String REMINDER = "timerEvent_reminder";
    public static final String DUE = "timerEvent_reportDue";
    /** The reminder timer's date, a variable of those instances. */
    public static final String REMINDER_DATE = "agencyReminderDate";

    private BeforeSweeps() {}
  }
}
