package vn.gov.plans.reporting;

/**
 * Process API of {@code bpmn/reporting-duty.bpmn}: the schedule of one reporting duty (or review)
 * of a plan. It opens each period when its data period starts (never one whose due date has
 * passed), without waiting for the previous one to close, until the plan's period ends.
 */
public final class ReportingDutyProcess {

  public static final String KEY = "process_reportingDuty";

  private ReportingDutyProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String START = "startEvent_dutyStarted";
    public static final String NEXT_PERIOD = "serviceTask_nextPeriod";
    public static final String HAS_PERIOD = "gateway_hasPeriod";
    public static final String PERIOD_OPENS = "timerEvent_periodOpens";
    public static final String OPEN_PERIOD = "serviceTask_openPeriod";
    public static final String DONE = "endEvent_dutyDone";

    private Elements() {}
  }

  /** Variable names. */
  public static final class Variables {
    /** plan_reporting_duty.id */
    public static final String DUTY_ID = "dutyId";
    public static final String HAS_PERIOD = "hasPeriod";
    /** When the next period opens (its data period's start, or now). */
    public static final String OPENS_AT = "opensAt";
    /** Periods are searched after this day (the last one's due date). */
    public static final String AFTER = "after";
    /** The next period, prepared by {@code nextReportingPeriod} and opened by {@code openReportingPeriod}. */
    public static final String NEXT_DUE = "nextDue";

    private Variables() {}
  }

  /** Delegate bean names. */
  public static final class Delegates {
    public static final String NEXT_PERIOD = "nextReportingPeriod";
    public static final String OPEN_PERIOD = "openReportingPeriod";

    private Delegates() {}
  }
}
