package vn.gov.plans.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import vn.gov.plans.forms.InvalidInput;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.calendar.Deadlines;
import vn.gov.plans.calendar.ReportingScheduler;
import vn.gov.plans.plan.BudgetCycleProcess.Variables;

/** The thin delegates of {@code budget-cycle.bpmn}; bean names from {@link BudgetCycleProcess.Delegates}. */
@Configuration(proxyBeanMethods = false)
class BudgetCycleDelegates {

  /** Estimates are asked for this many working days before their due date. */
  static final int ESTIMATES_OPEN_WORKING_DAYS_BEFORE = 10;

  /** The year's groups and dates from the plan's budget block. */
  @Bean(BudgetCycleProcess.Delegates.PREPARE)
  JavaDelegate prepareBudget(PlanRepository plans, ReportingScheduler scheduler, Deadlines deadlines) {
    return execution -> {
      long planId = ((Number) execution.getVariable(Variables.PLAN_ID)).longValue();
      int year = ((Number) execution.getVariable(Variables.BUDGET_YEAR)).intValue();
      PlanRepository.PlanRow plan = plans.find(planId).orElseThrow();
      PlanRepository.BudgetRow budget = plans.budget(planId)
          .orElseThrow(() -> new IllegalStateException("Kế hoạch " + planId + " không có dự toán kinh phí."));
      var due = scheduler.nextOccurrence(budget.schedule(), LocalDate.of(year, 1, 1), ESTIMATES_OPEN_WORKING_DAYS_BEFORE)
          .orElseThrow(() -> new IllegalStateException("Không xác định được hạn lập dự toán năm " + year));
      LocalDate opens = due.reminderDate().isBefore(PlanDates.today()) ? PlanDates.today() : due.reminderDate();
      execution.setVariable(Variables.BUDGET_OPENS, PlanDates.toDate(opens));
      execution.setVariable(Variables.ESTIMATE_DUE_DATE, deadlines.dueDate(due.lastDay()));
      execution.setVariable(Variables.ESTIMATOR_GROUPS,
          new ArrayList<>(budget.estimators().stream().map(AgencyGroups::staff).toList()));
      execution.setVariable(Variables.LEAD_STAFF_GROUP, AgencyGroups.staff(plan.leadAgency()));
      execution.setVariable(Variables.APPRAISER_GROUP, AgencyGroups.staff(budget.appraiser()));
      execution.setVariable(Variables.APPROVER_GROUP, AgencyGroups.leaders(budget.approver()));
    };
  }

  /** Keeps each unit's estimate in the plan tables, where the lead compiles them. */
  @Bean(BudgetCycleProcess.Delegates.RECORD_ESTIMATE)
  TaskListener recordBudgetEstimate(PlanRepository plans) {
    return task -> {
      Object amount = task.getVariable(Variables.ESTIMATED_AMOUNT);
      if (!(amount instanceof Number number) || number.doubleValue() < 0) {
        throw InvalidInput.because("Kinh phí đề nghị phải là số không âm.");
      }
      String explanation = PlanForms.required(task.getVariable(Variables.ESTIMATE_EXPLANATION), "Thuyết minh dự toán");
      plans.recordBudgetEstimate(
          ((Number) task.getVariable(Variables.PLAN_ID)).longValue(),
          ((Number) task.getVariable(Variables.BUDGET_YEAR)).intValue(),
          AgencyGroups.agencyOf((String) task.getVariable(Variables.ESTIMATOR_GROUP)),
          BigDecimal.valueOf(number.doubleValue()), explanation, PlanDates.today());
    };
  }
}
