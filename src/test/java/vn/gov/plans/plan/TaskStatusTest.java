package vn.gov.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskStatusTest {

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "2026-12-21, -,          2026-12-21, IN_PROGRESS",
      "2026-12-21, -,          2026-12-22, OVERDUE",
      "2026-12-21, 2026-12-21, 2027-01-05, DONE_ON_TIME",
      "2026-12-21, 2026-12-22, 2027-01-05, DONE_LATE",
      "-,          -,          2026-12-22, NO_DEADLINE",
      "-,          2026-12-22, 2026-12-22, NO_DEADLINE"})
  void statusFromDueDateCompletionAndToday(LocalDate due, LocalDate completed, LocalDate today, TaskStatus expected) {
    assertThat(TaskStatus.of(due, completed, today)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "2025-12-31, 2025-12-20, 2026-01-10, ISSUED_ON_TIME",
      "2025-12-31, 2026-01-05, 2026-01-10, ISSUED_LATE",
      "2025-12-31, -,          2026-01-10, MISSING",
      "2025-12-31, -,          2025-12-31, NOT_YET_DUE"})
  void implementingPlanStatus(LocalDate due, LocalDate issued, LocalDate today, ImplementingPlanStatus expected) {
    assertThat(ImplementingPlanStatus.of(due, issued, today)).isEqualTo(expected);
  }
}
