package vn.gov.plans.calendar;

import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's duration and due-date calendars, extended with working days. The convention:
 *
 * <p><b>{@code P<n>WD}</b> (for example {@code P3WD}, "3 ngày làm việc") means the end (23:59:59)
 * of the n-th working day after the start, the start day not counted (Civil Code Art. 147(1));
 * {@code P0WD} is the end of the start day, or of the next working day if it is a day off. It works
 * wherever the engine resolves a duration or a due date: a timer's {@code timeDuration} or {@code
 * timeDate}, a user task's {@code camunda:dueDate} or {@code camunda:followUpDate}. "WD" is not an
 * ISO 8601 designator, so every standard value ({@code P3D}, {@code PT4H}, a date) keeps its usual
 * calendar-time meaning and goes to Camunda's own calendar.
 */
final class WorkingDayBusinessCalendar implements BusinessCalendar {

  static final Pattern WORKING_DAYS = Pattern.compile("\\s*P(\\d{1,4})WD\\s*", Pattern.CASE_INSENSITIVE);

  private final BusinessCalendar standard;
  private final WorkingCalendar calendar;

  WorkingDayBusinessCalendar(BusinessCalendar standard, WorkingCalendar calendar) {
    this.standard = standard;
    this.calendar = calendar;
  }

  @Override
  public Date resolveDuedate(String description) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Date startDate) {
    Matcher matcher = WORKING_DAYS.matcher(description == null ? "" : description);
    if (!matcher.matches()) {
      return standard.resolveDuedate(description, startDate);
    }
    Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
    int days = Integer.parseInt(matcher.group(1));
    return DeadlineTimes.dueAt(calendar.plusWorkingDays(DeadlineTimes.dayOf(start), days));
  }

  @Override
  public Date resolveDuedate(String description, Task task) {
    return WORKING_DAYS.matcher(description == null ? "" : description).matches()
        ? resolveDuedate(description, (Date) null)
        : standard.resolveDuedate(description, task);
  }

  /** Wraps the engine's manager: the duration and due-date calendars gain {@code P<n>WD}. */
  static final class Manager implements BusinessCalendarManager {

    private final BusinessCalendarManager standard;
    private final WorkingCalendar calendar;
    private final Map<String, BusinessCalendar> wrapped = new ConcurrentHashMap<>();

    Manager(BusinessCalendarManager standard, WorkingCalendar calendar) {
      this.standard = standard;
      this.calendar = calendar;
    }

    @Override
    public BusinessCalendar getBusinessCalendar(String name) {
      BusinessCalendar businessCalendar = standard.getBusinessCalendar(name);
      boolean extended =
          DurationBusinessCalendar.NAME.equals(name) || DueDateBusinessCalendar.NAME.equals(name);
      if (!extended || businessCalendar == null) {
        return businessCalendar;
      }
      return wrapped.computeIfAbsent(
          name, key -> new WorkingDayBusinessCalendar(businessCalendar, calendar));
    }
  }
}
