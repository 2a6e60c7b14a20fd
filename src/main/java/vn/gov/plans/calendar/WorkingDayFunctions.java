package vn.gov.plans.calendar;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Functions registered in the engine's expression language by {@link WorkingCalendarPlugin}, for
 * Tasklist filters and other engine expressions.
 *
 * <p>{@code ${workingDaysFromNow(3)}}: 24:00 of the third working day after today (engine clock), the
 * bound for "due within 3 working days" in a filter's {@code dueBefore} expression.
 */
public final class WorkingDayFunctions {

  /** The function's name in expressions. */
  public static final String WORKING_DAYS_FROM_NOW = "workingDaysFromNow";

  static final Method WORKING_DAYS_FROM_NOW_METHOD;

  static {
    try {
      WORKING_DAYS_FROM_NOW_METHOD =
          WorkingDayFunctions.class.getMethod(WORKING_DAYS_FROM_NOW, int.class);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Set by the plugin: EL functions are static methods, so the calendar is held here. */
  private static volatile WorkingCalendar calendar;

  private WorkingDayFunctions() {}

  static void use(WorkingCalendar workingCalendar) {
    calendar = workingCalendar;
  }

  /**
   * The end (24:00, i.e. 00:00 of the following day) of the {@code days}-th working day after
   * today; 0 means the end of today, or of the next working day when today is a day off.
   */
  public static Date workingDaysFromNow(int days) {
    WorkingCalendar current = calendar;
    if (current == null) {
      throw new IllegalStateException("Lịch làm việc chưa được đăng ký vào process engine.");
    }
    LocalDate today = DeadlineTimes.dayOf(ClockUtil.getCurrentTime());
    return DeadlineTimes.endOf(current.plusWorkingDays(today, days));
  }
}
