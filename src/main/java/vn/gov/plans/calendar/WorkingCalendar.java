package vn.gov.plans.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working days of Vietnamese state agencies: Monday to Friday, except the days off of the year,
 * plus the Saturdays and Sundays worked in exchange. A year with an official file ({@link
 * OfficialCalendars}) uses exactly that file; any other year uses {@link StatutoryHolidays}.
 * Thread-safe; years are computed once.
 */
public class WorkingCalendar {

  private final Map<Integer, YearCalendar> official;
  private final StatutoryHolidays statutory;
  private final Map<Integer, YearCalendar> years = new ConcurrentHashMap<>();

  public WorkingCalendar(Map<Integer, YearCalendar> official, StatutoryHolidays statutory) {
    this.official = Map.copyOf(official);
    this.statutory = statutory;
  }

  /** The calendar with the official files on the classpath. */
  public static WorkingCalendar standard() {
    return new WorkingCalendar(
        OfficialCalendars.fromClasspath(), new StatutoryHolidays(new LunarDates()));
  }

  /** The days off and worked weekend days of a year, official or computed. */
  public YearCalendar year(int year) {
    CalendarRange.requireYear(year);
    return years.computeIfAbsent(
        year, y -> official.containsKey(y) ? official.get(y) : statutory.forYear(y));
  }

  public boolean isWorkingDay(LocalDate date) {
    YearCalendar year = year(CalendarRange.requireDate(date).getYear());
    if (year.workingWeekendDay(date).isPresent()) {
      return true;
    }
    return !VietnameseDates.isWeekend(date) && year.dayOff(date).isEmpty();
  }

  /** The named day off on this date, if any (ordinary weekends have none). */
  public Optional<CalendarDay> dayOff(LocalDate date) {
    return year(CalendarRange.requireDate(date).getYear()).dayOff(date);
  }

  /** The date itself when it is a working day, otherwise the next working day. */
  public LocalDate workingDayOnOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * The n-th working day after {@code date}, not counting {@code date} itself (Civil Code Art.
   * 147(1): a period in days starts the day after the event). n = 0 gives {@link
   * #workingDayOnOrAfter}; a negative n counts backwards.
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    if (n == 0) {
      return workingDayOnOrAfter(date);
    }
    int step = n > 0 ? 1 : -1;
    LocalDate day = date;
    for (int left = Math.abs(n); left > 0; ) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** The n-th working day before {@code date}; n = 0 gives {@code date}'s working day. */
  public LocalDate minusWorkingDays(LocalDate date, int n) {
    return plusWorkingDays(date, -n);
  }

  /** Civil Code Art. 148(5) for a last day "ngày D" / "chậm nhất ngày D". */
  public DueDate dueDate(LocalDate lastDay) {
    LocalDate due = workingDayOnOrAfter(lastDay);
    return new DueDate(lastDay, due, reason(lastDay, due));
  }

  /** The same for "trước ngày D": the last day is D − 1. */
  public DueDate dueDateBefore(LocalDate day) {
    return dueDate(day.minusDays(1));
  }

  private String reason(LocalDate lastDay, LocalDate due) {
    String last = "Ngày " + VietnameseDates.withDayOfWeek(lastDay);
    if (lastDay.equals(due)) {
      Optional<CalendarDay> worked = year(lastDay.getYear()).workingWeekendDay(lastDay);
      return worked
          .map(day -> last + " là ngày làm việc bù (" + day.name() + "; " + day.source()
              + ") nên thời hạn không lùi, kết thúc vào cuối ngày này.")
          .orElse(last + " là ngày làm việc nên thời hạn không lùi, kết thúc vào cuối ngày này.");
    }
    String why = dayOff(lastDay)
        .map(day -> " là ngày nghỉ: " + day.name() + " (" + day.source() + ")")
        .orElse(" là ngày nghỉ hằng tuần");
    return last + why + ", nên theo khoản 5 Điều 148 Bộ luật Dân sự 2015 thời hạn kết thúc vào"
        + " cuối ngày làm việc tiếp theo, " + VietnameseDates.withDayOfWeek(due) + ".";
  }
}
