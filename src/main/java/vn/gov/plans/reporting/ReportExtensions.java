package vn.gov.plans.reporting;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.plans.access.AsSystem;
import vn.gov.plans.calendar.Deadlines;
import vn.gov.plans.forms.InvalidInput;
import vn.gov.plans.plan.PlanDates;
import vn.gov.plans.reporting.ReportingPeriodProcess.Variables;

/**
 * The compiling agency extends one agency's deadline with a reason: both dates are kept, the
 * agency's open tasks move to the new date; the period's sweep reads the new date from the row, so
 * the reminder (08:00 of the new last day) and the overdue notice follow it, unless already sent.
 */
@Component
class ReportExtensions {

  private final ReportingRepository reports;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final Deadlines deadlines;

  ReportExtensions(ReportingRepository reports, TaskService taskService, RuntimeService runtimeService,
      IdentityService identityService, Deadlines deadlines) {
    this.reports = reports;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.deadlines = deadlines;
  }

  @Transactional
  public void extend(long periodId, String agency, LocalDate lastDay, String reason) {
    ReportingRepository.PeriodRow period = reports.period(periodId).orElseThrow();
    ReportingRepository.AgencyReportRow report = reports.agencyReport(periodId, agency)
        .orElseThrow(() -> InvalidInput.because("Đơn vị " + agency + " không phải báo cáo trong kỳ này."));
    if (report.submittedOn() != null) {
      throw InvalidInput.because("Đơn vị đã gửi báo cáo kỳ này, không cần gia hạn.");
    }
    if (reason == null || reason.isBlank()) {
      throw InvalidInput.because("Phải nêu lý do gia hạn.");
    }
    if (lastDay == null || !lastDay.isAfter(report.dueDate()) || lastDay.isAfter(period.cutoffDate())) {
      throw InvalidInput.because("Hạn mới phải sau hạn hiện tại và không muộn hơn hạn tổng hợp "
          + ReportContents.vn(period.cutoffDate()) + ".");
    }
    LocalDate due = deadlinesDue(lastDay);
    reports.extend(periodId, agency, due, reason.trim());
    Date dueAt = deadlines.dueDate(due);
    String instance = reports.agencyInstance(periodId, agency).orElse(null);
    if (instance == null) {
      return;
    }
    AsSystem.call(identityService, () -> {
      runtimeService.setVariable(instance, Variables.AGENCY_DUE_DATE, dueAt);
      for (Task task : taskService.createTaskQuery().processInstanceId(instance).list()) {
        taskService.setDueDate(task.getId(), dueAt);
      }
      return null;
    });
  }

  /** The last day moved to a working day (Civil Code Art. 148). */
  private LocalDate deadlinesDue(LocalDate lastDay) {
    return PlanDates.toLocalDate(deadlines.dueDate(lastDay));
  }
}
