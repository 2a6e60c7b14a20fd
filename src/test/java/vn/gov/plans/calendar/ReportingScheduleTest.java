package vn.gov.plans.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.plans.calendar.ReportingSchedule.AnnualDates;
import vn.gov.plans.calendar.ReportingSchedule.DaysAfter;
import vn.gov.plans.calendar.ReportingSchedule.FixedDate;
import vn.gov.plans.calendar.ReportingSchedule.FixedDates;
import vn.gov.plans.calendar.ReportingSchedule.Monthly;
import vn.gov.plans.calendar.ReportingSchedule.Quarterly;
import vn.gov.plans.calendar.ReportingSchedule.WithinYear;
import vn.gov.plans.calendar.ReportingSchedule.WorkingDaysAfter;
import vn.gov.plans.calendar.ReportingSchedule.Yearly;

/** The plan-file shapes of schedules (YAML and JSON through Jackson). */
class ReportingScheduleTest {

  @Test
  void readsEveryKindFromYaml() {
    assertThat(ReportingScheduler.parse("{kind: MONTHLY, day: 20}"))
        .isEqualTo(new Monthly(20, false, 0));
    assertThat(ReportingScheduler.parse("{kind: QUARTERLY, day: 20, before: true}"))
        .isEqualTo(new Quarterly(3, 20, true, 0));
    assertThat(ReportingScheduler.parse("{kind: ANNUAL_DATES, dates: ['06-20', '12-20'], before: true}"))
        .isEqualTo(new AnnualDates(
            List.of(MonthDay.of(6, 20), MonthDay.of(12, 20)), true, PeriodType.HALF_YEAR, 0));
    assertThat(ReportingScheduler.parse("{kind: YEARLY, month: 10}"))
        .isEqualTo(new Yearly(10, null, false, 0));
    assertThat(ReportingScheduler.parse("""
        kind: FIXED_DATES
        dates:
          - 2028-06-30
          - date: 2030-12-15
            label: Tổng kết giai đoạn 2026-2030
        """))
        .isEqualTo(new FixedDates(List.of(
            new FixedDate(LocalDate.of(2028, 6, 30), null),
            new FixedDate(LocalDate.of(2030, 12, 15), "Tổng kết giai đoạn 2026-2030")), false));
    assertThat(ReportingScheduler.parse("{kind: WITHIN_YEAR, year: 2026}"))
        .isEqualTo(new WithinYear(2026));
    assertThat(ReportingScheduler.parse("{kind: WORKING_DAYS_AFTER, days: 5}"))
        .isEqualTo(new WorkingDaysAfter(5));
    assertThat(ReportingScheduler.parse("{\"kind\": \"DAYS_AFTER\", \"days\": 15}"))
        .isEqualTo(new DaysAfter(15));
  }

  @Test
  void writesJsonThatReadsBack() throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    ReportingSchedule hue = new AnnualDates(
        List.of(MonthDay.of(12, 20), MonthDay.of(6, 20)), true, null, 0);
    String text = json.writeValueAsString(hue);
    assertThat(text).contains("\"kind\":\"ANNUAL_DATES\"", "\"dates\":[\"06-20\",\"12-20\"]");
    assertThat(json.readValue(text, ReportingSchedule.class)).isEqualTo(hue);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "{kind: WEEKLY, day: 1} | WEEKLY",
    "{kind: MONTHLY, day: 32} | day phải từ 1 đến 31",
    "{kind: QUARTERLY, monthOfQuarter: 4, day: 5} | monthOfQuarter phải từ 1 đến 3",
    "{kind: ANNUAL_DATES, dates: ['06-20', '09-20', '12-20']} | cần ghi rõ kỳ báo cáo",
    "{kind: ANNUAL_DATES, dates: ['20/06']} | MM-dd",
    "{kind: YEARLY, month: 12, before: true} | cần ngày",
    "{kind: WORKING_DAYS_AFTER, days: 0} | days phải lớn hơn 0",
    "{kind: WITHIN_YEAR, year: 2200} | 2200",
    "{kind: FIXED_DATES, dates: []} | cần ít nhất một ngày",
  })
  void rejectsBadSchedules(String yaml, String message) {
    assertThatThrownBy(() -> ReportingScheduler.parse(yaml))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Lịch báo cáo không hợp lệ")
        .hasMessageContaining(message);
  }

  @ParameterizedTest(name = "{0} → {1}, data {2}..{3}")
  @CsvSource({
    "2026-12-20, MONTH,     tháng 12 năm 2026,      2026-11-15, 2026-12-14, 2026-12",
    "2026-01-20, MONTH,     tháng 1 năm 2026,       2025-12-15, 2026-01-14, 2026-01",
    "2026-05-20, QUARTER,   quý II năm 2026,        2026-03-15, 2026-06-14, 2026-Q2",
    "2026-02-01, QUARTER,   quý I năm 2026,         2025-12-15, 2026-03-14, 2026-Q1",
    "2026-06-19, HALF_YEAR, 6 tháng đầu năm 2026,   2025-12-15, 2026-06-14, 2026-H1",
    "2026-12-19, HALF_YEAR, 6 tháng cuối năm 2026,  2026-06-15, 2026-12-14, 2026-H2",
    "2026-10-31, YEAR,      năm 2026,               2025-12-15, 2026-12-14, 2026",
  })
  void periodsUnderDecree09(LocalDate day, PeriodType type, String label, LocalDate from,
      LocalDate to, String key) {
    ReportingPeriod period = ReportingPeriod.containing(type, day);
    assertThat(period.label()).isEqualTo(label);
    assertThat(period.dataPeriod()).isEqualTo(new DateRange(from, to));
    assertThat(period.key()).isEqualTo(key);
  }

  @Test
  void periodOffsets() {
    assertThat(new ReportingPeriod(PeriodType.QUARTER, 2026, 1).plus(-1))
        .isEqualTo(new ReportingPeriod(PeriodType.QUARTER, 2025, 4));
    assertThat(new ReportingPeriod(PeriodType.MONTH, 2026, 12).plus(1))
        .isEqualTo(new ReportingPeriod(PeriodType.MONTH, 2027, 1));
    assertThat(new ReportingPeriod(PeriodType.YEAR, 2026, 1).plus(-1).label()).isEqualTo("năm 2025");
  }
}
