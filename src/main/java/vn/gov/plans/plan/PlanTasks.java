package vn.gov.plans.plan;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.calendar.Deadlines;

/**
 * What the lifecycle's call activity needs of one plan task, as an expression bean
 * ({@code ${planTasks.staffGroup(planTaskId)}}): the lead agency's groups and the due date.
 */
@Component(PlanLifecycleProcess.Delegates.PLAN_TASKS)
public class PlanTasks {

  private final PlanRepository plans;
  private final Deadlines deadlines;

  PlanTasks(PlanRepository plans, Deadlines deadlines) {
    this.plans = plans;
    this.deadlines = deadlines;
  }

  public String staffGroup(Object planTaskId) {
    return AgencyGroups.staff(task(planTaskId).leadAgency());
  }

  public String leadersGroup(Object planTaskId) {
    return AgencyGroups.leaders(task(planTaskId).leadAgency());
  }

  /** The due date after Civil Code Art. 148, or null for a task without deadline. */
  public Date dueDate(Object planTaskId) {
    LocalDate lastDay = lastDay(task(planTaskId));
    return lastDay == null ? null : deadlines.dueDate(lastDay);
  }

  /** The last day a task's definition gives: its date, or 31 December of its year. */
  static LocalDate lastDay(PlanRepository.TaskRow task) {
    if (task.extendedDueDate() != null) {
      return task.extendedDueDate();
    }
    if (task.dueDate() != null) {
      return task.dueDate();
    }
    return task.dueYear() == null ? null : LocalDate.of(task.dueYear(), 12, 31);
  }

  /**
   * Every task starts its process with the dissemination: an on-demand task then waits for both
   * sides to agree, a recurring one for its next occurrence.
   */
  static List<Long> startedAtDissemination(List<PlanRepository.TaskRow> tasks) {
    return tasks.stream().map(PlanRepository.TaskRow::id).toList();
  }

  private PlanRepository.TaskRow task(Object planTaskId) {
    long id = ((Number) planTaskId).longValue();
    return plans.task(id).orElseThrow(() -> new IllegalStateException("Không có nhiệm vụ " + id));
  }
}
