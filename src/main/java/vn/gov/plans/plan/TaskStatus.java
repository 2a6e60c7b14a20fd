package vn.gov.plans.plan;

import java.time.LocalDate;

/**
 * The status vocabulary of Vietnamese task tracking: in progress within the deadline, in progress
 * overdue, done on time, done late, and no deadline. Computed, never stored.
 */
public enum TaskStatus {
  IN_PROGRESS("Đang thực hiện trong hạn"),
  OVERDUE("Đang thực hiện quá hạn"),
  DONE_ON_TIME("Hoàn thành đúng hạn"),
  DONE_LATE("Hoàn thành quá hạn"),
  NO_DEADLINE("Không hạn");

  private final String label;

  TaskStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * @param dueDate the last day after Civil Code Art. 148 (moved past days off), null without deadline
   * @param completed the day the task was completed, null while it runs
   */
  public static TaskStatus of(LocalDate dueDate, LocalDate completed, LocalDate today) {
    if (dueDate == null) {
      return NO_DEADLINE;
    }
    if (completed != null) {
      return completed.isAfter(dueDate) ? DONE_LATE : DONE_ON_TIME;
    }
    return today.isAfter(dueDate) ? OVERDUE : IN_PROGRESS;
  }
}
