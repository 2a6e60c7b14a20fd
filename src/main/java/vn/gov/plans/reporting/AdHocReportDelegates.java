package vn.gov.plans.reporting;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.plans.agency.Caller;
import vn.gov.plans.forms.InvalidInput;
import vn.gov.plans.plan.PlanDates;
import vn.gov.plans.reporting.AdHocReportProcess.Variables;

/** The delegate of {@code ad-hoc-report.bpmn}: opens the requested report as a period. */
@Configuration(proxyBeanMethods = false)
class AdHocReportDelegates {

  @Bean(AdHocReportProcess.Delegates.OPEN)
  JavaDelegate openAdHocReport(ReportingPeriods periods) {
    return execution -> {
      Caller caller = Caller.of(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
      Object planId = execution.getVariable(Variables.PLAN_ID);
      if (!(planId instanceof Number number)) {
        throw InvalidInput.because("«Mã kế hoạch» là bắt buộc.");
      }
      String kind = String.valueOf(execution.getVariable(Variables.REPORT_KIND));
      List<String> agencies = Arrays.stream(String.valueOf(execution.getVariable(Variables.AGENCIES)).split("[,;\\s]+"))
          .map(String::trim).filter(agency -> !agency.isEmpty()).distinct().toList();
      long periodId = periods.openAdHoc(new ReportingPeriods.AdHocRequest(number.longValue(),
          "TOPIC".equals(kind) ? ReportKind.TOPIC : ReportKind.AD_HOC,
          String.valueOf(execution.getVariable(Variables.TITLE)).trim(),
          String.valueOf(execution.getVariable(Variables.CONTENT)).trim(), agencies,
          PlanDates.toLocalDate(execution.getVariable(Variables.DUE_DATE))), caller);
      execution.setVariable(Variables.PERIOD_ID, periodId);
    };
  }
}
