package vn.gov.plans.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When reports (or other results) are due, as a plan file states it. Plain data: Jackson reads it
 * from YAML or JSON by its {@code kind}; {@link ReportingScheduler} turns it into dated {@link
 * Occurrence}s with the working calendar applied. The kinds:
 *
 * <table>
 *   <caption>Schedule kinds</caption>
 *   <tr><th>kind</th><th>wording in plans</th><th>example</th></tr>
 *   <tr><td>{@code MONTHLY}</td><td>"ngày 20 hằng tháng"</td>
 *       <td>{@code {kind: MONTHLY, day: 20}}</td></tr>
 *   <tr><td>{@code QUARTERLY}</td><td>"trước ngày 20 của tháng cuối quý"</td>
 *       <td>{@code {kind: QUARTERLY, monthOfQuarter: 3, day: 20, before: true}}</td></tr>
 *   <tr><td>{@code ANNUAL_DATES}</td><td>"trước ngày 20 tháng 6 và trước ngày 20 tháng 12 hằng
 *       năm"</td><td>{@code {kind: ANNUAL_DATES, dates: ["06-20", "12-20"], before: true}}</td></tr>
 *   <tr><td>{@code YEARLY}</td><td>"tháng 10 hằng năm", "trước ngày 15 tháng 12 hằng năm"</td>
 *       <td>{@code {kind: YEARLY, month: 10}}</td></tr>
 *   <tr><td>{@code FIXED_DATES}</td><td>sơ kết giữa kỳ, tổng kết</td>
 *       <td>{@code {kind: FIXED_DATES, dates: ["2028-06-30", {date: 2030-12-15, label: "Tổng kết
 *       giai đoạn 2026-2030"}]}}</td></tr>
 *   <tr><td>{@code WITHIN_YEAR}</td><td>"hoàn thành trong năm 2026"</td>
 *       <td>{@code {kind: WITHIN_YEAR, year: 2026}}</td></tr>
 *   <tr><td>{@code WORKING_DAYS_AFTER}</td><td>"trong 5 ngày làm việc kể từ ngày nhận"</td>
 *       <td>{@code {kind: WORKING_DAYS_AFTER, days: 5}}</td></tr>
 *   <tr><td>{@code DAYS_AFTER}</td><td>"trong 15 ngày kể từ ngày ký"</td>
 *       <td>{@code {kind: DAYS_AFTER, days: 15}}</td></tr>
 * </table>
 *
 * <p>Common fields of the periodic kinds: {@code before} (default false) makes D exclusive, so the
 * last day is D − 1 ("trước ngày D"); a day beyond the end of a month means its last day (31 gives
 * 28 or 29 February). The period a deadline reports on is the period (month, quarter, half-year or
 * year) that contains its last day, moved by {@code periodOffset} (default 0; −1 when the report
 * covers the period before, e.g. "trước ngày 15 tháng 1 báo cáo năm trước").
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ReportingSchedule.Monthly.class, name = "MONTHLY"),
  @JsonSubTypes.Type(value = ReportingSchedule.Quarterly.class, name = "QUARTERLY"),
  @JsonSubTypes.Type(value = ReportingSchedule.AnnualDates.class, name = "ANNUAL_DATES"),
  @JsonSubTypes.Type(value = ReportingSchedule.Yearly.class, name = "YEARLY"),
  @JsonSubTypes.Type(value = ReportingSchedule.FixedDates.class, name = "FIXED_DATES"),
  @JsonSubTypes.Type(value = ReportingSchedule.WithinYear.class, name = "WITHIN_YEAR"),
  @JsonSubTypes.Type(value = ReportingSchedule.WorkingDaysAfter.class, name = "WORKING_DAYS_AFTER"),
  @JsonSubTypes.Type(value = ReportingSchedule.DaysAfter.class, name = "DAYS_AFTER")
})
public sealed interface ReportingSchedule
    permits ReportingSchedule.CalendarDriven, ReportingSchedule.EventDriven {

  /** Deadlines fixed by the calendar. */
  sealed interface CalendarDriven extends ReportingSchedule
      permits Monthly, Quarterly, AnnualDates, Yearly, FixedDates, WithinYear {

    /** The deadlines whose named day D lies in the given year, in date order. */
    List<NominalDeadline> deadlines(int year);
  }

  /** Deadlines counted from an event (receipt of a request, signing of a plan). */
  sealed interface EventDriven extends ReportingSchedule permits WorkingDaysAfter, DaysAfter {

    /** The last day of the period that starts the day after {@code event} (Civil Code Art. 147). */
    LocalDate lastDay(LocalDate event, WorkingCalendar calendar);

    String label(LocalDate event);
  }

  /**
   * Every month on {@code day}: "ngày 20 hằng tháng" is {@code {kind: MONTHLY, day: 20}}. Reports on
   * the month of its last day.
   */
  record Monthly(int day, boolean before, int periodOffset) implements CalendarDriven {
    public Monthly {
      requireDay(day);
    }

    @Override
    public List<NominalDeadline> deadlines(int year) {
      List<NominalDeadline> deadlines = new ArrayList<>();
      for (int month = 1; month <= 12; month++) {
        deadlines.add(periodic(PeriodType.MONTH, dayOf(YearMonth.of(year, month), day), before,
            periodOffset));
      }
      return deadlines;
    }
  }

  /**
   * Every quarter on {@code day} of its {@code monthOfQuarter}-th month (1–3, default 3, the last
   * month; with {@code periodOffset: -1} and month 1, the first month of the following quarter).
   */
  record Quarterly(int monthOfQuarter, int day, boolean before, int periodOffset)
      implements CalendarDriven {
    public Quarterly {
      monthOfQuarter = monthOfQuarter == 0 ? 3 : monthOfQuarter;
      if (monthOfQuarter < 1 || monthOfQuarter > 3) {
        throw new IllegalArgumentException("monthOfQuarter phải từ 1 đến 3: " + monthOfQuarter);
      }
      requireDay(day);
    }

    @Override
    public List<NominalDeadline> deadlines(int year) {
      List<NominalDeadline> deadlines = new ArrayList<>();
      for (int quarter = 0; quarter < 4; quarter++) {
        YearMonth month = YearMonth.of(year, quarter * 3 + monthOfQuarter);
        deadlines.add(periodic(PeriodType.QUARTER, dayOf(month, day), before, periodOffset));
      }
      return deadlines;
    }
  }

  /**
   * Every year on each of the given days ("MM-dd"): "trước ngày 20 tháng 6 và trước ngày 20 tháng 12
   * hằng năm" is {@code {kind: ANNUAL_DATES, dates: ["06-20", "12-20"], before: true}}. The {@code
   * period} type defaults by the number of days: 1 a year, 2 half-years, 4 quarters, 12 months;
   * other counts must name it.
   */
  record AnnualDates(
      @JsonSerialize(contentUsing = MonthDayJson.Writer.class)
          @JsonDeserialize(contentUsing = MonthDayJson.Reader.class)
          List<MonthDay> dates,
      boolean before,
      PeriodType period,
      int periodOffset)
      implements CalendarDriven {
    public AnnualDates {
      if (dates == null || dates.isEmpty()) {
        throw new IllegalArgumentException("ANNUAL_DATES cần ít nhất một ngày (dates).");
      }
      dates = dates.stream().sorted().toList();
      if (period == null) {
        period = switch (dates.size()) {
          case 1 -> PeriodType.YEAR;
          case 2 -> PeriodType.HALF_YEAR;
          case 4 -> PeriodType.QUARTER;
          case 12 -> PeriodType.MONTH;
          default -> throw new IllegalArgumentException(
              "ANNUAL_DATES với " + dates.size() + " ngày cần ghi rõ kỳ báo cáo (period).");
        };
      }
    }

    @Override
    public List<NominalDeadline> deadlines(int year) {
      return dates.stream()
          .map(date -> periodic(period, date.atYear(year), before, periodOffset))
          .toList();
    }
  }

  /**
   * Once a year in {@code month}, on {@code day} or, without a day, by the end of the month ("tháng
   * 10 hằng năm" is {@code {kind: YEARLY, month: 10}}). Reports on the year.
   */
  record Yearly(int month, Integer day, boolean before, int periodOffset)
      implements CalendarDriven {
    public Yearly {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("month phải từ 1 đến 12: " + month);
      }
      if (day != null) {
        requireDay(day);
      } else if (before) {
        throw new IllegalArgumentException("YEARLY với before: true cần ngày (day).");
      }
    }

    @Override
    public List<NominalDeadline> deadlines(int year) {
      YearMonth yearMonth = YearMonth.of(year, month);
      LocalDate date = day == null ? yearMonth.atEndOfMonth() : dayOf(yearMonth, day);
      return List.of(periodic(PeriodType.YEAR, date, before, periodOffset));
    }
  }

  /**
   * One-off dates, each with an optional label: {@code {kind: FIXED_DATES, dates: ["2028-06-30",
   * {date: 2030-12-15, label: "Tổng kết giai đoạn 2026-2030"}]}}.
   */
  record FixedDates(List<FixedDate> dates, boolean before) implements CalendarDriven {
    public FixedDates {
      if (dates == null || dates.isEmpty()) {
        throw new IllegalArgumentException("FIXED_DATES cần ít nhất một ngày (dates).");
      }
      dates = dates.stream().sorted(Comparator.comparing(FixedDate::date)).toList();
    }

    @Override
    public List<NominalDeadline> deadlines(int year) {
      return dates.stream()
          .filter(fixed -> fixed.date().getYear() == year)
          .map(fixed -> new NominalDeadline(null,
              fixed.label() != null ? fixed.label()
                  : "hạn " + (before ? "trước " : "") + "ngày " + VietnameseDates.format(fixed.date()),
              fixed.date(), before))
          .toList();
    }
  }

  /** A date of {@link FixedDates}; written as "2028-06-30" or {@code {date: ..., label: ...}}. */
  record FixedDate(LocalDate date, String label) {
    public FixedDate {
      if (date == null) {
        throw new IllegalArgumentException("Thiếu ngày (date).");
      }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FixedDate of(String date) {
      return new FixedDate(LocalDate.parse(date), null);
    }
  }

  /** Done within a year: "hoàn thành trong năm 2026"; the last day is 31 December. */
  record WithinYear(int year) implements CalendarDriven {
    public WithinYear {
      CalendarRange.requireYear(year);
    }

    @Override
    public List<NominalDeadline> deadlines(int year) {
      return year != this.year ? List.of()
          : List.of(new NominalDeadline(null, "năm " + year, LocalDate.of(year, 12, 31), false));
    }
  }

  /** {@code days} working days after an event, the event's day not counted. */
  record WorkingDaysAfter(int days) implements EventDriven {
    public WorkingDaysAfter {
      requirePositive(days);
    }

    @Override
    public LocalDate lastDay(LocalDate event, WorkingCalendar calendar) {
      return calendar.plusWorkingDays(event, days);
    }

    @Override
    public String label(LocalDate event) {
      return "trong " + days + " ngày làm việc kể từ ngày " + VietnameseDates.format(event);
    }
  }

  /** {@code days} calendar days after an event, the event's day not counted. */
  record DaysAfter(int days) implements EventDriven {
    public DaysAfter {
      requirePositive(days);
    }

    @Override
    public LocalDate lastDay(LocalDate event, WorkingCalendar calendar) {
      return event.plusDays(days);
    }

    @Override
    public String label(LocalDate event) {
      return "trong " + days + " ngày kể từ ngày " + VietnameseDates.format(event);
    }
  }

  private static NominalDeadline periodic(
      PeriodType type, LocalDate date, boolean before, int periodOffset) {
    LocalDate lastDay = before ? date.minusDays(1) : date;
    return new NominalDeadline(
        ReportingPeriod.containing(type, lastDay).plus(periodOffset), null, date, before);
  }

  private static LocalDate dayOf(YearMonth month, int day) {
    return month.atDay(Math.min(day, month.lengthOfMonth()));
  }

  private static void requireDay(int day) {
    if (day < 1 || day > 31) {
      throw new IllegalArgumentException("day phải từ 1 đến 31: " + day);
    }
  }

  private static void requirePositive(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days phải lớn hơn 0: " + days);
    }
  }
}
