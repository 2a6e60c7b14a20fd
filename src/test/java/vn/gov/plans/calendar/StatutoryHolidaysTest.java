package vn.gov.plans.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The computed defaults (Labor Code 2019), as used for years without an official file. */
class StatutoryHolidaysTest {

  private static final StatutoryHolidays HOLIDAYS = new StatutoryHolidays(new LunarDates());

  @ParameterizedTest(name = "days off {0}")
  @CsvSource(delimiter = '|', value = {
    "2024 | 01-01 02-09 02-10 02-11 02-12 02-13 02-14 02-15 04-18 04-30 05-01 09-02 09-03",
    "2026 | 01-01 02-16 02-17 02-18 02-19 02-20 04-26 04-27 04-30 05-01 09-01 09-02",
    "2027 | 01-01 02-05 02-06 02-07 02-08 02-09 02-10 02-11 04-16 04-30 05-01 05-03 09-01 09-02",
    "2028 | 01-01 01-03 01-25 01-26 01-27 01-28 01-29 01-31 04-04 04-30 05-01 05-02 09-01 09-02 09-04",
    "2029 | 01-01 02-12 02-13 02-14 02-15 02-16 04-23 04-30 05-01 09-02 09-03 09-04",
    "2030 | 01-01 02-01 02-02 02-03 02-04 02-05 02-06 02-07 04-12 04-30 05-01 09-02 09-03",
  })
  void everyDayOffOfTheYear(int year, String monthDays) {
    List<LocalDate> expected = Arrays.stream(monthDays.trim().split("\\s+"))
        .map(monthDay -> LocalDate.parse(year + "-" + monthDay))
        .toList();
    YearCalendar calendar = HOLIDAYS.forYear(year);
    assertThat(calendar.official()).isFalse();
    assertThat(calendar.workingWeekendDays()).isEmpty();
    assertThat(calendar.daysOff()).extracting(CalendarDay::date).containsExactlyElementsOf(expected);
    assertThat(calendar.daysOff())
        .extracting(CalendarDay::source)
        .allMatch(source -> source.startsWith("Mặc định theo Bộ luật Lao động 2019"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "2024-01-01 | Tết Dương lịch",
    "2024-02-09 | Tết Âm lịch Giáp Thìn (30 tháng Chạp)",
    "2024-02-10 | Tết Âm lịch Giáp Thìn (mùng 1 Tết)",
    "2024-02-13 | Tết Âm lịch Giáp Thìn (mùng 4 Tết)",
    "2024-02-14 | Nghỉ bù Tết Âm lịch Giáp Thìn (mùng 1 Tết), vì ngày 10/02/2024 trùng thứ Bảy",
    "2024-02-15 | Nghỉ bù Tết Âm lịch Giáp Thìn (mùng 2 Tết), vì ngày 11/02/2024 trùng Chủ nhật",
    "2024-04-18 | Giỗ Tổ Hùng Vương (mùng 10 tháng Ba âm lịch)",
    "2024-04-30 | Ngày Chiến thắng",
    "2024-05-01 | Ngày Quốc tế lao động",
    "2024-09-02 | Quốc khánh",
    "2024-09-03 | Quốc khánh (ngày liền kề)",
    "2026-02-16 | Tết Âm lịch Bính Ngọ (29 tháng Chạp)",
    "2026-04-27 | Nghỉ bù Giỗ Tổ Hùng Vương (mùng 10 tháng Ba âm lịch), vì ngày 26/04/2026 trùng Chủ nhật",
    "2026-09-01 | Quốc khánh (ngày liền kề)",
    "2027-05-03 | Nghỉ bù Ngày Quốc tế lao động, vì ngày 01/05/2027 trùng thứ Bảy",
    "2028-01-03 | Nghỉ bù Tết Dương lịch, vì ngày 01/01/2028 trùng thứ Bảy",
    "2028-01-31 | Nghỉ bù Tết Âm lịch Mậu Thân (mùng 4 Tết), vì ngày 29/01/2028 trùng thứ Bảy",
    "2028-05-02 | Nghỉ bù Ngày Chiến thắng, vì ngày 30/04/2028 trùng Chủ nhật",
    "2028-09-04 | Nghỉ bù Quốc khánh, vì ngày 02/09/2028 trùng thứ Bảy",
    "2029-09-03 | Quốc khánh (ngày liền kề)",
    "2029-09-04 | Nghỉ bù Quốc khánh, vì ngày 02/09/2029 trùng Chủ nhật",
    "2030-02-01 | Tết Âm lịch Canh Tuất (29 tháng Chạp)",
    "2030-02-07 | Nghỉ bù Tết Âm lịch Canh Tuất (mùng 2 Tết), vì ngày 03/02/2030 trùng Chủ nhật",
  })
  void namedDayOff(LocalDate date, String name) {
    assertThat(HOLIDAYS.forYear(date.getYear()).dayOff(date))
        .hasValueSatisfying(day -> assertThat(day.name()).isEqualTo(name));
  }

  @ParameterizedTest(name = "compensatory day {0} cites Art. 111(3)")
  @CsvSource({"2024-02-14", "2026-04-27", "2028-05-02", "2029-09-04"})
  void compensatoryDaysCiteArticle111(LocalDate date) {
    assertThat(HOLIDAYS.forYear(date.getYear()).dayOff(date))
        .hasValueSatisfying(day ->
            assertThat(day.source()).isEqualTo("Mặc định theo Bộ luật Lao động 2019 (Điều 111 khoản 3)"));
  }
}
