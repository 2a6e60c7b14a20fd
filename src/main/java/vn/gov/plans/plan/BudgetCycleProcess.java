package vn.gov.plans.plan;

/**
 * Process API of {@code bpmn/budget-cycle.bpmn}: one year's budget of a plan. The units estimate,
 * the lead agency compiles, the Finance department appraises, the People's Committee approves.
 */
public final class BudgetCycleProcess {

  public static final String KEY = "process_budgetCycle";

  private BudgetCycleProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String START = "startEvent_budgetYear";
    public static final String PREPARE = "serviceTask_prepareBudget";
    public static final String OPENS = "timerEvent_budgetOpens";
    public static final String ESTIMATE = "userTask_estimateBudget";
    public static final String COMPILE = "userTask_compileBudget";
    public static final String APPRAISE = "userTask_appraiseBudget";
    public static final String APPRAISAL_PASSED = "gateway_appraisalPassed";
    public static final String APPROVE = "userTask_approveBudget";
    public static final String BUDGET_APPROVED = "gateway_budgetApproved";
    public static final String APPROVED = "endEvent_budgetApproved";

    private Elements() {}
  }

  /** Variable names. */
  public static final class Variables {
    public static final String PLAN_ID = "planId";
    public static final String BUDGET_YEAR = "budgetYear";
    /** When the year's estimates are asked for. */
    public static final String BUDGET_OPENS = "budgetOpens";
    /** Due date of the estimates. */
    public static final String ESTIMATE_DUE_DATE = "estimateDueDate";
    /** Staff groups of the estimating units (list). */
    public static final String ESTIMATOR_GROUPS = "estimatorGroups";
    public static final String ESTIMATOR_GROUP = "estimatorGroup";
    public static final String LEAD_STAFF_GROUP = "leadStaffGroup";
    /** Staff group of the Finance department. */
    public static final String APPRAISER_GROUP = "appraiserGroup";
    /** Leaders group of the approving body. */
    public static final String APPROVER_GROUP = "approverGroup";
    public static final String ESTIMATED_AMOUNT = "estimatedAmount";
    public static final String ESTIMATE_EXPLANATION = "estimateExplanation";
    public static final String TOTAL_AMOUNT = "totalAmount";
    public static final String COMPILATION_SUMMARY = "compilationSummary";
    public static final String APPRAISAL_PASSED = "appraisalPassed";
    public static final String APPRAISAL_COMMENT = "appraisalComment";
    public static final String BUDGET_APPROVED = "budgetApproved";
    public static final String APPROVED_AMOUNT = "approvedAmount";
    public static final String APPROVAL_COMMENT = "approvalComment";

    private Variables() {}
  }

  /** Bean names of the delegates. */
  public static final class Delegates {
    public static final String PREPARE = "prepareBudget";
    public static final String RECORD_ESTIMATE = "recordBudgetEstimate";

    private Delegates() {}
  }
}
