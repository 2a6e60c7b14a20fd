package vn.gov.plans.reporting;

import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.plans.agency.Directory;
import vn.gov.plans.calendar.Deadlines;
import vn.gov.plans.notification.Mailer;
import vn.gov.plans.notification.OverdueDigest;
import vn.gov.plans.notification.ReportOverdue;
import vn.gov.plans.notification.ReportReminder;

/**
 * Reminders and overdue notices of a period's agencies, by e-mail to the addresses of the directory,
 * sent by the period's sweep ({@code reporting-period.bpmn}): at each moment something falls due,
 * the agencies due then, at most {@code app.reporting.notice-batch} (250) per transaction, over one
 * SMTP connection; the
 * compiling agency gets one list of the agencies that became late. A mail failure fails the sweep's
 * job (nothing is marked as sent), which the engine retries and then turns into an incident on the
 * period; the report tasks themselves are never blocked.
 */
@Component
class ReportNotices {

  /**
   * One step of a sweep.
   *
   * @param more more agencies are due now: the next step follows at once
   * @param next when something falls due next, {@code null} when every notice is out
   */
  record Sweep(int reminded, int overdue, boolean more, Instant next) {}

  private final ReportingRepository reports;
  private final Directory directory;
  private final Mailer mailer;
  private final NoticeSchedule schedule;
  private final String tasklistLink;
  private final int batch;

  ReportNotices(ReportingRepository reports, Directory directory, Mailer mailer, Deadlines deadlines,
      @Value("${app.public-url:http://localhost:8080}") String publicUrl,
      @Value("${app.reporting.notice-batch:250}") int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("app.reporting.notice-batch must be at least 1: " + batch);
    }
    this.batch = batch;
    this.reports = reports;
    this.directory = directory;
    this.mailer = mailer;
    this.schedule = new NoticeSchedule(day -> deadlines.dueDate(day).toInstant());
    this.tasklistLink = publicUrl + "/camunda/app/tasklist/default/";
  }

  /** The first moment of a period just opened. */
  Instant first(long periodId) {
    return schedule.first(reports.period(periodId).orElseThrow());
  }

  /** Sends what is due at {@code now} (up to a batch) and marks it sent. */
  Sweep sweep(long periodId, Instant now) {
    ReportingRepository.PeriodRow period = reports.period(periodId).orElseThrow();
    NoticeSchedule.Due due = schedule.at(now, period, reports.awaitingNotices(periodId), batch);
    send(period, due.remind(), due.overdue());
    return new Sweep(due.remind().size(), due.overdue().size(), due.more(), due.next());
  }

  /**
   * One agency's reminder or overdue notice, for agency reports started before the periods' sweeps:
   * their instances (older versions of {@code agency-report.bpmn}) still carry a reminder and a
   * due-date timer whose steps call this. Sent and marked as a sweep would; nothing when the agency
   * has reported or the notice is out.
   */
  void forAgency(long periodId, String agency, boolean late) {
    ReportingRepository.PeriodRow period = reports.period(periodId).orElseThrow();
    ReportingRepository.AgencyReportRow report = reports.agencyReport(periodId, agency).orElseThrow();
    if (report.submittedOn() != null || report.overdueNotified() || (!late && report.reminderSent())) {
      return;
    }
    send(period, late ? List.of() : List.of(report), late ? List.of(report) : List.of());
  }

  private void send(ReportingRepository.PeriodRow period, List<ReportingRepository.AgencyReportRow> remind,
      List<ReportingRepository.AgencyReportRow> overdue) {
    if (remind.isEmpty() && overdue.isEmpty()) {
      return;
    }
    String planSymbol = reports.planSymbol(period.planId());
    Directory.Agency compiler = directory.agency(period.compiler()).orElse(null);
    String compilerName = compiler != null ? compiler.name() : period.compiler();
    String compilerEmail = compiler != null ? compiler.email() : null;
    Mailer.Batch mails = mailer.batch();
    for (ReportingRepository.AgencyReportRow report : remind) {
      mails.add(reminder(period, report, planSymbol, compilerName));
    }
    for (ReportingRepository.AgencyReportRow report : overdue) {
      mails.add(ReportOverdue.of(reminder(period, report, planSymbol, compilerName), compilerEmail,
          ReportOverdue.Recipient.LATE_AGENCY));
    }
    if (!overdue.isEmpty()) {
      mails.add(new OverdueDigest(compilerName, compilerEmail, period.name(), period.label(), planSymbol,
          tasklistLink, overdue.stream()
              .map(report -> new OverdueDigest.Late(agencyName(report.agency()), report.dueDate())).toList()));
    }
    reports.markReminded(period.id(), agencies(remind));
    reports.markOverdueNotified(period.id(), agencies(overdue));
    mails.send();
  }

  private ReportReminder reminder(ReportingRepository.PeriodRow period, ReportingRepository.AgencyReportRow report,
      String planSymbol, String compilerName) {
    Directory.Agency reporting = directory.agency(report.agency()).orElseThrow();
    return new ReportReminder(reporting.name(), reporting.email(), period.label(), period.name(),
        report.dueDate(), planSymbol, compilerName, tasklistLink);
  }

  private String agencyName(String agency) {
    return directory.agency(agency).map(Directory.Agency::name).orElse(agency);
  }

  private static List<String> agencies(List<ReportingRepository.AgencyReportRow> rows) {
    return rows.stream().map(ReportingRepository.AgencyReportRow::agency).toList();
  }
}
