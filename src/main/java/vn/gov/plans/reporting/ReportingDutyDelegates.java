package vn.gov.plans.reporting;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.plans.calendar.Occurrence;
import vn.gov.plans.plan.PlanDates;
import vn.gov.plans.reporting.ReportingDutyProcess.Variables;

/** The delegates of {@code reporting-duty.bpmn}; bean names from {@link ReportingDutyProcess.Delegates}. */
@Configuration(proxyBeanMethods = false)
class ReportingDutyDelegates {

  /** The next period whose due date has not passed and that ends within the plan. */
  @Bean(ReportingDutyProcess.Delegates.NEXT_PERIOD)
  JavaDelegate nextReportingPeriod(ReportingPeriods periods) {
    return execution -> {
      long dutyId = ((Number) execution.getVariable(Variables.DUTY_ID)).longValue();
      Object after = execution.getVariable(Variables.AFTER);
      LocalDate from = after == null ? PlanDates.today() : PlanDates.toLocalDate(after).plusDays(1);
      var next = periods.next(dutyId, from);
      execution.setVariable(Variables.HAS_PERIOD, next.isPresent());
      next.ifPresent(occurrence -> {
        execution.setVariable(Variables.OPENS_AT, opensAt(occurrence));
        execution.setVariable(Variables.NEXT_DUE, occurrence.dueDate().toString());
        execution.setVariable(Variables.AFTER, PlanDates.toDate(occurrence.dueDate()));
      });
    };
  }

  /** Opens the period prepared by {@code nextReportingPeriod}; opening twice opens it once. */
  @Bean(ReportingDutyProcess.Delegates.OPEN_PERIOD)
  JavaDelegate openReportingPeriod(ReportingPeriods periods) {
    return execution -> {
      long dutyId = ((Number) execution.getVariable(Variables.DUTY_ID)).longValue();
      periods.open(dutyId, LocalDate.parse((String) execution.getVariable(Variables.NEXT_DUE)));
    };
  }

  /** A period opens when its data period starts (Decree 09/2019), or at once if that has passed. */
  static Date opensAt(Occurrence occurrence) {
    LocalDate opens = occurrence.dataPeriod() != null
        ? occurrence.dataPeriod().from()
        : occurrence.dueDate().minusDays(ReportingPeriods.OPENS_DAYS_BEFORE_WITHOUT_DATA_PERIOD);
    LocalDate today = PlanDates.today();
    return PlanDates.toDate(opens.isBefore(today) ? today : opens);
  }
}
