package vn.gov.plans.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.gov.plans.calendar.ReportingSchedule.CalendarDriven;
import vn.gov.plans.calendar.ReportingSchedule.EventDriven;

/** Dates the deadlines of a {@link ReportingSchedule} with the {@link WorkingCalendar}. */
public class ReportingScheduler {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

  /** The longest stretch of days off (a Tết break) plus margin: a due date is never later. */
  private static final int MAX_SHIFT_DAYS = 31;

  private final WorkingCalendar calendar;

  public ReportingScheduler(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /** Reads a schedule from YAML or JSON, e.g. {@code {kind: MONTHLY, day: 20}}. */
  public static ReportingSchedule parse(String yamlOrJson) {
    try {
      return YAML.readValue(yamlOrJson, ReportingSchedule.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Lịch báo cáo không hợp lệ: " + yamlOrJson + " (" + e.getOriginalMessage() + ")", e);
    }
  }

  /**
   * The occurrences whose last day lies in {@code from..to} (both included), in date order. Event
   * driven schedules have none: use {@link #afterEvent}.
   *
   * @param reminderWorkingDays how many working days before the due date to remind (0: that day)
   */
  public List<Occurrence> occurrences(
      ReportingSchedule schedule, LocalDate from, LocalDate to, int reminderWorkingDays) {
    if (!(schedule instanceof CalendarDriven driven)) {
      return List.of();
    }
    DateRange range = new DateRange(from, to);
    return years(from.getYear() - 1, to.getYear() + 1)
        .flatMap(year -> driven.deadlines(year).stream())
        .filter(deadline -> range.contains(deadline.lastDay()))
        .sorted(Comparator.comparing(NominalDeadline::lastDay))
        .map(deadline -> occurrence(deadline, reminderWorkingDays))
        .toList();
  }

  /**
   * The first occurrence whose due date is on or after {@code date} (for the one after a known
   * occurrence, pass its due date plus one day). Empty for event-driven schedules and when no
   * deadline is left.
   */
  public Optional<Occurrence> nextOccurrence(
      ReportingSchedule schedule, LocalDate date, int reminderWorkingDays) {
    if (!(schedule instanceof CalendarDriven driven)) {
      return Optional.empty();
    }
    LocalDate earliestLastDay = date.minusDays(MAX_SHIFT_DAYS);
    return years(earliestLastDay.getYear(), CalendarRange.LAST_YEAR)
        .flatMap(year -> driven.deadlines(year).stream()
            .filter(deadline -> !deadline.lastDay().isBefore(earliestLastDay))
            .sorted(Comparator.comparing(NominalDeadline::lastDay)))
        .map(deadline -> occurrence(deadline, reminderWorkingDays))
        .filter(occurrence -> !occurrence.dueDate().isBefore(date))
        .findFirst();
  }

  /** The occurrence of an event-driven schedule for an event on {@code event}. */
  public Occurrence afterEvent(EventDriven schedule, LocalDate event, int reminderWorkingDays) {
    return occurrence(
        new NominalDeadline(null, schedule.label(event), schedule.lastDay(event, calendar), false),
        reminderWorkingDays);
  }

  private Occurrence occurrence(NominalDeadline deadline, int reminderWorkingDays) {
    if (reminderWorkingDays < 0) {
      throw new IllegalArgumentException("Số ngày nhắc trước phải từ 0 trở lên.");
    }
    DueDate due = calendar.dueDate(deadline.lastDay());
    ReportingPeriod period = deadline.period();
    return new Occurrence(
        period,
        deadline.periodLabel(),
        period == null ? null : period.dataPeriod(),
        deadline.date(),
        deadline.before(),
        deadline.lastDay(),
        due.dueDate(),
        due.reason(),
        calendar.minusWorkingDays(due.dueDate(), reminderWorkingDays));
  }

  private static java.util.stream.Stream<Integer> years(int first, int last) {
    return IntStream.rangeClosed(
            Math.max(first, CalendarRange.FIRST_YEAR), Math.min(last, CalendarRange.LAST_YEAR))
        .boxed();
  }
}
