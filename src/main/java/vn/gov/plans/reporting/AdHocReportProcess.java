package vn.gov.plans.reporting;

/**
 * Process API of {@code bpmn/ad-hoc-report.bpmn}: the compiling agency asks for an ad hoc (đột xuất)
 * or topic (chuyên đề) report from Tasklist, with its own content and deadline; it then runs as a
 * reporting period ({@link ReportingPeriodProcess}).
 */
public final class AdHocReportProcess {

  public static final String KEY = "process_adHocReport";

  private AdHocReportProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String START = "startEvent_reportRequested";
    public static final String OPEN = "serviceTask_openAdHocReport";
    public static final String OPENED = "endEvent_reportRequested";

    private Elements() {}
  }

  /** The start form's keys. */
  public static final class Variables {
    public static final String PLAN_ID = "planId";
    /** AD_HOC or TOPIC. */
    public static final String REPORT_KIND = "reportKind";
    public static final String TITLE = "reportTitle";
    public static final String CONTENT = "reportContent";
    /** Agency ids, separated by commas, spaces or lines. */
    public static final String AGENCIES = "reportingAgencies";
    public static final String DUE_DATE = "reportDueDate";
    /** Set by the opening: the new period's id. */
    public static final String PERIOD_ID = "periodId";

    private Variables() {}
  }

  /** Delegate bean names. */
  public static final class Delegates {
    public static final String OPEN = "openAdHocReport";

    private Delegates() {}
  }
}
