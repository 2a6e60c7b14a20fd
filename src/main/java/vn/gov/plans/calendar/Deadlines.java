package vn.gov.plans.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.gov.plans.calendar.ReportingSchedule.EventDriven;

/**
 * Deadline arithmetic for diagrams and delegates, as the bean {@value #BEAN_NAME}: a diagram only
 * calls it, e.g. {@code camunda:dueDate="${deadlines.dueDateBefore(reportBefore)}"}.
 *
 * <p>Every "day" parameter accepts a {@link Date}, a java.time date or an ISO string ("2026-12-20");
 * counts may be EL integers. Due dates are 23:59:59 and reminders 08:00 of their day in Vietnam
 * ({@link DeadlineTimes}). "Today" is the process engine's clock unless another clock is given.
 */
@Component(Deadlines.BEAN_NAME)
public class Deadlines {

  public static final String BEAN_NAME = "deadlines";

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private final WorkingCalendar calendar;
  private final ReportingScheduler scheduler;
  private final Clock clock;

  @Autowired
  public Deadlines(WorkingCalendar calendar, ReportingScheduler scheduler) {
    this(calendar, scheduler, EngineClock.INSTANCE);
  }

  public Deadlines(WorkingCalendar calendar, ReportingScheduler scheduler, Clock clock) {
    this.calendar = calendar;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  /** "Chậm nhất ngày D": the end of D, or of the next working day when D is a day off. */
  public Date dueDate(Object lastDay) {
    return DeadlineTimes.dueAt(calendar.dueDate(DeadlineTimes.toDay(lastDay)).dueDate());
  }

  /** "Trước ngày D": the same for the last day D − 1. */
  public Date dueDateBefore(Object day) {
    return DeadlineTimes.dueAt(calendar.dueDateBefore(DeadlineTimes.toDay(day)).dueDate());
  }

  /** 08:00 of the day {@code workingDaysBefore} working days before the day of {@code dueDate}. */
  public Date reminderDate(Object dueDate, int workingDaysBefore) {
    return DeadlineTimes.remindAt(
        calendar.minusWorkingDays(DeadlineTimes.toDay(dueDate), workingDaysBefore));
  }

  /** The end of the {@code days}-th working day after the day of {@code start} (not counted). */
  public Date workingDaysAfter(Object start, int days) {
    return DeadlineTimes.dueAt(calendar.plusWorkingDays(DeadlineTimes.toDay(start), days));
  }

  /** The end of the {@code days}-th working day after today (0: today, or the next working day). */
  public Date workingDaysFromNow(int days) {
    return DeadlineTimes.dueAt(calendar.plusWorkingDays(today(), days));
  }

  /**
   * 24:00 of the day, the first instant after it: the moment a due date is passed, e.g. for an
   * "overdue" timer: {@code ${deadlines.endOfDay(deadlines.dueDateBefore(reportBefore))}}.
   */
  public Date endOfDay(Object day) {
    return DeadlineTimes.endOf(DeadlineTimes.toDay(day));
  }

  public boolean isWorkingDay(Object day) {
    return calendar.isWorkingDay(DeadlineTimes.toDay(day));
  }

  /**
   * The next occurrence of a schedule that is not past today. The schedule is a {@link
   * ReportingSchedule}, a map, or YAML/JSON text such as {@code "{kind: MONTHLY, day: 20}"}.
   *
   * @throws IllegalArgumentException when the schedule has no further deadline
   */
  public Occurrence nextOccurrence(Object schedule, int reminderWorkingDays) {
    return nextOccurrenceFrom(schedule, today(), reminderWorkingDays);
  }

  /** The first occurrence whose due date is on or after {@code date}. */
  public Occurrence nextOccurrenceFrom(Object schedule, Object date, int reminderWorkingDays) {
    ReportingSchedule parsed = schedule(schedule);
    LocalDate from = DeadlineTimes.toDay(date);
    return scheduler.nextOccurrence(parsed, from, reminderWorkingDays)
        .orElseThrow(() -> new IllegalArgumentException(
            "Lịch báo cáo không còn hạn nào từ ngày " + VietnameseDates.format(from) + ": " + schedule));
  }

  /** The due date (23:59:59) of the next occurrence not past today. */
  public Date nextDueDate(Object schedule) {
    return DeadlineTimes.dueAt(nextOccurrence(schedule, 0).dueDate());
  }

  /** The occurrence of an event-driven schedule ({@code WORKING_DAYS_AFTER}, {@code DAYS_AFTER}). */
  public Occurrence afterEvent(Object schedule, Object event, int reminderWorkingDays) {
    if (!(schedule(schedule) instanceof EventDriven driven)) {
      throw new IllegalArgumentException("Lịch báo cáo không tính từ một sự kiện: " + schedule);
    }
    return scheduler.afterEvent(driven, DeadlineTimes.toDay(event), reminderWorkingDays);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(LunarDates.ZONE));
  }

  private static ReportingSchedule schedule(Object value) {
    if (value instanceof ReportingSchedule schedule) {
      return schedule;
    } else if (value instanceof CharSequence text) {
      return ReportingScheduler.parse(text.toString());
    } else if (value instanceof Map<?, ?> map) {
      return JSON.convertValue(map, ReportingSchedule.class);
    }
    throw new IllegalArgumentException("Không hiểu lịch báo cáo: " + value);
  }
}
