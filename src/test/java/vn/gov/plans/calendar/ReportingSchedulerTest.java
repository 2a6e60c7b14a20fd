package vn.gov.plans.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.plans.calendar.ReportingSchedule.EventDriven;

/** Each schedule kind over a whole year, with the real calendar. */
class ReportingSchedulerTest {

  private static final ReportingScheduler SCHEDULER =
      new ReportingScheduler(WorkingCalendarTest.CALENDAR);
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

  /** Huế 310/KH-UBND: departments report before 20 June and before 20 December every year. */
  @Test
  void hueDepartmentsBefore20JuneAnd20December() {
    List<Occurrence> occurrences = SCHEDULER.occurrences(
        ReportingScheduler.parse("{kind: ANNUAL_DATES, dates: ['06-20', '12-20'], before: true}"),
        JAN_1, DEC_31, 3);

    assertThat(occurrences).containsExactly(
        new Occurrence(
            new ReportingPeriod(PeriodType.HALF_YEAR, 2026, 1),
            "6 tháng đầu năm 2026",
            new DateRange(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14)),
            LocalDate.of(2026, 6, 20), true,
            LocalDate.of(2026, 6, 19),
            LocalDate.of(2026, 6, 19),
            WorkingCalendarTest.CALENDAR.dueDate(LocalDate.of(2026, 6, 19)).reason(),
            LocalDate.of(2026, 6, 16)),
        new Occurrence(
            new ReportingPeriod(PeriodType.HALF_YEAR, 2026, 2),
            "6 tháng cuối năm 2026",
            new DateRange(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 12, 14)),
            LocalDate.of(2026, 12, 20), true,
            LocalDate.of(2026, 12, 19),
            LocalDate.of(2026, 12, 21),
            "Ngày thứ Bảy 19/12/2026 là ngày nghỉ hằng tuần, nên theo khoản 5 Điều 148 Bộ luật Dân"
                + " sự 2015 thời hạn kết thúc vào cuối ngày làm việc tiếp theo, thứ Hai 21/12/2026.",
            LocalDate.of(2026, 12, 16)));
  }

  /** Huế 310/KH-UBND: press agencies report on the 20th of every month. */
  @ParameterizedTest(name = "tháng {0}/2026: last day {1}, due {2}, reminder {3}")
  @CsvSource({
    "1,  2026-01-20, 2026-01-20, 2026-01-15",
    "2,  2026-02-20, 2026-02-23, 2026-02-11",
    "3,  2026-03-20, 2026-03-20, 2026-03-17",
    "4,  2026-04-20, 2026-04-20, 2026-04-15",
    "5,  2026-05-20, 2026-05-20, 2026-05-15",
    "6,  2026-06-20, 2026-06-22, 2026-06-17",
    "7,  2026-07-20, 2026-07-20, 2026-07-15",
    "8,  2026-08-20, 2026-08-20, 2026-08-17",
    "9,  2026-09-20, 2026-09-21, 2026-09-16",
    "10, 2026-10-20, 2026-10-20, 2026-10-15",
    "11, 2026-11-20, 2026-11-20, 2026-11-17",
    "12, 2026-12-20, 2026-12-21, 2026-12-16",
  })
  void pressAgenciesOnThe20thOfEveryMonth(int month, LocalDate lastDay, LocalDate due,
      LocalDate reminder) {
    List<Occurrence> year = SCHEDULER.occurrences(
        ReportingScheduler.parse("{kind: MONTHLY, day: 20}"), JAN_1, DEC_31, 3);
    assertThat(year).hasSize(12);
    Occurrence occurrence = year.get(month - 1);
    assertThat(occurrence.periodLabel()).isEqualTo("tháng " + month + " năm 2026");
    assertThat(occurrence.dataPeriod().to()).isEqualTo(LocalDate.of(2026, month, 14));
    assertThat(occurrence.dataPeriod().from()).isEqualTo(LocalDate.of(2026, month, 14)
        .minusMonths(1).plusDays(1));
    assertThat(occurrence.lastDay()).isEqualTo(lastDay);
    assertThat(occurrence.dueDate()).isEqualTo(due);
    assertThat(occurrence.reminderDate()).isEqualTo(reminder);
  }

  @Test
  void before1JuneAnd1December() {
    assertThat(SCHEDULER.occurrences(
            ReportingScheduler.parse("{kind: ANNUAL_DATES, dates: ['06-01', '12-01'], before: true}"),
            JAN_1, DEC_31, 0))
        .extracting(Occurrence::periodLabel, Occurrence::lastDay, Occurrence::dueDate,
            Occurrence::reminderDate)
        .containsExactly(
            tuple("6 tháng đầu năm 2026", "2026-05-31", "2026-06-01", "2026-06-01"),
            tuple("6 tháng cuối năm 2026", "2026-11-30", "2026-11-30", "2026-11-30"));
  }

  @Test
  void quarterlyBefore20thOfTheLastMonth() {
    assertThat(SCHEDULER.occurrences(
            ReportingScheduler.parse("{kind: QUARTERLY, monthOfQuarter: 3, day: 20, before: true}"),
            JAN_1, DEC_31, 2))
        .extracting(Occurrence::periodLabel, Occurrence::lastDay, Occurrence::dueDate,
            Occurrence::reminderDate)
        .containsExactly(
            tuple("quý I năm 2026", "2026-03-19", "2026-03-19", "2026-03-17"),
            tuple("quý II năm 2026", "2026-06-19", "2026-06-19", "2026-06-17"),
            tuple("quý III năm 2026", "2026-09-19", "2026-09-21", "2026-09-17"),
            tuple("quý IV năm 2026", "2026-12-19", "2026-12-21", "2026-12-17"));
  }

  @Test
  void quarterlyOnThePreviousQuarter() {
    assertThat(SCHEDULER.occurrences(
            ReportingScheduler.parse("{kind: QUARTERLY, monthOfQuarter: 1, day: 5, periodOffset: -1}"),
            JAN_1, DEC_31, 0))
        .extracting(Occurrence::periodLabel, Occurrence::dueDate)
        .containsExactly(
            tuple("quý IV năm 2025", "2026-01-05"),
            tuple("quý I năm 2026", "2026-04-06"),
            tuple("quý II năm 2026", "2026-07-06"),
            tuple("quý III năm 2026", "2026-10-05"));
  }

  /** Hải Phòng 05-CTPH: a conference "Tháng 10" every year. */
  @Test
  void yearlyInOctober() {
    Occurrence october = SCHEDULER.occurrences(
        ReportingScheduler.parse("{kind: YEARLY, month: 10}"), JAN_1, DEC_31, 5).get(0);
    assertThat(october.periodLabel()).isEqualTo("năm 2026");
    assertThat(october.dataPeriod())
        .isEqualTo(new DateRange(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14)));
    assertThat(october.lastDay()).isEqualTo(LocalDate.of(2026, 10, 31));
    assertThat(october.dueDate()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(october.reminderDate()).isEqualTo(LocalDate.of(2026, 10, 26));
  }

  @Test
  void yearlyOnThePreviousYear() {
    assertThat(SCHEDULER.occurrences(
            ReportingScheduler.parse("{kind: YEARLY, month: 1, day: 15, before: true, periodOffset: -1}"),
            LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), 0))
        .extracting(Occurrence::periodLabel, Occurrence::lastDay, Occurrence::dueDate)
        .containsExactly(
            tuple("năm 2025", "2026-01-14", "2026-01-14"),
            tuple("năm 2026", "2027-01-14", "2027-01-14"));
  }

  @Test
  void fixedDatesOfAPeriod() {
    assertThat(SCHEDULER.occurrences(
            ReportingScheduler.parse(
                "{kind: FIXED_DATES, dates: ['2028-06-30', {date: 2030-12-15, label: 'Tổng kết giai đoạn 2026-2030'}]}"),
            JAN_1, LocalDate.of(2030, 12, 31), 0))
        .extracting(Occurrence::periodLabel, Occurrence::lastDay, Occurrence::dueDate)
        .containsExactly(
            tuple("hạn ngày 30/06/2028", "2028-06-30", "2028-06-30"),
            tuple("Tổng kết giai đoạn 2026-2030", "2030-12-15", "2030-12-16"));
  }

  /** Huế 310/KH-UBND: "hoàn thành năm 2026". */
  @Test
  void withinYear() {
    List<Occurrence> occurrences = SCHEDULER.occurrences(
        ReportingScheduler.parse("{kind: WITHIN_YEAR, year: 2026}"),
        LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), 0);
    assertThat(occurrences)
        .extracting(Occurrence::periodLabel, Occurrence::lastDay, Occurrence::dueDate)
        .containsExactly(tuple("năm 2026", "2026-12-31", "2026-12-31"));
    assertThat(occurrences.get(0).period()).isNull();
    assertThat(occurrences.get(0).dataPeriod()).isNull();
  }

  @Test
  void monthlyOnADayBeyondTheMonth() {
    assertThat(SCHEDULER.occurrences(ReportingScheduler.parse("{kind: MONTHLY, day: 31}"),
            LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30), 0))
        .extracting(Occurrence::lastDay, Occurrence::dueDate)
        .containsExactly(
            tuple("2026-02-28", "2026-03-02"),
            tuple("2026-03-31", "2026-03-31"),
            tuple("2026-04-30", "2026-05-04"));
  }

  @Test
  void workingDaysAfterAnEvent() {
    EventDriven schedule =
        (EventDriven) ReportingScheduler.parse("{kind: WORKING_DAYS_AFTER, days: 5}");
    Occurrence occurrence = SCHEDULER.afterEvent(schedule, LocalDate.of(2026, 2, 12), 1);
    assertThat(occurrence.periodLabel()).isEqualTo("trong 5 ngày làm việc kể từ ngày 12/02/2026");
    assertThat(occurrence.lastDay()).isEqualTo(LocalDate.of(2026, 2, 26));
    assertThat(occurrence.dueDate()).isEqualTo(LocalDate.of(2026, 2, 26));
    assertThat(occurrence.reminderDate()).isEqualTo(LocalDate.of(2026, 2, 25));
    assertThat(SCHEDULER.occurrences(schedule, JAN_1, DEC_31, 0)).isEmpty();
    assertThat(SCHEDULER.nextOccurrence(schedule, JAN_1, 0)).isEmpty();
  }

  @Test
  void calendarDaysAfterAnEvent() {
    Occurrence occurrence = SCHEDULER.afterEvent(
        (EventDriven) ReportingScheduler.parse("{kind: DAYS_AFTER, days: 15}"),
        LocalDate.of(2026, 12, 4), 0);
    assertThat(occurrence.lastDay()).isEqualTo(LocalDate.of(2026, 12, 19));
    assertThat(occurrence.dueDate()).isEqualTo(LocalDate.of(2026, 12, 21));
  }

  @ParameterizedTest(name = "next from {0}: {1}, due {2}")
  @CsvSource({
    "2026-01-01, 6 tháng đầu năm 2026,  2026-06-19",
    "2026-06-19, 6 tháng đầu năm 2026,  2026-06-19",
    "2026-06-20, 6 tháng cuối năm 2026, 2026-12-21",
    "2026-12-21, 6 tháng cuối năm 2026, 2026-12-21",
    "2026-12-22, 6 tháng đầu năm 2027,  2027-06-21",
  })
  void nextOccurrence(LocalDate from, String label, LocalDate due) {
    assertThat(SCHEDULER.nextOccurrence(
            ReportingScheduler.parse("{kind: ANNUAL_DATES, dates: ['06-20', '12-20'], before: true}"),
            from, 0))
        .hasValueSatisfying(next -> {
          assertThat(next.periodLabel()).isEqualTo(label);
          assertThat(next.dueDate()).isEqualTo(due);
        });
  }

  @Test
  void noNextOccurrenceAfterTheLastFixedDate() {
    assertThat(SCHEDULER.nextOccurrence(
            ReportingScheduler.parse("{kind: WITHIN_YEAR, year: 2026}"), LocalDate.of(2027, 1, 1), 0))
        .isEmpty();
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    Object[] converted = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      converted[i] = values[i] instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")
          ? LocalDate.parse(text) : values[i];
    }
    return org.assertj.core.groups.Tuple.tuple(converted);
  }
}
