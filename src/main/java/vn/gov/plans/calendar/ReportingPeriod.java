package vn.gov.plans.calendar;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A reporting period: a month, a quarter, a half-year or a year.
 *
 * @param type its length
 * @param year the Gregorian year
 * @param number 1-based within the year: month 1–12, quarter 1–4, half 1–2, year 1
 */
public record ReportingPeriod(PeriodType type, int year, int number) {

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  public ReportingPeriod {
    if (number < 1 || number > type.perYear()) {
      throw new IllegalArgumentException("Kỳ " + type + " số " + number + " không tồn tại.");
    }
  }

  /** The period of the given type that contains the date. */
  public static ReportingPeriod containing(PeriodType type, LocalDate date) {
    return new ReportingPeriod(type, date.getYear(), (date.getMonthValue() - 1) / type.months() + 1);
  }

  /** The period {@code offset} periods later (earlier when negative). */
  public ReportingPeriod plus(int offset) {
    int index = year * type.perYear() + number - 1 + offset;
    return new ReportingPeriod(
        type, Math.floorDiv(index, type.perYear()), Math.floorMod(index, type.perYear()) + 1);
  }

  /** "tháng 12 năm 2026", "quý II năm 2026", "6 tháng đầu năm 2026", "năm 2026". */
  @JsonProperty("label")
  public String label() {
    return switch (type) {
      case MONTH -> "tháng " + number + " năm " + year;
      case QUARTER -> "quý " + ROMAN[number - 1] + " năm " + year;
      case HALF_YEAR -> (number == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
      case YEAR -> "năm " + year;
    };
  }

  /** A short stable key, e.g. for business keys: "2026-12", "2026-Q2", "2026-H1", "2026". */
  @JsonProperty("key")
  public String key() {
    return switch (type) {
      case MONTH -> String.format("%d-%02d", year, number);
      case QUARTER -> year + "-Q" + number;
      case HALF_YEAR -> year + "-H" + number;
      case YEAR -> Integer.toString(year);
    };
  }

  /**
   * The data cut-off period of Decree 09/2019/NĐ-CP, Art. 12: from the 15th of the month before the
   * period's first month to the 14th of its last month (monthly 15/11–14/12; quarter II 15/3–14/6;
   * first half 15/12 of the previous year–14/6; year 15/12 of the previous year–14/12).
   */
  @JsonProperty("dataPeriod")
  public DateRange dataPeriod() {
    YearMonth first = YearMonth.of(year, (number - 1) * type.months() + 1);
    YearMonth last = YearMonth.of(year, number * type.months());
    return new DateRange(first.minusMonths(1).atDay(15), last.atDay(14));
  }
}
