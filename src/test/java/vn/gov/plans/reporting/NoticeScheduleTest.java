package vn.gov.plans.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.plans.calendar.DeadlineTimes;

/** Which agencies a period's sweep reminds or tells that they are late, and when it comes back. */
class NoticeScheduleTest {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final LocalDate DUE = LocalDate.of(2026, 6, 19);
  static final LocalDate REMINDER = LocalDate.of(2026, 6, 16);
  static final ReportingRepository.PeriodRow PERIOD = new ReportingRepository.PeriodRow(1, 1, 1L, ReportKind.PERIODIC,
      "Báo cáo kết quả", "2026-H1", "6 tháng đầu năm 2026", null, null, DUE, REMINDER, LocalDate.of(2026, 6, 26),
      "hue-skhcn", "hue-ubnd", PeriodStatus.OPEN, null, null, null, null, null, null, "p1");

  final NoticeSchedule schedule = new NoticeSchedule(day -> DeadlineTimes.dueAt(day).toInstant());

  static ReportingRepository.AgencyReportRow row(String agency, LocalDate due, boolean reminded, boolean notified) {
    return new ReportingRepository.AgencyReportRow(1, agency, due, DUE, null, null, null, null, null, notified, reminded);
  }

  static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(VIETNAM).toInstant();
  }

  @Test
  void beforeTheReminderNothingIsDueAndTheSweepComesBackAtEightOnTheReminderDay() {
    NoticeSchedule.Due due = schedule.at(at(LocalDate.of(2026, 6, 15), 9), PERIOD,
        List.of(row("a", DUE, false, false), row("b", DUE, false, false)), 250);

    assertThat(due.size()).isZero();
    assertThat(due.more()).isFalse();
    assertThat(due.next()).isEqualTo(at(REMINDER, 8)).isEqualTo(schedule.first(PERIOD));
  }

  @Test
  void onTheReminderDayTheAgenciesAreRemindedAndTheSweepComesBackAtTheEndOfTheLastDay() {
    NoticeSchedule.Due due = schedule.at(at(REMINDER, 8), PERIOD,
        List.of(row("a", DUE, false, false), row("b", DUE, true, false)), 250);

    assertThat(due.remind()).extracting(ReportingRepository.AgencyReportRow::agency).containsExactly("a");
    assertThat(due.overdue()).isEmpty();
    assertThat(due.next()).isEqualTo(DeadlineTimes.dueAt(DUE).toInstant());
  }

  @Test
  void afterTheLastDayOnlyTheOverdueNoticeGoesOutEvenWhenTheReminderNeverDid() {
    NoticeSchedule.Due due = schedule.at(at(DUE.plusDays(1), 0), PERIOD,
        List.of(row("a", DUE, false, false), row("b", DUE, true, false), row("c", DUE, true, true)), 250);

    assertThat(due.remind()).isEmpty();
    assertThat(due.overdue()).extracting(ReportingRepository.AgencyReportRow::agency).containsExactly("a", "b");
    assertThat(due.next()).as("nothing left").isNull();
  }

  @Test
  void anExtendedAgencyIsRemindedOnItsNewLastDayAndLateAfterIt() {
    LocalDate extended = LocalDate.of(2026, 6, 24);
    ReportingRepository.AgencyReportRow row = row("a", extended, false, false);

    assertThat(schedule.reminderAt(PERIOD, row)).isEqualTo(at(extended, 8));
    NoticeSchedule.Due due = schedule.at(at(DUE.plusDays(1), 9), PERIOD, List.of(row), 250);
    assertThat(due.size()).isZero();
    assertThat(due.next()).isEqualTo(at(extended, 8));
  }

  @Test
  void aBatchTakesAtMostTheLimitAndSaysThatMoreAreDue() {
    NoticeSchedule.Due due = schedule.at(at(DUE.plusDays(1), 9), PERIOD,
        List.of(row("a", DUE, true, false), row("b", DUE, true, false), row("c", DUE, true, false)), 2);

    assertThat(due.overdue()).extracting(ReportingRepository.AgencyReportRow::agency).containsExactly("a", "b");
    assertThat(due.more()).isTrue();
  }

  @Test
  void aReportAlreadySentIsLeftAlone() {
    var sent = new ReportingRepository.AgencyReportRow(1, "a", DUE, DUE, null, DUE, "x", null, null, false, false);

    NoticeSchedule.Due due = schedule.at(at(DUE.plusDays(1), 9), PERIOD, List.of(sent), 250);
    assertThat(due.size()).isZero();
    assertThat(due.next()).isNull();
  }
}
