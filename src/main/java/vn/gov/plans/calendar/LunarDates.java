package vn.gov.plans.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converts between Gregorian dates and the Vietnamese lunar calendar ({@link
 * VietnameseLunarCalendar}). Thread-safe; lunar new years are cached.
 */
public class LunarDates {

  /** The zone in which a Gregorian date is a day: Vietnam. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Map<Integer, LocalDate> newYears = new ConcurrentHashMap<>();

  /** The lunar date of a Gregorian day. */
  public LunarDate toLunar(LocalDate date) {
    CalendarRange.requireDate(date);
    Calendar calendar = newCalendar();
    calendar.setTimeInMillis(noonMillis(date));
    return new LunarDate(
        date,
        calendar.get(Calendar.EXTENDED_YEAR) - VietnameseLunarCalendar.EXTENDED_YEAR_OFFSET,
        calendar.get(Calendar.MONTH) + 1,
        calendar.get(Calendar.DAY_OF_MONTH),
        calendar.get(Calendar.IS_LEAP_MONTH) == 1);
  }

  /**
   * The Gregorian day of a lunar date.
   *
   * @throws UnsupportedDateException if that lunar date does not exist (a leap month the year does
   *     not have, or day 30 of a 29-day month)
   */
  public LocalDate toSolar(int lunarYear, int lunarMonth, boolean leapMonth, int lunarDay) {
    CalendarRange.requireYear(lunarYear);
    Calendar calendar = newCalendar();
    calendar.clear();
    calendar.set(Calendar.EXTENDED_YEAR, lunarYear + VietnameseLunarCalendar.EXTENDED_YEAR_OFFSET);
    calendar.set(Calendar.MONTH, lunarMonth - 1);
    calendar.set(Calendar.IS_LEAP_MONTH, leapMonth ? 1 : 0);
    calendar.set(Calendar.DAY_OF_MONTH, lunarDay);
    calendar.set(Calendar.HOUR_OF_DAY, 12);
    LocalDate date =
        java.time.Instant.ofEpochMilli(calendar.getTimeInMillis()).atZone(ZONE).toLocalDate();
    LunarDate check = toLunar(date);
    if (check.lunarYear() != lunarYear
        || check.lunarMonth() != lunarMonth
        || check.leapMonth() != leapMonth
        || check.lunarDay() != lunarDay) {
      throw new UnsupportedDateException(
          "Không có ngày " + lunarDay + " tháng " + lunarMonth + (leapMonth ? " nhuận" : "")
              + " năm " + lunarYear + " âm lịch.");
    }
    return date;
  }

  /** The first day of the lunar year that begins in the given Gregorian year: Tết Nguyên đán. */
  public LocalDate newYear(int lunarYear) {
    CalendarRange.requireYear(lunarYear);
    return newYears.computeIfAbsent(lunarYear, year -> toSolar(year, 1, false, 1));
  }

  /** The number of the month that is doubled in this lunar year, if it has a leap month. */
  public OptionalInt leapMonth(int lunarYear) {
    LocalDate day = newYear(lunarYear);
    LocalDate next = lunarYear < CalendarRange.LAST_YEAR ? newYear(lunarYear + 1) : day.plusDays(354);
    for (; day.isBefore(next); day = day.plusDays(29)) {
      LunarDate lunar = toLunar(day);
      if (lunar.leapMonth()) {
        return OptionalInt.of(lunar.lunarMonth());
      }
    }
    return OptionalInt.empty();
  }

  private static Calendar newCalendar() {
    return new VietnameseLunarCalendar(IcuZone.VIETNAM);
  }

  /**
   * ICU's zone, loaded with ICU's time-zone data on the first conversion rather than when the bean
   * is created (about 80 ms of each start: README, "Benchmarks", item 4).
   */
  private static final class IcuZone {
    static final TimeZone VIETNAM = TimeZone.getFrozenTimeZone("Asia/Ho_Chi_Minh");
  }

  private static long noonMillis(LocalDate date) {
    return date.atTime(12, 0).atZone(ZONE).toInstant().toEpochMilli();
  }
}
