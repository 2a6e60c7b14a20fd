package vn.gov.plans.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import vn.gov.plans.forms.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.calendar.Deadlines;
import vn.gov.plans.calendar.ReportingScheduler;
import vn.gov.plans.plan.PlanDefinition.TaskKind;
import vn.gov.plans.plan.PlanTaskProcess.Variables;

/** The thin delegates of {@code plan-task.bpmn}; bean names from {@link PlanTaskProcess.Delegates}. */
@Configuration(proxyBeanMethods = false)
class PlanTaskDelegates {

  /** A recurring occurrence opens this many days before its due date. */
  static final int OCCURRENCE_OPENS_DAYS_BEFORE = 30;

  /** Fills the task's groups, deadline, kind and cooperating agencies from the plan tables. */
  @Bean(PlanTaskProcess.Delegates.LOAD_TASK)
  JavaDelegate loadPlanTask(PlanRepository plans, PlanTasks planTasks) {
    return execution -> {
      execution.setVariable(Variables.REQUEST_EXTENSION, false);
      Long taskId = taskId(execution);
      if (taskId == null) {
        // A task outside any plan: its starter gave groups and due date.
        if (execution.getVariable(Variables.TASK_KIND) == null) {
          execution.setVariable(Variables.TASK_KIND, (execution.getVariable(Variables.DUE_DATE) == null
              ? TaskKind.ONGOING : TaskKind.DEADLINE).name());
        }
        if (execution.getVariable(Variables.COOPERATING_GROUPS) == null) {
          execution.setVariable(Variables.COOPERATING_GROUPS, new ArrayList<String>());
        }
        return;
      }
      PlanRepository.TaskRow task = plans.task(taskId)
          .orElseThrow(() -> new IllegalStateException("Không có nhiệm vụ " + taskId));
      execution.setVariable(Variables.PLAN_SYMBOL, plans.find(task.planId()).map(PlanRepository.PlanRow::symbol).orElse(null));
      execution.setVariable(Variables.STAFF_GROUP, AgencyGroups.staff(task.leadAgency()));
      execution.setVariable(Variables.LEADERS_GROUP, AgencyGroups.leaders(task.leadAgency()));
      execution.setVariable(Variables.DUE_DATE, planTasks.dueDate(taskId));
      execution.setVariable(Variables.TASK_KIND, task.kind().name());
      execution.setVariable(Variables.COOPERATING_GROUPS,
          new ArrayList<>(plans.cooperating(taskId).stream().map(AgencyGroups::staff).toList()));
      execution.setVariable(Variables.OCCURRENCE_AFTER, PlanDates.toDate(PlanDates.today().minusDays(1)));
    };
  }

  /** Finds the next occurrence of a recurring task within the plan's period. */
  @Bean(PlanTaskProcess.Delegates.NEXT_OCCURRENCE)
  JavaDelegate nextOccurrence(PlanRepository plans, ReportingScheduler scheduler, Deadlines deadlines) {
    return execution -> {
      long taskId = requireTaskId(execution);
      PlanRepository.TaskRow task = plans.task(taskId).orElseThrow();
      LocalDate periodEnd = plans.find(task.planId()).orElseThrow().periodTo();
      LocalDate after = PlanDates.toLocalDate(execution.getVariable(Variables.OCCURRENCE_AFTER));
      var occurrence = plans.recurrence(taskId)
          .flatMap(schedule -> scheduler.nextOccurrence(schedule, after.plusDays(1), 0))
          .filter(next -> !next.lastDay().isAfter(periodEnd))
          .filter(next -> task.fromYear() == null || next.lastDay().getYear() >= task.fromYear());
      execution.setVariable(Variables.HAS_OCCURRENCE, occurrence.isPresent());
      occurrence.ifPresent(next -> {
        LocalDate opens = next.dueDate().minusDays(OCCURRENCE_OPENS_DAYS_BEFORE);
        Date now = PlanDates.toDate(PlanDates.today());
        Date opensAt = PlanDates.toDate(opens);
        execution.setVariable(Variables.OCCURRENCE_OPENS, opensAt.before(now) ? now : opensAt);
        execution.setVariable(Variables.DUE_DATE, deadlines.dueDate(next.lastDay()));
        execution.setVariable(Variables.OCCURRENCE_LABEL,
            next.periodLabel() != null ? next.periodLabel() : "ngày " + PlanValidator.vn(next.lastDay()));
        execution.setVariable(Variables.OCCURRENCE_AFTER, PlanDates.toDate(next.dueDate()));
      });
    };
  }

  /** A leader's decision on an extension: the new date is kept beside the original one. */
  @Bean(PlanTaskProcess.Delegates.RECORD_EXTENSION)
  TaskListener recordExtensionDecision(PlanRepository plans, Deadlines deadlines) {
    return task -> {
      Object approved = task.getVariable(Variables.EXTENSION_APPROVED);
      if (!(approved instanceof Boolean decision)) {
        throw InvalidInput.because("Lãnh đạo phải chọn đồng ý hoặc không đồng ý gia hạn.");
      }
      task.getExecution().setVariable(Variables.REQUEST_EXTENSION, false);
      if (decision) {
        LocalDate requested = PlanForms.requiredDate(task.getVariable(Variables.REQUESTED_DUE_DATE), "Thời hạn đề nghị");
        task.getExecution().setVariable(Variables.DUE_DATE, deadlines.dueDate(requested));
        Long taskId = taskId(task.getExecution());
        if (taskId != null) {
          plans.recordExtension(taskId, requested);
        }
      }
    };
  }

  /** A plan task confirmed by the lead agency's leader is done today (on time or late is computed). */
  @Bean(PlanTaskProcess.Delegates.RECORD_COMPLETION)
  ExecutionListener recordTaskCompletion(PlanRepository plans) {
    return execution -> {
      Long taskId = taskId(execution);
      if (taskId != null && !TaskKind.RECURRING.name().equals(execution.getVariable(Variables.TASK_KIND))) {
        plans.recordTaskCompleted(taskId, PlanDates.today());
      }
    };
  }

  static Long taskId(DelegateExecution execution) {
    Object id = execution.getVariable(Variables.PLAN_TASK_ID);
    return id instanceof Number number ? number.longValue() : null;
  }

  static long requireTaskId(DelegateExecution execution) {
    Long id = taskId(execution);
    if (id == null) {
      throw new IllegalStateException("Nhiệm vụ định kỳ phải thuộc một kế hoạch (thiếu " + Variables.PLAN_TASK_ID + ").");
    }
    return id;
  }
}
