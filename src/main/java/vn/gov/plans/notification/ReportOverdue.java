package vn.gov.plans.notification;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A report that was not sent by its due date. The same overdue report gives two notices: one to the
 * late agency ({@link Recipient#LATE_AGENCY}), one to the compiling agency, whose supervisors follow
 * up ({@link Recipient#COMPILING_AGENCY}).
 *
 * @param agencyName the late agency ("Sở Văn hóa và Thể thao")
 * @param agencyEmail its e-mail address (or a comma-separated list), {@code null} or blank if none
 * @param periodLabel the reporting period ("6 tháng đầu năm 2026")
 * @param reportName the report ("Báo cáo kết quả thực hiện Kế hoạch")
 * @param dueDate the last day on which the report was on time
 * @param planSymbol number and symbol of the plan ("310/KH-UBND")
 * @param compilingAgencyName the agency that compiles the reports ("Sở Khoa học và Công nghệ")
 * @param tasklistLink the report's task (or the supervisors' view) in Camunda Tasklist
 * @param compilingAgencyEmail the compiling agency's address, {@code null} or blank if none
 * @param recipient who this notice goes to
 */
public record ReportOverdue(
    String agencyName,
    String agencyEmail,
    String periodLabel,
    String reportName,
    LocalDate dueDate,
    String planSymbol,
    String compilingAgencyName,
    String tasklistLink,
    String compilingAgencyEmail,
    Recipient recipient) {

  /** Who an overdue notice goes to. */
  public enum Recipient {
    /** The agency whose report is late: asked to send it at once. */
    LATE_AGENCY,
    /** The compiling agency (its supervisors): told which agency is late. */
    COMPILING_AGENCY
  }

  public ReportOverdue {
    Notices.requireText(agencyName, "agencyName");
    agencyEmail = Notices.blankToNull(agencyEmail);
    Notices.requireText(periodLabel, "periodLabel");
    Notices.requireText(reportName, "reportName");
    Objects.requireNonNull(dueDate, "dueDate");
    Notices.requireText(planSymbol, "planSymbol");
    Notices.requireText(compilingAgencyName, "compilingAgencyName");
    Notices.requireText(tasklistLink, "tasklistLink");
    compilingAgencyEmail = Notices.blankToNull(compilingAgencyEmail);
    Objects.requireNonNull(recipient, "recipient");
  }

  /** The overdue notice of a report that a reminder was about. */
  public static ReportOverdue of(
      ReportReminder reminder, String compilingAgencyEmail, Recipient recipient) {
    return new ReportOverdue(
        reminder.agencyName(),
        reminder.agencyEmail(),
        reminder.periodLabel(),
        reminder.reportName(),
        reminder.dueDate(),
        reminder.planSymbol(),
        reminder.compilingAgencyName(),
        reminder.tasklistLink(),
        compilingAgencyEmail,
        recipient);
  }

  /** The same notice, to the other (or the same) recipient. */
  public ReportOverdue to(Recipient other) {
    return new ReportOverdue(
        agencyName,
        agencyEmail,
        periodLabel,
        reportName,
        dueDate,
        planSymbol,
        compilingAgencyName,
        tasklistLink,
        compilingAgencyEmail,
        other);
  }

  /** The name of the agency this notice is addressed to. */
  public String recipientName() {
    return recipient == Recipient.LATE_AGENCY ? agencyName : compilingAgencyName;
  }

  /** The address this notice goes to, {@code null} if that agency has none. */
  public String recipientEmail() {
    return recipient == Recipient.LATE_AGENCY ? agencyEmail : compilingAgencyEmail;
  }
}
