package vn.gov.plans.reporting.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import vn.gov.plans.calendar.VietnameseDates;

/**
 * Dates and numbers as Vietnamese administrative documents write them (Decree 30/2020/NĐ-CP,
 * Appendix I): days below 10 and months below 3 take a leading zero ("ngày 05 tháng 01 năm 2026",
 * "ngày 19 tháng 6 năm 2026"); numbers group thousands with a dot and use a decimal comma.
 */
public final class VietnameseFormats {

  private VietnameseFormats() {}

  /** "ngày 05 tháng 01 năm 2026", "ngày 19 tháng 6 năm 2026". */
  public static String longDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return VietnameseDates.longDate(date);
  }

  /** "Huế, ngày 19 tháng 6 năm 2026"; without a date (before signing) the day and month are left blank. */
  public static String placeAndDate(String place, LocalDate date) {
    Objects.requireNonNull(place, "place");
    if (date == null) {
      return place + ", ngày      tháng      năm      ";
    }
    return place + ", " + longDate(date);
  }

  /** "05/01/2026", "19/6/2026": the same leading-zero rule with slashes. */
  public static String shortDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return day(date) + "/" + month(date) + "/" + date.getYear();
  }

  /** Counts in running text: "03", "12" (a leading zero below 10, as in "ít nhất 03 chương trình"). */
  public static String count(int count) {
    return count >= 0 && count < 10 ? "0" + count : String.valueOf(count);
  }

  /** "1.234,5", "80", "92,5". */
  public static String number(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    String plain = value.stripTrailingZeros().toPlainString();
    String sign = "";
    if (plain.startsWith("-")) {
      sign = "-";
      plain = plain.substring(1);
    }
    int point = plain.indexOf('.');
    String integer = point < 0 ? plain : plain.substring(0, point);
    String fraction = point < 0 ? "" : plain.substring(point + 1);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        grouped.append('.');
      }
      grouped.append(integer.charAt(i));
    }
    return sign + grouped + (fraction.isEmpty() ? "" : "," + fraction);
  }

  private static String day(LocalDate date) {
    int day = date.getDayOfMonth();
    return day < 10 ? "0" + day : String.valueOf(day);
  }

  private static String month(LocalDate date) {
    int month = date.getMonthValue();
    return month < 3 ? "0" + month : String.valueOf(month);
  }
}
