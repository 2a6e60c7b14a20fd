package vn.gov.plans.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

  static final WorkingCalendar CALENDAR = WorkingCalendar.standard();

  @ParameterizedTest(name = "{0} working: {1}")
  @CsvSource({
    // official 2025: Tết 25/1–2/2, 2/5 swapped against Saturday 26/4
    "2025-01-24, true",
    "2025-01-27, false",
    "2025-02-03, true",   // a computed compensatory day; the official file overrides it
    "2025-04-07, false",
    "2025-04-26, true",   // Saturday worked
    "2025-05-02, false",
    "2025-09-01, false",
    "2025-09-03, true",
    // official 2026: 2/1 swapped against Saturday 10/1, Tết 14/2–22/2, 31/8 against Saturday 22/8
    "2026-01-02, false",
    "2026-01-10, true",
    "2026-01-12, true",
    "2026-02-13, true",
    "2026-02-16, false",
    "2026-02-23, true",
    "2026-04-27, false",
    "2026-08-22, true",   // Saturday worked
    "2026-08-31, false",
    "2026-09-03, true",
    "2026-12-19, false",  // Saturday
    "2026-12-21, true",
    // computed years
    "2024-02-14, false",
    "2027-05-03, false",
    "2028-01-03, false",
    "2029-09-04, false",
    "2030-02-06, false",
    "2030-02-08, true",
  })
  void workingDays(LocalDate date, boolean working) {
    assertThat(CALENDAR.isWorkingDay(date)).isEqualTo(working);
  }

  @ParameterizedTest(name = "last day {0} → due {1}")
  @CsvSource({
    "2026-12-18, 2026-12-18",  // Friday
    "2026-12-19, 2026-12-21",  // Saturday → Monday
    "2026-12-20, 2026-12-21",  // Sunday → Monday
    "2026-06-19, 2026-06-19",
    "2026-02-14, 2026-02-23",  // first day of the Tết break 2026
    "2026-02-19, 2026-02-23",  // inside Tết
    "2025-01-28, 2025-02-03",  // inside Tết 2025
    "2025-04-26, 2025-04-26",  // Saturday worked in 2025
    "2025-04-30, 2025-05-05",  // 30/4, 1/5, 2/5 off, then the weekend
    "2026-04-26, 2026-04-28",  // Giỗ Tổ on Sunday, compensated on Monday
    "2026-01-01, 2026-01-05",  // 1/1 and the swapped 2/1, then the weekend
    "2026-08-22, 2026-08-22",  // Saturday worked in 2026
    "2026-08-29, 2026-09-03",  // Quốc khánh break 29/8–2/9/2026
    "2026-09-02, 2026-09-03",
    "2024-02-10, 2024-02-16",  // computed Tết 2024 with two compensatory days
    "2027-05-01, 2027-05-04",
    "2028-09-02, 2028-09-05",
    "2029-09-02, 2029-09-05",
    "2030-09-01, 2030-09-04",
    "2030-12-31, 2030-12-31",
  })
  void dueDateUnderArticle148(LocalDate lastDay, LocalDate due) {
    DueDate dueDate = CALENDAR.dueDate(lastDay);
    assertThat(dueDate.lastDay()).isEqualTo(lastDay);
    assertThat(dueDate.dueDate()).isEqualTo(due);
    assertThat(dueDate.moved()).isEqualTo(!lastDay.equals(due));
  }

  @Test
  void reasonForASaturday() {
    assertThat(CALENDAR.dueDate(LocalDate.of(2026, 12, 19)).reason()).isEqualTo(
        "Ngày thứ Bảy 19/12/2026 là ngày nghỉ hằng tuần, nên theo khoản 5 Điều 148 Bộ luật Dân sự"
            + " 2015 thời hạn kết thúc vào cuối ngày làm việc tiếp theo, thứ Hai 21/12/2026.");
  }

  @Test
  void reasonForTet() {
    assertThat(CALENDAR.dueDate(LocalDate.of(2026, 2, 19)).reason())
        .startsWith("Ngày thứ Năm 19/02/2026 là ngày nghỉ: Nghỉ Tết Âm lịch Bính Ngọ")
        .contains("Bộ Nội vụ")
        .endsWith("thứ Hai 23/02/2026.");
  }

  @Test
  void reasonWhenNotMoved() {
    assertThat(CALENDAR.dueDate(LocalDate.of(2026, 12, 18)).reason()).isEqualTo(
        "Ngày thứ Sáu 18/12/2026 là ngày làm việc nên thời hạn không lùi, kết thúc vào cuối ngày này.");
    assertThat(CALENDAR.dueDate(LocalDate.of(2025, 4, 26)).reason())
        .startsWith("Ngày thứ Bảy 26/04/2025 là ngày làm việc bù (Làm bù cho ngày nghỉ thứ Sáu 02/05/2025;");
  }

  @ParameterizedTest(name = "before {0} → last day {1}, due {2}")
  @CsvSource({
    "2026-06-20, 2026-06-19, 2026-06-19",
    "2026-12-20, 2026-12-19, 2026-12-21",
    "2026-06-01, 2026-05-31, 2026-06-01",
    "2026-12-01, 2026-11-30, 2026-11-30",
    "2027-06-20, 2027-06-19, 2027-06-21",
  })
  void dueDateBefore(LocalDate before, LocalDate lastDay, LocalDate due) {
    DueDate dueDate = CALENDAR.dueDateBefore(before);
    assertThat(dueDate.lastDay()).isEqualTo(lastDay);
    assertThat(dueDate.dueDate()).isEqualTo(due);
  }

  @ParameterizedTest(name = "{0} plus {1} working days = {2}")
  @CsvSource({
    "2026-02-13, 1, 2026-02-23",
    "2026-02-13, 3, 2026-02-25",
    "2026-02-12, 5, 2026-02-26",
    "2026-12-18, 1, 2026-12-21",
    "2026-12-19, 0, 2026-12-21",
    "2026-12-18, 0, 2026-12-18",
    "2026-12-21, -3, 2026-12-16",
    "2026-02-23, -1, 2026-02-13",
    "2025-04-25, 1, 2025-04-26",
  })
  void plusWorkingDays(LocalDate start, int days, LocalDate expected) {
    assertThat(CALENDAR.plusWorkingDays(start, days)).isEqualTo(expected);
  }

  @Test
  void officialAndComputedYears() {
    assertThat(CALENDAR.year(2026).official()).isTrue();
    assertThat(CALENDAR.year(2027).official()).isFalse();
    assertThat(CALENDAR.year(2027).daysOff())
        .allSatisfy(day -> assertThat(day.source()).startsWith(CalendarDay.DEFAULT_SOURCE));
  }

  @ParameterizedTest
  @CsvSource({"1899", "2101", "-5"})
  void yearsOutsideTheRange(int year) {
    assertThatThrownBy(() -> CALENDAR.year(year))
        .isInstanceOf(UnsupportedDateException.class)
        .hasMessage("Năm " + year + " nằm ngoài phạm vi lịch được hỗ trợ (từ năm 1900 đến năm 2100).");
  }
}
