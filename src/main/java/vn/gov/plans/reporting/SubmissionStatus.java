package vn.gov.plans.reporting;

import java.time.LocalDate;

/** One agency's report in a period: on time, late, or missing (not yet due: pending). Computed. */
public enum SubmissionStatus {
  ON_TIME("Đúng hạn"),
  LATE("Quá hạn"),
  MISSING("Chưa gửi, đã quá hạn"),
  PENDING("Chưa gửi, còn hạn");

  private final String label;

  SubmissionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** @param dueDate the agency's due date (after any extension; a working day, ending at 24:00) */
  public static SubmissionStatus of(LocalDate dueDate, LocalDate submittedOn, LocalDate today) {
    if (submittedOn != null) {
      return submittedOn.isAfter(dueDate) ? LATE : ON_TIME;
    }
    return today.isAfter(dueDate) ? MISSING : PENDING;
  }
}
