package vn.gov.plans.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarDatesTest {

  private final LunarDates lunarDates = new LunarDates();

  @ParameterizedTest(name = "Tết {0} in Vietnam is {1}")
  @CsvSource({
    "1985, 1985-01-21",
    "2007, 2007-02-17",
    "2023, 2023-01-22",
    "2024, 2024-02-10",
    "2025, 2025-01-29",
    "2026, 2026-02-17",
    "2027, 2027-02-06",
    "2028, 2028-01-26",
    "2029, 2029-02-13",
    "2030, 2030-02-02",
  })
  void lunarNewYear(int year, LocalDate tet) {
    assertThat(lunarDates.newYear(year)).isEqualTo(tet);
    assertThat(lunarDates.toLunar(tet)).isEqualTo(new LunarDate(tet, year, 1, 1, false));
    assertThat(lunarDates.toLunar(tet.minusDays(1)).lunarMonth()).isEqualTo(12);
  }

  /**
   * The same days in ICU's Chinese calendar (UTC+8): the difference comes from the meridian. Not
   * 2030: the new moon of 2 February 2030 is minutes after midnight in Beijing, and ICU 77's
   * astronomy puts it before, so ICU 77 itself says 2 February for China too (ICU 78 corrects
   * China only). Vietnam's 2 February 2030 is checked in {@link #lunarNewYear}.
   */
  @ParameterizedTest(name = "Tết {0}: Vietnam {1}, China {2}")
  @CsvSource({
    "1985, 1985-01-21, 1985-02-20",
    "2007, 2007-02-17, 2007-02-18",
  })
  void vietnamAndChinaDiffer(int year, LocalDate vietnam, LocalDate china) {
    assertThat(lunarDates.newYear(year)).isEqualTo(vietnam);
    assertThat(chineseMonthAndDay(china)).isEqualTo("1/1");
    assertThat(chineseMonthAndDay(vietnam)).isNotEqualTo("1/1");
  }

  @ParameterizedTest(name = "{0} is {3}/{2} of lunar {1}, leap {4}")
  @CsvSource({
    "2026-02-17, 2026, 1,  1, false",
    "2026-02-16, 2025, 12, 29, false",
    "2023-03-21, 2023, 2, 30, false",
    "2023-03-22, 2023, 2,  1, true",
    "2023-04-01, 2023, 2, 11, true",
    "2023-04-20, 2023, 3,  1, false",
    "2025-07-24, 2025, 6, 30, false",
    "2025-07-25, 2025, 6,  1, true",
    "2025-08-23, 2025, 7,  1, false",
    "2026-04-26, 2026, 3, 10, false",
  })
  void toLunar(LocalDate date, int year, int month, int day, boolean leap) {
    assertThat(lunarDates.toLunar(date)).isEqualTo(new LunarDate(date, year, month, day, leap));
    assertThat(lunarDates.toSolar(year, month, leap, day)).isEqualTo(date);
  }

  @ParameterizedTest(name = "lunar {0} has leap month {1}")
  @CsvSource({"2020, 4", "2023, 2", "2025, 6", "2028, 5", "2024, 0", "2026, 0", "2027, 0"})
  void leapMonths(int year, int leapMonth) {
    if (leapMonth == 0) {
      assertThat(lunarDates.leapMonth(year)).isEmpty();
    } else {
      assertThat(lunarDates.leapMonth(year)).hasValue(leapMonth);
    }
  }

  @Test
  void vietnameseText() {
    assertThat(lunarDates.toLunar(LocalDate.of(2026, 2, 17)).text())
        .isEqualTo("mùng 1 tháng Giêng năm Bính Ngọ");
    assertThat(lunarDates.toLunar(LocalDate.of(2023, 4, 1)).text())
        .isEqualTo("11 tháng Hai nhuận năm Quý Mão");
    assertThat(LunarDate.canChi(2025)).isEqualTo("Ất Tỵ");
    assertThat(LunarDate.canChi(1985)).isEqualTo("Ất Sửu");
  }

  @Test
  void rejectsDatesThatDoNotExist() {
    assertThatThrownBy(() -> lunarDates.toSolar(2026, 3, true, 1))
        .isInstanceOf(UnsupportedDateException.class)
        .hasMessageContaining("tháng 3 nhuận năm 2026");
    assertThatThrownBy(() -> lunarDates.toLunar(LocalDate.of(1899, 12, 31)))
        .isInstanceOf(UnsupportedDateException.class)
        .hasMessageContaining("1899");
  }

  private static String chineseMonthAndDay(LocalDate date) {
    ChineseCalendar chinese = new ChineseCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
    chinese.setTimeInMillis(date.atTime(12, 0).atZone(java.time.ZoneId.of("Asia/Shanghai"))
        .toInstant().toEpochMilli());
    return (chinese.get(Calendar.MONTH) + 1) + "/" + chinese.get(Calendar.DAY_OF_MONTH);
  }
}
