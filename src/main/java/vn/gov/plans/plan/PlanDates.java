package vn.gov.plans.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import vn.gov.plans.calendar.EngineClock;

/** Dates as process variables (start of the day in Vietnam) and "today" by the engine's clock. */
public final class PlanDates {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private PlanDates() {}

  public static Date toDate(LocalDate date) {
    return date == null ? null : Date.from(date.atStartOfDay(VIETNAM).toInstant());
  }

  public static LocalDate toLocalDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(VIETNAM).toLocalDate();
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }

  /** Today by the engine's clock (moved by tests). */
  public static LocalDate today() {
    return LocalDate.now(EngineClock.INSTANCE);
  }
}
