package vn.gov.plans.plan;

/**
 * Process API of {@code bpmn/plan-registration.bpmn}: a staff member starts a new plan from
 * Tasklist with a start form (no REST needed); the plan is stored and its lifecycle started.
 */
public final class PlanRegistrationProcess {

  public static final String KEY = "process_planRegistration";

  private PlanRegistrationProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String START = "startEvent_planRequested";
    public static final String REGISTER = "serviceTask_registerPlan";
    public static final String REGISTERED = "endEvent_planStarted";

    private Elements() {}
  }

  /** Variable names (the start form's keys). */
  public static final class Variables {
    public static final String TITLE = "title";
    public static final String DOCUMENT_TYPE = "documentType";
    public static final String PERIOD_FROM = "periodFrom";
    public static final String PERIOD_TO = "periodTo";
    /** Issuing agency id; empty means the starter's own agency. */
    public static final String ISSUER = "issuer";
    public static final String ISSUER_SYMBOL = "issuerSymbol";
    /** The tasks, one a line: "content; lead agency id; due date dd/mm/yyyy" (no date: ongoing). */
    public static final String TASK_LINES = "taskLines";
    /** Set by the registration: the new plan's id. */
    public static final String PLAN_ID = "planId";

    private Variables() {}
  }

  /** Bean names of the delegates. */
  public static final class Delegates {
    public static final String REGISTER = "registerPlan";

    private Delegates() {}
  }
}
