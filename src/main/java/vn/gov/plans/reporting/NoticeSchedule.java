package vn.gov.plans.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.gov.plans.calendar.DeadlineTimes;

/**
 * When the agencies of one period are reminded and told that they are late, and which of them are
 * due at a given moment. The period's sweep ({@code reporting-period.bpmn}) asks at each of its
 * moments; nothing here touches the engine or the database.
 *
 * <p>An agency is reminded at 08:00 of the period's reminder day, or of its own last day once its
 * deadline was extended; it is late at the end of its last day ({@code dueAt}). An agency already
 * late when its reminder comes due only gets the overdue notice: "sắp đến hạn" would be false.
 */
final class NoticeSchedule {

  /**
   * What is due at one moment.
   *
   * @param remind agencies to remind now
   * @param overdue agencies to tell that they are late now
   * @param more whether further agencies were due beyond {@code limit}: sweep again at once
   * @param next the next moment something falls due, {@code null} when nothing is left to send
   */
  record Due(List<ReportingRepository.AgencyReportRow> remind, List<ReportingRepository.AgencyReportRow> overdue,
      boolean more, Instant next) {

    int size() {
      return remind.size() + overdue.size();
    }
  }

  private final Function<LocalDate, Instant> dueAt;

  /** @param dueAt the moment after which a report whose last day is the given day is late */
  NoticeSchedule(Function<LocalDate, Instant> dueAt) {
    this.dueAt = dueAt;
  }

  /** The first moment of a period just opened: its reminder, or its due date when it has none. */
  Instant first(ReportingRepository.PeriodRow period) {
    return period.reminderDate() != null ? remindAt(period.reminderDate()) : dueAt.apply(period.dueDate());
  }

  Instant reminderAt(ReportingRepository.PeriodRow period, ReportingRepository.AgencyReportRow report) {
    boolean extended = !report.dueDate().equals(report.originalDueDate());
    return remindAt(period.reminderDate() == null || extended ? report.dueDate() : period.reminderDate());
  }

  /**
   * @param waiting the period's reports not yet sent whose notices are not all out, by agency
   * @param limit how many agencies at most to take now (one transaction)
   */
  Due at(Instant now, ReportingRepository.PeriodRow period, List<ReportingRepository.AgencyReportRow> waiting,
      int limit) {
    List<ReportingRepository.AgencyReportRow> remind = new ArrayList<>();
    List<ReportingRepository.AgencyReportRow> overdue = new ArrayList<>();
    boolean more = false;
    Instant next = null;
    for (ReportingRepository.AgencyReportRow report : waiting) {
      if (report.submittedOn() != null || report.overdueNotified()) {
        continue;
      }
      Instant late = dueAt.apply(report.dueDate());
      Instant reminder = reminderAt(period, report);
      boolean isLate = !late.isAfter(now);
      boolean isReminded = !isLate && !report.reminderSent() && !reminder.isAfter(now);
      if (isLate || isReminded) {
        if (remind.size() + overdue.size() >= limit) {
          more = true;
        } else {
          (isLate ? overdue : remind).add(report);
          if (isReminded) {
            next = earliest(next, late);
          }
        }
      } else {
        next = earliest(next, report.reminderSent() ? late : reminder);
      }
    }
    return new Due(remind, overdue, more, next);
  }

  private static Instant remindAt(LocalDate day) {
    return DeadlineTimes.remindAt(day).toInstant();
  }

  private static Instant earliest(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }
}
