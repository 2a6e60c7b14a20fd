package vn.gov.plans.plan;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Process API of {@code bpmn/plan-task.bpmn}: one task of a plan, carried out by its lead agency
 * with the contributions of the cooperating agencies. On-demand tasks start once both sides agree;
 * recurring tasks run once per occurrence; the lead may ask for an extension, which a leader
 * approves or rejects (both dates are kept). The key, element ids and variable names live here.
 */
public final class PlanTaskProcess {

  public static final String KEY = "process_planTask";

  private PlanTaskProcess() {}

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START = "startEvent_taskAssigned";
    public static final String LOAD_TASK = "serviceTask_loadTask";
    public static final String TASK_KIND = "gateway_taskKind";
    public static final String AGREE_TO_START = "userTask_agreeToStart";
    public static final String START_AGREED = "gateway_startAgreed";
    public static final String NOT_STARTED = "endEvent_taskNotStarted";
    public static final String NEXT_OCCURRENCE = "serviceTask_nextOccurrence";
    public static final String HAS_OCCURRENCE = "gateway_hasOccurrence";
    public static final String OCCURRENCES_DONE = "endEvent_occurrencesDone";
    public static final String OCCURRENCE_OPENS = "timerEvent_occurrenceOpens";
    public static final String CARRY_OUT = "subProcess_carryOut";
    public static final String CONTRIBUTE = "userTask_contribute";
    public static final String REPORT_RESULT = "userTask_reportResult";
    public static final String EXTENSION_REQUESTED = "gateway_extensionRequested";
    public static final String DECIDE_EXTENSION = "userTask_decideExtension";
    public static final String CONFIRM_COMPLETION = "userTask_confirmCompletion";
    public static final String COMPLETION_CONFIRMED = "gateway_completionConfirmed";
    /** Terminate end event inside the carrying-out subprocess: open contributions are closed. */
    public static final String COMPLETED = "endEvent_taskCompleted";
    public static final String RECURS = "gateway_recurs";
    public static final String DONE = "endEvent_taskDone";

    private Elements() {}
  }

  /** Variable names. */
  public static final class Variables {
    /** Id of the plan task (plan_task.id) when started by a plan's lifecycle; absent otherwise. */
    public static final String PLAN_TASK_ID = "planTaskId";
    /** The plan's number and symbol, shown on Tasklist cards. */
    public static final String PLAN_SYMBOL = "planSymbol";
    /** Candidate group of the lead agency's staff. */
    public static final String STAFF_GROUP = "staffGroup";
    /** Candidate group of the lead agency's leaders. */
    public static final String LEADERS_GROUP = "leadersGroup";
    /** Due date (end of the last day), or null for a task without deadline. */
    public static final String DUE_DATE = "dueDate";
    /** ONGOING, DEADLINE, RECURRING or ON_DEMAND ({@link PlanDefinition.TaskKind}). */
    public static final String TASK_KIND = "taskKind";
    /** Staff groups of the cooperating agencies (list, may be empty). */
    public static final String COOPERATING_GROUPS = "cooperatingGroups";
    public static final String COOPERATING_GROUP = "cooperatingGroup";
    public static final String CONTRIBUTION = "contribution";
    public static final String START_AGREED = "startAgreed";
    /** Whether a next occurrence of a recurring task exists before the plan ends. */
    public static final String HAS_OCCURRENCE = "hasOccurrence";
    /** When the next occurrence of a recurring task opens. */
    public static final String OCCURRENCE_OPENS = "occurrenceOpens";
    /** Vietnamese label of the occurrence ("năm 2026"). */
    public static final String OCCURRENCE_LABEL = "occurrenceLabel";
    /** Occurrences are searched after this day (the last one's due date). */
    public static final String OCCURRENCE_AFTER = "occurrenceAfter";
    public static final String RESULT_SUMMARY = "resultSummary";
    public static final String DIFFICULTIES = "difficulties";
    public static final String REQUEST_EXTENSION = "requestExtension";
    public static final String REQUESTED_DUE_DATE = "requestedDueDate";
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String EXTENSION_APPROVED = "extensionApproved";
    public static final String EXTENSION_COMMENT = "extensionComment";
    public static final String COMPLETION_CONFIRMED = "completionConfirmed";
    public static final String LEADER_COMMENT = "leaderComment";

    private Variables() {}
  }

  /** Bean names of the delegates the diagram calls. */
  public static final class Delegates {
    public static final String LOAD_TASK = "loadPlanTask";
    public static final String NEXT_OCCURRENCE = "nextOccurrence";
    public static final String RECORD_EXTENSION = "recordExtensionDecision";
    public static final String RECORD_COMPLETION = "recordTaskCompletion";

    private Delegates() {}
  }

  /** Start variables of a task outside any plan, led by the agency with these groups. */
  public static Map<String, Object> start(String staffGroup, String leadersGroup, Date dueDate) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.STAFF_GROUP, staffGroup);
    variables.put(Variables.LEADERS_GROUP, leadersGroup);
    variables.put(Variables.DUE_DATE, dueDate);
    variables.put(Variables.TASK_KIND, dueDate == null ? PlanDefinition.TaskKind.ONGOING.name() : PlanDefinition.TaskKind.DEADLINE.name());
    variables.put(Variables.COOPERATING_GROUPS, new ArrayList<>(List.<String>of()));
    return variables;
  }
}
