package vn.gov.plans.reporting;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.calendar.Deadlines;
import vn.gov.plans.forms.InvalidInput;
import vn.gov.plans.plan.PlanDates;
import vn.gov.plans.reporting.ReportingPeriodProcess.Variables;

/** The delegates of {@code reporting-period.bpmn}; bean names from {@link ReportingPeriodProcess.Delegates}. */
@Configuration(proxyBeanMethods = false)
class ReportingPeriodDelegates {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The next batch of agency report instances; the period waits once all are started. */
  @Bean(ReportingPeriodProcess.Delegates.START_AGENCY_REPORTS)
  JavaDelegate startAgencyReports(ReportingPeriods periods, ReportingRepository reports, ReportNotices notices) {
    return execution -> {
      long periodId = periodId(execution);
      Object started = execution.getVariable(Variables.STARTED);
      int now = periods.startAgencyReports(periodId, started == null ? 0 : ((Number) started).intValue(),
          execution.getTenantId());
      boolean all = now >= reports.agencyCount(periodId);
      execution.setVariable(Variables.STARTED, now);
      execution.setVariable(Variables.ALL_STARTED, all);
      if (all) {
        execution.setVariable(Variables.NEXT_DEADLINE, Date.from(notices.first(periodId)));
      }
    };
  }

  /**
   * One agency's part: its groups, due date and what it must report on, read once per batch
   * ({@link PeriodReads}). The report's
   * own fields are written by its forms into the agency's instance; nothing is declared up front.
   */
  @Bean(ReportingPeriodProcess.Delegates.PREPARE_REPORT)
  JavaDelegate prepareAgencyReport(PeriodReads reads, ReportContents contents, Deadlines deadlines) {
    return execution -> {
      String agency = agency(execution);
      PeriodReads.Snapshot period = reads.of(periodId(execution));
      execution.setVariableLocal(Variables.AGENCY_LEADERS_GROUP, AgencyGroups.leaders(agency));
      execution.setVariableLocal(Variables.AGENCY_DUE_DATE, deadlines.dueDate(period.report(agency).dueDate()));
      execution.setVariableLocal(Variables.TASK_ITEMS,
          SpinValues.jsonValue(JSON.writeValueAsString(contents.taskItems(period.tasksOf(agency)))).create());
      execution.setVariableLocal(Variables.TARGET_ITEMS,
          SpinValues.jsonValue(JSON.writeValueAsString(contents.targetItems(period.targetsOf(agency)))).create());
    };
  }

  /** The staff's report: the target values must name the agency's targets and be numbers. */
  @Bean(ReportingPeriodProcess.Delegates.CHECK_REPORT)
  TaskListener checkAgencyReport() {
    return task -> ReportContents.targetValues(list(task.getVariable(Variables.TARGET_ITEMS)),
        (String) task.getVariable(Variables.TARGET_VALUES));
  }

  /**
   * The approved report is stored; on time or late follows from the date. The last agency to report
   * tells the period, which then compiles without waiting for the cut-off.
   */
  @Bean(ReportingPeriodProcess.Delegates.RECORD_SUBMISSION)
  JavaDelegate recordReportSubmission(ReportingRepository reports, ReportContents contents) {
    return execution -> {
      String results = (String) execution.getVariable(Variables.RESULTS);
      if (results == null || results.isBlank()) {
        throw InvalidInput.because("«Kết quả đạt được trong kỳ» là bắt buộc.");
      }
      reports.recordSubmission(periodId(execution), agency(execution), results,
          (String) execution.getVariable(Variables.DIFFICULTIES), (String) execution.getVariable(Variables.PROPOSALS),
          PlanDates.today(), contents.reported(list(execution.getVariable(Variables.TASK_ITEMS)),
              list(execution.getVariable(Variables.TARGET_ITEMS)), (String) execution.getVariable(Variables.TARGET_VALUES)));
      long periodId = periodId(execution);
      if (reports.allSubmitted(periodId)) {
        String period = reports.period(periodId).orElseThrow().processInstanceId();
        execution.getProcessEngineServices().getRuntimeService()
            .createMessageCorrelation(AgencyReportProcess.REPORTS_COMPLETE)
            .processInstanceId(period)
            .correlateAll();
      }
    };
  }

  /** What is due now, one batch; then at once again, or at the next moment, or done. */
  @Bean(ReportingPeriodProcess.Delegates.SEND_NOTICES)
  JavaDelegate sendReportNotices(ReportNotices notices) {
    return execution -> {
      ReportNotices.Sweep sweep = notices.sweep(periodId(execution), ClockUtil.getCurrentTime().toInstant());
      execution.setVariable(Variables.NOTICES_PENDING, sweep.more());
      execution.setVariable(Variables.NEXT_DEADLINE, sweep.next() == null ? null : Date.from(sweep.next()));
    };
  }

  /** Reminder timer of an agency report started before the sweeps (an older diagram version). */
  @Bean(ReportingPeriodProcess.Delegates.LEGACY_SEND_REMINDER)
  JavaDelegate sendReportReminder(ReportNotices notices) {
    return execution -> notices.forAgency(periodId(execution), agency(execution), false);
  }

  /** Due-date timer of an agency report started before the sweeps (an older diagram version). */
  @Bean(ReportingPeriodProcess.Delegates.LEGACY_NOTIFY_OVERDUE)
  JavaDelegate notifyReportOverdue(ReportNotices notices) {
    return execution -> notices.forAgency(periodId(execution), agency(execution), true);
  }

  /** What the compiler sees: who sent on time, late, or not at all, and the draft document. */
  @Bean(ReportingPeriodProcess.Delegates.PREPARE_COMPILATION)
  JavaDelegate prepareCompilation(ReportingRepository reports, ReportContents contents) {
    return execution -> {
      long periodId = periodId(execution);
      reports.setStatus(periodId, PeriodStatus.COMPILING);
      execution.setVariable(Variables.SUBMISSION_SUMMARY, contents.submissionSummary(periodId));
      execution.setVariable(Variables.DOCUMENT_LINK, ReportController.documentPath(periodId));
    };
  }

  /** The compiled text and the signature block of the compiling agency's leader. */
  @Bean(ReportingPeriodProcess.Delegates.RECORD_SIGNATURE)
  TaskListener recordReportSignature(ReportingRepository reports) {
    return task -> {
      long periodId = ((Number) task.getVariable(Variables.PERIOD_ID)).longValue();
      String compiled = (String) task.getVariable(Variables.COMPILED_TEXT);
      reports.recordCompilation(periodId, compiled);
      String authority = (String) task.getVariable(Variables.AUTHORITY);
      reports.recordSignature(periodId, authority == null || authority.isBlank() ? null : authority.trim(),
          required(task.getVariable(Variables.SIGNER_TITLE), "Chức vụ người ký"),
          required(task.getVariable(Variables.SIGNER_NAME), "Họ và tên người ký"), PlanDates.today());
    };
  }

  /** The BC number from the compiling agency's register; the report goes to the receiver. */
  @Bean(ReportingPeriodProcess.Delegates.ISSUE)
  JavaDelegate issueCompiledReport(CompiledReports compiled) {
    return execution -> execution.setVariable(Variables.SYMBOL, compiled.issue(periodId(execution)));
  }

  static long periodId(DelegateExecution execution) {
    return ((Number) execution.getVariable(Variables.PERIOD_ID)).longValue();
  }

  static String agency(DelegateExecution execution) {
    return AgencyGroups.agencyOf((String) execution.getVariable(Variables.REPORTING_GROUP));
  }

  static List<Map<String, Object>> list(Object value) {
    if (value == null) {
      return new ArrayList<>();
    }
    try {
      return JSON.readValue(value.toString(), new TypeReference<List<LinkedHashMap<String, Object>>>() {})
          .stream().<Map<String, Object>>map(m -> m).toList();
    } catch (Exception e) {
      throw InvalidInput.because("Danh sách nhiệm vụ, chỉ tiêu của báo cáo không đọc được.");
    }
  }

  private static String required(Object value, String label) {
    if (value == null || value.toString().isBlank()) {
      throw InvalidInput.because("«" + label + "» là bắt buộc.");
    }
    return value.toString().trim();
  }
}
