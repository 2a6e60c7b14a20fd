package vn.gov.plans.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * The instants the engine stores for a day, all in Vietnam's zone, and the conversions of the values
 * an expression may pass as a day.
 *
 * <ul>
 *   <li>A due date is 23:59:59 of its day: the period ends at 24:00 (Civil Code Art. 148(6)) and
 *       Tasklist still shows the right day.
 *   <li>A reminder is 08:00 of its day, the start of office hours, so reminder timers do not fire
 *       at night.
 *   <li>A query bound "by the end of day D" is 00:00 of the next day (24:00 of D), so that {@code
 *       dueBefore} includes tasks due at 23:59:59 of D.
 * </ul>
 */
public final class DeadlineTimes {

  public static final LocalTime DUE_TIME = LocalTime.of(23, 59, 59);
  public static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);

  private DeadlineTimes() {}

  public static Date dueAt(LocalDate day) {
    return at(day, DUE_TIME);
  }

  public static Date remindAt(LocalDate day) {
    return at(day, REMINDER_TIME);
  }

  /** 24:00 of the day, i.e. the first instant after it. */
  public static Date endOf(LocalDate day) {
    return at(day.plusDays(1), LocalTime.MIDNIGHT);
  }

  public static LocalDate dayOf(Date date) {
    return LocalDate.ofInstant(date.toInstant(), LunarDates.ZONE);
  }

  /**
   * The Vietnamese day of a value given by an expression: a {@link Date}, a java.time value, or an
   * ISO string ("2026-12-20", "2026-12-20T10:00:00+07:00").
   */
  public static LocalDate toDay(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    } else if (value instanceof Date date) {
      return dayOf(date);
    } else if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate();
    } else if (value instanceof ZonedDateTime dateTime) {
      return dateTime.withZoneSameInstant(LunarDates.ZONE).toLocalDate();
    } else if (value instanceof OffsetDateTime dateTime) {
      return dateTime.atZoneSameInstant(LunarDates.ZONE).toLocalDate();
    } else if (value instanceof Instant instant) {
      return LocalDate.ofInstant(instant, LunarDates.ZONE);
    } else if (value instanceof CharSequence text) {
      return parse(text.toString().trim());
    }
    throw new UnsupportedDateException("Không hiểu giá trị ngày: " + value + ".");
  }

  private static LocalDate parse(String text) {
    try {
      if (text.length() <= 10) {
        return LocalDate.parse(text);
      }
      try {
        return toDay(OffsetDateTime.parse(text));
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(text).toLocalDate();
      }
    } catch (DateTimeParseException e) {
      throw new UnsupportedDateException(
          "Ngày không hợp lệ: \"" + text + "\". Hãy viết theo dạng yyyy-MM-dd, ví dụ 2026-12-19.");
    }
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(LunarDates.ZONE).toInstant());
  }
}
