package vn.gov.plans.plan;

import java.time.LocalDate;

/** Whether a recipient issued its own implementing plan, on time or late. Computed, never stored. */
public enum ImplementingPlanStatus {
  ISSUED_ON_TIME("Đã ban hành đúng hạn"),
  ISSUED_LATE("Đã ban hành quá hạn"),
  NOT_YET_DUE("Chưa ban hành, còn hạn"),
  MISSING("Chưa ban hành, đã quá hạn");

  private final String label;

  ImplementingPlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static ImplementingPlanStatus of(LocalDate dueDate, LocalDate issued, LocalDate today) {
    if (issued != null) {
      return dueDate != null && issued.isAfter(dueDate) ? ISSUED_LATE : ISSUED_ON_TIME;
    }
    return dueDate != null && today.isAfter(dueDate) ? MISSING : NOT_YET_DUE;
  }
}
