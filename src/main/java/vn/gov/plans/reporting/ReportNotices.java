package vn.gov.plans.reporting;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.plans.agency.Directory;
import vn.gov.plans.notification.Mailer;
import vn.gov.plans.notification.ReportOverdue;
import vn.gov.plans.notification.ReportReminder;

/**
 * Reminders and overdue notices of one agency's report, by e-mail to the addresses of the
 * directory. Called in the job of the reminder or due-date timer: a mail failure fails that job,
 * which the engine retries and then turns into an incident; the report task itself is never blocked.
 */
@Component
class ReportNotices {

  private final ReportingRepository reports;
  private final Directory directory;
  private final Mailer mailer;
  private final String tasklistLink;

  ReportNotices(ReportingRepository reports, Directory directory, Mailer mailer,
      @Value("${app.public-url:http://localhost:8080}") String publicUrl) {
    this.reports = reports;
    this.directory = directory;
    this.mailer = mailer;
    this.tasklistLink = publicUrl + "/camunda/app/tasklist/default/";
  }

  void remind(long periodId, String agency) {
    ReportReminder reminder = reminder(periodId, agency);
    if (reminder != null) {
      mailer.send(reminder);
    }
  }

  void overdue(long periodId, String agency) {
    ReportReminder reminder = reminder(periodId, agency);
    if (reminder == null) {
      return;
    }
    ReportingRepository.PeriodRow period = reports.period(periodId).orElseThrow();
    String compilerEmail = directory.agency(period.compiler()).map(Directory.Agency::email).orElse(null);
    mailer.send(ReportOverdue.of(reminder, compilerEmail, ReportOverdue.Recipient.LATE_AGENCY));
    mailer.send(ReportOverdue.of(reminder, compilerEmail, ReportOverdue.Recipient.COMPILING_AGENCY));
    reports.markOverdueNotified(periodId, agency);
  }

  /** Null when the agency has already sent its report: nothing to remind. */
  private ReportReminder reminder(long periodId, String agency) {
    ReportingRepository.PeriodRow period = reports.period(periodId).orElseThrow();
    ReportingRepository.AgencyReportRow report = reports.agencyReport(periodId, agency).orElseThrow();
    if (report.submittedOn() != null) {
      return null;
    }
    Directory.Agency reporting = directory.agency(agency).orElseThrow();
    String planSymbol = reports.planSymbol(period.planId());
    return new ReportReminder(reporting.name(), reporting.email(), period.label(), period.name(),
        report.dueDate(), planSymbol, directory.agency(period.compiler()).map(Directory.Agency::name).orElse(period.compiler()),
        tasklistLink);
  }
}
