package vn.gov.plans.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.calendar.Deadlines;
import vn.gov.plans.plan.PlanDefinition.RecipientAction;
import vn.gov.plans.plan.PlanLifecycleProcess.Variables;

/**
 * The thin delegates of {@code plan-lifecycle.bpmn}: read typed variables, call one plain service,
 * write typed variables. Bean names are those of {@link PlanLifecycleProcess.Delegates}.
 */
@Configuration(proxyBeanMethods = false)
class PlanLifecycleDelegates {

  /** Computes the last moment for comments from the working days the drafter gave. */
  @Bean(PlanLifecycleProcess.Delegates.OPEN_CONSULTATION)
  JavaDelegate openConsultation(Deadlines deadlines) {
    return execution -> {
      int days = PlanForms.consultationWorkingDays(execution.getVariable(Variables.CONSULTATION_WORKING_DAYS));
      execution.setVariable(Variables.CONSULTATION_DEADLINE,
          deadlines.workingDaysAfter(PlanDates.today(), days));
    };
  }

  /** Records one issuer's signature block when its leader completes the signing task. */
  @Bean(PlanLifecycleProcess.Delegates.RECORD_SIGNATURE)
  TaskListener recordSignature(PlanRepository plans) {
    return task -> {
      var signature = PlanForms.signature(
          task.getVariable(Variables.AUTHORITY), task.getVariable(Variables.SIGNER_TITLE), task.getVariable(Variables.SIGNER_NAME));
      plans.recordSignature(planId(task.getExecution()),
          AgencyGroups.agencyOf((String) task.getVariable(Variables.ISSUER_LEADERS_GROUP)),
          signature.authority(), signature.signerTitle(), signature.signerName(), PlanDates.today());
    };
  }

  /** Takes the number from the first issuer's register; the plan is issued today or next working day. */
  @Bean(PlanLifecycleProcess.Delegates.ASSIGN_NUMBER)
  JavaDelegate assignNumber(PlanIssuing issuing) {
    return execution -> {
      PlanIssuing.Issued issued = issuing.issue(planId(execution));
      execution.setVariable(Variables.SYMBOL, issued.symbol());
      execution.setVariable(Variables.ISSUED_DATE, PlanDates.toDate(issued.date()));
    };
  }

  /** Sends the plan to its recipients and starts the implementation of its tasks. */
  @Bean(PlanLifecycleProcess.Delegates.DISSEMINATE)
  JavaDelegate disseminate(PlanRepository plans, Deadlines deadlines) {
    return execution -> {
      long planId = planId(execution);
      var recipients = plans.recipients(planId);
      execution.setVariable(Variables.ACKNOWLEDGE_GROUPS, groups(recipients, RecipientAction.ACKNOWLEDGE));
      execution.setVariable(Variables.IMPLEMENTING_GROUPS, groups(recipients, RecipientAction.ISSUE_IMPLEMENTING_PLAN));
      LocalDate deadline = recipients.stream()
          .filter(r -> r.action() == RecipientAction.ISSUE_IMPLEMENTING_PLAN && r.deadline() != null)
          .map(PlanRepository.RecipientRow::deadline)
          .min(Comparator.naturalOrder())
          .orElse(null);
      execution.setVariable(Variables.IMPLEMENTING_DEADLINE, deadline == null ? null : deadlines.dueDate(deadline));
      execution.setVariable(Variables.PLAN_TASK_IDS, new ArrayList<>(PlanTasks.startedAtDissemination(plans.tasks(planId))));
      execution.setVariable(Variables.BUDGET_YEARS, budgetYears(plans, planId));
      execution.setVariable(Variables.REPORTING_DUTY_IDS, new ArrayList<>(plans.dutyIds(planId)));
      plans.setStage(planId, PlanStage.IMPLEMENTING);
    };
  }

  /** Records the number and date of a recipient's implementing plan. */
  @Bean(PlanLifecycleProcess.Delegates.RECORD_IMPLEMENTING_PLAN)
  TaskListener recordImplementingPlan(PlanRepository plans) {
    return task -> {
      String symbol = PlanForms.implementingSymbol(task.getVariable(Variables.IMPLEMENTING_PLAN_SYMBOL));
      LocalDate date = PlanForms.requiredDate(task.getVariable(Variables.IMPLEMENTING_PLAN_DATE), "Ngày ban hành");
      plans.recordImplementingPlan(planId(task.getExecution()),
          AgencyGroups.agencyOf((String) task.getVariable(Variables.IMPLEMENTING_GROUP)), symbol, date);
    };
  }

  /** The plan's life has ended. */
  @Bean(PlanLifecycleProcess.Delegates.CLOSE_PLAN)
  ExecutionListener closePlan(PlanRepository plans) {
    return execution -> plans.setStage(planId(execution), PlanStage.CLOSED);
  }

  /** The years of the plan's period from this year on, when it has a budget block. */
  static ArrayList<Integer> budgetYears(PlanRepository plans, long planId) {
    ArrayList<Integer> years = new ArrayList<>();
    if (plans.budget(planId).isPresent()) {
      PlanRepository.PlanRow plan = plans.find(planId).orElseThrow();
      int from = Math.max(plan.periodFrom().getYear(), PlanDates.today().getYear());
      for (int year = from; year <= plan.periodTo().getYear(); year++) {
        years.add(year);
      }
    }
    return years;
  }

  static long planId(DelegateExecution execution) {
    Object planId = execution.getVariable(Variables.PLAN_ID);
    if (planId == null) {
      throw new IllegalStateException("Thiếu biến " + Variables.PLAN_ID + " của kế hoạch.");
    }
    return ((Number) planId).longValue();
  }

  private static ArrayList<String> groups(List<PlanRepository.RecipientRow> recipients, RecipientAction action) {
    return new ArrayList<>(recipients.stream()
        .filter(r -> r.action() == action)
        .map(r -> AgencyGroups.staff(r.agency()))
        .filter(Objects::nonNull)
        .toList());
  }
}
