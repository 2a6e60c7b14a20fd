package vn.gov.plans.plan;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Process API of {@code bpmn/plan-task.bpmn}: one task of a plan, carried out by its lead agency.
 * The key, element ids and variable names live here and nowhere else.
 */
public final class PlanTaskProcess {

  public static final String KEY = "process_planTask";

  private PlanTaskProcess() {}

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START = "startEvent_taskAssigned";
    public static final String REPORT_RESULT = "userTask_reportResult";
    public static final String CONFIRM_COMPLETION = "userTask_confirmCompletion";
    public static final String COMPLETION_CONFIRMED = "gateway_completionConfirmed";
    public static final String COMPLETED = "endEvent_taskCompleted";

    private Elements() {}
  }

  /** Variable names. */
  public static final class Variables {
    /** Candidate group of the lead agency's staff. */
    public static final String STAFF_GROUP = "staffGroup";
    /** Candidate group of the lead agency's leaders. */
    public static final String LEADERS_GROUP = "leadersGroup";
    /** Due date of the task, or null for an ongoing task without deadline. */
    public static final String DUE_DATE = "dueDate";
    public static final String RESULT_SUMMARY = "resultSummary";
    public static final String DIFFICULTIES = "difficulties";
    public static final String COMPLETION_CONFIRMED = "completionConfirmed";
    public static final String LEADER_COMMENT = "leaderComment";

    private Variables() {}
  }

  /** Start variables for a task led by the agency with these groups. */
  public static Map<String, Object> start(String staffGroup, String leadersGroup, Date dueDate) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.STAFF_GROUP, staffGroup);
    variables.put(Variables.LEADERS_GROUP, leadersGroup);
    variables.put(Variables.DUE_DATE, dueDate);
    return variables;
  }
}
