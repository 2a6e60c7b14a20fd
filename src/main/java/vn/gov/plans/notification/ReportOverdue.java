package vn.gov.plans.notification;

import java.util.Objects;

/**
 * A report that was not sent by its due date. The same overdue report gives two notices: one to the
 * late agency ({@link Recipient#LATE_AGENCY}), one to the compiling agency, whose supervisors follow
 * up ({@link Recipient#COMPILING_AGENCY}).
 *
 * @param report the report that is late: agency, period, due date, plan and compiling agency, as its
 *     reminder had them
 * @param compilingAgencyEmail the compiling agency's address, {@code null} or blank if none
 * @param recipient who this notice goes to
 */
public record ReportOverdue(ReportReminder report, String compilingAgencyEmail, Recipient recipient) {

  /** Who an overdue notice goes to. */
  public enum Recipient {
    /** The agency whose report is late: asked to send it at once. */
    LATE_AGENCY,
    /** The compiling agency (its supervisors): told which agency is late. */
    COMPILING_AGENCY
  }

  public ReportOverdue {
    Objects.requireNonNull(report, "report");
    compilingAgencyEmail = Notices.blankToNull(compilingAgencyEmail);
    Objects.requireNonNull(recipient, "recipient");
  }

  /** The overdue notice of a report that a reminder was about. */
  public static ReportOverdue of(
      ReportReminder reminder, String compilingAgencyEmail, Recipient recipient) {
    return new ReportOverdue(reminder, compilingAgencyEmail, recipient);
  }

  /** The same notice, to the other (or the same) recipient. */
  public ReportOverdue to(Recipient other) {
    return new ReportOverdue(report, compilingAgencyEmail, other);
  }

  /** The name of the agency this notice is addressed to. */
  public String recipientName() {
    return recipient == Recipient.LATE_AGENCY ? report.agencyName() : report.compilingAgencyName();
  }

  /** The address this notice goes to, {@code null} if that agency has none. */
  public String recipientEmail() {
    return recipient == Recipient.LATE_AGENCY ? report.agencyEmail() : compilingAgencyEmail;
  }
}
