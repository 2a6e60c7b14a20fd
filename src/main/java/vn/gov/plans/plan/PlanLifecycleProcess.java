package vn.gov.plans.plan;

/**
 * Process API of {@code bpmn/plan-lifecycle.bpmn}: the life of one plan, from drafting (or from its
 * registration as already signed) through signing, numbering, dissemination and implementation to
 * closure. The key, element ids, variable names and delegate bean names live here only.
 */
public final class PlanLifecycleProcess {

  public static final String KEY = "process_planLifecycle";

  private PlanLifecycleProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String START = "startEvent_planRegistered";
    public static final String ALREADY_ISSUED = "gateway_alreadyIssued";
    public static final String DRAFT = "userTask_draftPlan";
    public static final String OPEN_CONSULTATION = "serviceTask_openConsultation";
    public static final String CONSULTATION = "subProcess_consultation";
    public static final String GIVE_COMMENTS = "userTask_giveComments";
    public static final String CONSULTATION_DEADLINE = "timerEvent_consultationDeadline";
    public static final String REVIEW_DRAFT = "userTask_reviewDraft";
    public static final String DRAFT_APPROVED = "gateway_draftApproved";
    public static final String SIGN = "userTask_signPlan";
    public static final String ASSIGN_NUMBER = "serviceTask_assignNumber";
    public static final String DISSEMINATE = "serviceTask_disseminate";
    public static final String ACKNOWLEDGE = "userTask_acknowledgePlan";
    public static final String ISSUE_IMPLEMENTING_PLAN = "userTask_issueImplementingPlan";
    public static final String IMPLEMENT_TASKS = "callActivity_implementTasks";
    public static final String BUDGET_CYCLES = "callActivity_budgetCycles";
    public static final String REPORTING_DUTIES = "callActivity_reportingDuties";
    public static final String PERIOD_END = "timerEvent_periodEnd";
    public static final String CLOSE = "userTask_closePlan";
    public static final String CLOSED = "endEvent_planClosed";

    private Elements() {}
  }

  /** Variable names. */
  public static final class Variables {
    public static final String PLAN_ID = "planId";
    /** True for a plan signed on paper: it enters at dissemination. */
    public static final String ALREADY_ISSUED = "alreadyIssued";
    public static final String LEAD_STAFF_GROUP = "leadStaffGroup";
    public static final String LEAD_LEADERS_GROUP = "leadLeadersGroup";
    /** Staff group of the office that reviews the draft. */
    public static final String OFFICE_GROUP = "officeGroup";
    /** Staff groups of the cooperating agencies asked for comments (list, may be empty). */
    public static final String CONSULTED_GROUPS = "consultedGroups";
    /** Element variable of the consultation: one consulted group. */
    public static final String CONSULTED_GROUP = "consultedGroup";
    /** Working days given for comments, from the drafting form. */
    public static final String CONSULTATION_WORKING_DAYS = "consultationWorkingDays";
    /** End of the last day for comments (computed by {@code openConsultation}). */
    public static final String CONSULTATION_DEADLINE = "consultationDeadline";
    public static final String DRAFT_SUMMARY = "draftSummary";
    public static final String AGREES = "agrees";
    public static final String COMMENTS = "comments";
    public static final String DRAFT_APPROVED = "draftApproved";
    public static final String REVIEW_COMMENT = "reviewComment";
    /** Leaders groups of the issuers (list): a joint programme is signed by each. */
    public static final String ISSUER_LEADERS_GROUPS = "issuerLeadersGroups";
    public static final String ISSUER_LEADERS_GROUP = "issuerLeadersGroup";
    public static final String AUTHORITY = "authority";
    public static final String SIGNER_TITLE = "signerTitle";
    public static final String SIGNER_NAME = "signerName";
    /** "310/KH-UBND", set by {@code assignNumber}. */
    public static final String SYMBOL = "symbol";
    public static final String ISSUED_DATE = "issuedDate";
    /** Staff groups of recipients that acknowledge the plan (list). */
    public static final String ACKNOWLEDGE_GROUPS = "acknowledgeGroups";
    public static final String ACKNOWLEDGE_GROUP = "acknowledgeGroup";
    /** Recipients that must issue an implementing plan (list of staff groups) and their deadline. */
    public static final String IMPLEMENTING_GROUPS = "implementingGroups";
    public static final String IMPLEMENTING_GROUP = "implementingGroup";
    public static final String IMPLEMENTING_DEADLINE = "implementingDeadline";
    public static final String IMPLEMENTING_PLAN_SYMBOL = "implementingPlanSymbol";
    public static final String IMPLEMENTING_PLAN_DATE = "implementingPlanDate";
    /** Ids of the plan tasks started as {@code process_planTask} (list). */
    public static final String PLAN_TASK_IDS = "planTaskIds";
    public static final String PLAN_TASK_ID = "planTaskId";
    /** Years whose budget is prepared (list, empty without a budget block). */
    public static final String BUDGET_YEARS = "budgetYears";
    public static final String BUDGET_YEAR = "budgetYear";
    /** Ids of the plan's reporting duties and reviews (list). */
    public static final String REPORTING_DUTY_IDS = "reportingDutyIds";
    public static final String DUTY_ID = "dutyId";
    /** End of the plan's period: closure opens then. */
    public static final String PERIOD_END = "periodEnd";
    public static final String ACKNOWLEDGEMENT_NOTE = "acknowledgementNote";
    public static final String CLOSING_SUMMARY = "closingSummary";

    private Variables() {}
  }

  /** Bean names of the delegates the diagram calls. */
  public static final class Delegates {
    public static final String OPEN_CONSULTATION = "openConsultation";
    public static final String RECORD_SIGNATURE = "recordSignature";
    public static final String ASSIGN_NUMBER = "assignNumber";
    public static final String DISSEMINATE = "disseminate";
    public static final String RECORD_IMPLEMENTING_PLAN = "recordImplementingPlan";
    /** End listener: the plan is closed. */
    public static final String CLOSE_PLAN = "closePlan";
    /** Expression bean giving a plan task's groups and due date to the call activity. */
    public static final String PLAN_TASKS = "planTasks";

    private Delegates() {}
  }
}
