package vn.gov.plans.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The days off of a year as the Labor Code 2019 sets them, for years without an official notice.
 *
 * <ul>
 *   <li>Art. 112(1): 1 January; Tết, 5 days, taken here as the last day of the old lunar year and
 *       the first 4 days of the new one; the Hùng Kings' Commemoration on the 10th day of the 3rd
 *       lunar month; 30 April; 1 May; 2 September and one adjacent day. The adjacent day is taken
 *       as 1 September, as the government chose in 2022, 2023 and 2025, except when 1 September is
 *       a Saturday or Sunday (2 September on a Sunday or Monday): then 3 September, as in 2024.
 *   <li>Art. 111(3): a holiday that falls on a weekly rest day (Saturday or Sunday for state
 *       agencies) gives the next working day off; several such holidays give consecutive days.
 * </ul>
 *
 * The Prime Minister fixes the real Tết and National Day days each year; those go in the year files
 * read by {@link OfficialCalendars}, which replace this computation for their year.
 */
public class StatutoryHolidays {

  static final String HOLIDAY_SOURCE = CalendarDay.DEFAULT_SOURCE + " (Điều 112)";
  static final String COMPENSATION_SOURCE = CalendarDay.DEFAULT_SOURCE + " (Điều 111 khoản 3)";

  /** The adjacent National Day holiday chosen by default; see the class comment. */
  static LocalDate nationalDayAdjacent(int year) {
    LocalDate first = LocalDate.of(year, 9, 1);
    return VietnameseDates.isWeekend(first) ? LocalDate.of(year, 9, 3) : first;
  }

  private final LunarDates lunarDates;

  public StatutoryHolidays(LunarDates lunarDates) {
    this.lunarDates = lunarDates;
  }

  /** The computed calendar of a year: the holidays and their compensatory days, no swaps. */
  public YearCalendar forYear(int year) {
    CalendarRange.requireYear(year);
    List<CalendarDay> holidays = holidays(year);
    List<CalendarDay> daysOff = new ArrayList<>(holidays);
    daysOff.addAll(compensatoryDays(holidays));
    daysOff.sort(Comparator.comparing(CalendarDay::date));
    return new YearCalendar(year, false, daysOff, List.of());
  }

  private List<CalendarDay> holidays(int year) {
    List<CalendarDay> days = new ArrayList<>();
    days.add(holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch"));

    LocalDate tet = lunarDates.newYear(year);
    String tetName = "Tết Âm lịch " + LunarDate.canChi(year);
    LocalDate lastDayOfOldYear = tet.minusDays(1);
    days.add(holiday(lastDayOfOldYear,
        tetName + " (" + lunarDates.toLunar(lastDayOfOldYear).lunarDay() + " tháng Chạp)"));
    for (int day = 1; day <= 4; day++) {
      days.add(holiday(tet.plusDays(day - 1), tetName + " (mùng " + day + " Tết)"));
    }

    days.add(holiday(lunarDates.toSolar(year, 3, false, 10),
        "Giỗ Tổ Hùng Vương (mùng 10 tháng Ba âm lịch)"));
    days.add(holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng"));
    days.add(holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế lao động"));
    days.add(holiday(nationalDayAdjacent(year), "Quốc khánh (ngày liền kề)"));
    days.add(holiday(LocalDate.of(year, 9, 2), "Quốc khánh"));
    days.sort(Comparator.comparing(CalendarDay::date));
    return days;
  }

  private static List<CalendarDay> compensatoryDays(List<CalendarDay> holidays) {
    Set<LocalDate> taken = new HashSet<>();
    holidays.forEach(day -> taken.add(day.date()));
    List<CalendarDay> compensations = new ArrayList<>();
    for (CalendarDay holiday : holidays) {
      if (!VietnameseDates.isWeekend(holiday.date())) {
        continue;
      }
      LocalDate day = holiday.date().plusDays(1);
      while (VietnameseDates.isWeekend(day) || taken.contains(day)) {
        day = day.plusDays(1);
      }
      taken.add(day);
      compensations.add(new CalendarDay(day,
          "Nghỉ bù " + holiday.name() + ", vì ngày " + VietnameseDates.format(holiday.date())
              + " trùng " + VietnameseDates.dayOfWeek(holiday.date().getDayOfWeek()),
          COMPENSATION_SOURCE));
    }
    return compensations;
  }

  private static CalendarDay holiday(LocalDate date, String name) {
    return new CalendarDay(date, name, HOLIDAY_SOURCE);
  }
}
