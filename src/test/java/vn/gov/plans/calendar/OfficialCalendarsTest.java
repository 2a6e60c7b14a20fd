package vn.gov.plans.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficialCalendarsTest {

  private static final Map<Integer, YearCalendar> OFFICIAL = OfficialCalendars.fromClasspath();

  @Test
  void yearFilesOnTheClasspath() {
    assertThat(OFFICIAL).containsKeys(2025, 2026);
    assertThat(OFFICIAL.values()).allMatch(YearCalendar::official);
  }

  @Test
  void tet2026IsNineDaysForCivilServants() {
    YearCalendar year = OFFICIAL.get(2026);
    for (LocalDate day = LocalDate.of(2026, 2, 14); !day.isAfter(LocalDate.of(2026, 2, 22));
        day = day.plusDays(1)) {
      assertThat(year.dayOff(day)).as(day.toString())
          .hasValueSatisfying(off -> {
            assertThat(off.name()).startsWith("Nghỉ Tết Âm lịch Bính Ngọ");
            assertThat(off.source()).contains("Bộ Nội vụ");
          });
    }
    assertThat(year.dayOff(LocalDate.of(2026, 2, 13))).isEmpty();
    assertThat(year.dayOff(LocalDate.of(2026, 2, 23))).isEmpty();
  }

  @ParameterizedTest(name = "{0} is a day off in the {1} file: {2}")
  @CsvSource(delimiter = '|', value = {
    "2025-01-01 | Tết Dương lịch | Bộ luật Lao động 2019",
    "2025-01-25 | Nghỉ Tết Âm lịch Ất Tỵ | Bộ Lao động - Thương binh và Xã hội",
    "2025-02-02 | Nghỉ Tết Âm lịch Ất Tỵ | Bộ Lao động - Thương binh và Xã hội",
    "2025-04-07 | Giỗ Tổ Hùng Vương | Bộ luật Lao động 2019",
    "2025-04-30 | Ngày Chiến thắng | Bộ luật Lao động 2019",
    "2025-05-01 | Ngày Quốc tế lao động | Bộ luật Lao động 2019",
    "2025-05-02 | Nghỉ hoán đổi | 8726/VPCP-KGVX",
    "2025-09-01 | Quốc khánh (ngày liền kề) | Bộ Lao động - Thương binh và Xã hội",
    "2025-09-02 | Quốc khánh | Bộ luật Lao động 2019",
    "2026-01-01 | Tết Dương lịch | Bộ luật Lao động 2019",
    "2026-01-02 | Nghỉ hoán đổi dịp Tết Dương lịch | 12729/VPCP-KGVX",
    "2026-04-26 | Giỗ Tổ Hùng Vương | Bộ luật Lao động 2019",
    "2026-04-27 | Nghỉ bù Giỗ Tổ Hùng Vương | Điều 111 khoản 3",
    "2026-04-30 | Ngày Chiến thắng | Bộ luật Lao động 2019",
    "2026-05-01 | Ngày Quốc tế lao động | Bộ luật Lao động 2019",
    "2026-08-31 | Nghỉ hoán đổi dịp Quốc khánh | Bộ Nội vụ",
    "2026-09-01 | Quốc khánh (ngày liền kề) | Bộ Nội vụ",
    "2026-09-02 | Quốc khánh | Bộ luật Lao động 2019",
  })
  void officialDaysOff(LocalDate date, String namePrefix, String sourcePart) {
    assertThat(OFFICIAL.get(date.getYear()).dayOff(date))
        .hasValueSatisfying(day -> {
          assertThat(day.name()).startsWith(namePrefix);
          assertThat(day.source()).contains(sourcePart);
        });
  }

  @Test
  void workedSaturdays() {
    assertThat(OFFICIAL.get(2025).workingWeekendDays())
        .extracting(CalendarDay::date)
        .containsExactly(LocalDate.of(2025, 4, 26));
    assertThat(OFFICIAL.get(2026).workingWeekendDays())
        .extracting(CalendarDay::date)
        .containsExactly(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22));
  }

  @ParameterizedTest(name = "rejects: {1}")
  @CsvSource(delimiter = '|', value = {
    "year: 2026\\ndaysOff: [{date: 2026-01-02, name: A, source: B}]\\nworkingWeekendDays: [{date: 2026-01-05, name: A, source: B}] | không phải thứ Bảy hay Chủ nhật",
    "year: 2026\\ndaysOff: [{date: 2027-01-01, name: A, source: B}] | không thuộc năm 2026",
    "year: 2026\\ndaysOff: [{date: 2026-01-01, name: A, source: B}, {from: 2025-12-31, to: 2026-01-01, name: A, source: B}] | không thuộc năm 2026",
    "year: 2026\\ndaysOff: [{date: 2026-01-01, name: A, source: B}, {date: 2026-01-01, name: C, source: D}] | được liệt kê hai lần",
    "year: 2026\\ndaysOff: [{date: 2026-01-01, name: A}] | thiếu căn cứ",
    "year: 2026\\ndaysOff: [{from: 2026-01-03, to: 2026-01-01, name: A, source: B}] | theo thứ tự",
    "year: 2026\\ndayOff: [] | sai định dạng",
    "year: 2026\\ndaysOff: [{date: 2026-01-03, name: A, source: B}]\\nworkingWeekendDays: [{date: 2026-01-03, name: A, source: B}] | vừa là ngày nghỉ vừa là ngày làm việc",
  })
  void rejectsInvalidFiles(String yaml, String problem) {
    byte[] bytes = yaml.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> OfficialCalendars.parse(new ByteArrayInputStream(bytes), "year-2026.yaml"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("year-2026.yaml")
        .hasMessageContaining(problem);
  }

  @Test
  void parsesRanges() throws IOException {
    String yaml = """
        year: 2026
        daysOff:
          - from: 2026-02-14
            to: 2026-02-16
            name: Tết
            source: Thông báo
        """;
    YearCalendar year = OfficialCalendars.parse(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "year-2026.yaml");
    assertThat(year.daysOff()).extracting(CalendarDay::date).containsExactly(
        LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 16));
    assertThat(year.workingWeekendDays()).isEmpty();
  }
}
