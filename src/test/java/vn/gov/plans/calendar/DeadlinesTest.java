package vn.gov.plans.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinesTest {

  /** Friday 13 February 2026, 10:00 in Hanoi: the last working day before Tết. */
  private static final Clock CLOCK = Clock.fixed(
      OffsetDateTime.parse("2026-02-13T10:00:00+07:00").toInstant(), LunarDates.ZONE);

  private final Deadlines deadlines = new Deadlines(WorkingCalendarTest.CALENDAR,
      new ReportingScheduler(WorkingCalendarTest.CALENDAR), CLOCK);

  @Test
  void dueDatesAreTheEndOfTheDueDay() {
    assertThat(deadlines.dueDate("2026-12-19")).isEqualTo(at("2026-12-21T23:59:59"));
    assertThat(deadlines.dueDateBefore("2026-12-20")).isEqualTo(at("2026-12-21T23:59:59"));
    assertThat(deadlines.dueDateBefore(LocalDate.of(2026, 6, 20))).isEqualTo(at("2026-06-19T23:59:59"));
    assertThat(deadlines.dueDate(at("2026-02-19T15:00:00"))).isEqualTo(at("2026-02-23T23:59:59"));
  }

  @Test
  void remindersAreAtTheStartOfOfficeHours() {
    assertThat(deadlines.reminderDate(at("2026-12-21T23:59:59"), 3)).isEqualTo(at("2026-12-16T08:00:00"));
    assertThat(deadlines.reminderDate("2026-02-23", 1)).isEqualTo(at("2026-02-13T08:00:00"));
  }

  @ParameterizedTest(name = "{0} working days from Friday 13/02/2026 → {1}")
  @CsvSource({"0, 2026-02-13T23:59:59", "1, 2026-02-23T23:59:59", "3, 2026-02-25T23:59:59"})
  void workingDaysFromNow(int days, String expected) {
    assertThat(deadlines.workingDaysFromNow(days)).isEqualTo(at(expected));
    assertThat(deadlines.workingDaysAfter("2026-02-13", days)).isEqualTo(at(expected));
  }

  @Test
  void endOfDayIsMidnight() {
    assertThat(deadlines.endOfDay(at("2026-12-21T23:59:59"))).isEqualTo(at("2026-12-22T00:00:00"));
  }

  @Test
  void nextOccurrenceFromToday() {
    Occurrence next = deadlines.nextOccurrence("{kind: MONTHLY, day: 20}", 2);
    assertThat(next.periodLabel()).isEqualTo("tháng 2 năm 2026");
    assertThat(next.dueDate()).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(next.reminderDate()).isEqualTo(LocalDate.of(2026, 2, 12));
    assertThat(deadlines.nextDueDate(Map.of("kind", "ANNUAL_DATES", "dates", java.util.List.of("06-20", "12-20"),
        "before", true))).isEqualTo(at("2026-06-19T23:59:59"));
  }

  @Test
  void eventDrivenSchedules() {
    assertThat(deadlines.afterEvent("{kind: WORKING_DAYS_AFTER, days: 5}", "2026-02-12", 0).dueDate())
        .isEqualTo(LocalDate.of(2026, 2, 26));
    assertThatThrownBy(() -> deadlines.afterEvent("{kind: MONTHLY, day: 20}", "2026-02-12", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void workingDayQuestions() {
    assertThat(deadlines.isWorkingDay("2026-02-16")).isFalse();
    assertThat(deadlines.isWorkingDay("2025-04-26")).isTrue();
  }

  @Test
  void badDaysHaveAVietnameseMessage() {
    assertThatThrownBy(() -> deadlines.dueDate("2026-13-40"))
        .isInstanceOf(UnsupportedDateException.class)
        .hasMessageContaining("Ngày không hợp lệ: \"2026-13-40\"");
    assertThatThrownBy(() -> deadlines.dueDate(42))
        .isInstanceOf(UnsupportedDateException.class)
        .hasMessageContaining("Không hiểu giá trị ngày");
  }

  static Date at(String localDateTime) {
    return Date.from(OffsetDateTime.parse(localDateTime + "+07:00").toInstant());
  }
}
