package vn.gov.plans.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The days off and the worked weekend days of one year for state agencies. Saturdays and Sundays
 * not listed in {@code workingWeekendDays} are rest days too; they appear in {@code daysOff} only
 * when an official notice names them (e.g. inside a Tết break).
 *
 * @param year the Gregorian year
 * @param official true when the year comes from an official notice file ({@code
 *     calendar/year-YYYY.yaml}), false when computed from the Labor Code 2019
 * @param daysOff sorted by date
 * @param workingWeekendDays Saturdays or Sundays worked in exchange for a weekday off, sorted
 */
public record YearCalendar(
    int year, boolean official, List<CalendarDay> daysOff, List<CalendarDay> workingWeekendDays) {

  public YearCalendar {
    daysOff = List.copyOf(daysOff);
    workingWeekendDays = List.copyOf(workingWeekendDays);
  }

  public Optional<CalendarDay> dayOff(LocalDate date) {
    return daysOff.stream().filter(day -> day.date().equals(date)).findFirst();
  }

  public Optional<CalendarDay> workingWeekendDay(LocalDate date) {
    return workingWeekendDays.stream().filter(day -> day.date().equals(date)).findFirst();
  }
}
