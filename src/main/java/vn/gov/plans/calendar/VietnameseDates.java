package vn.gov.plans.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How dates are written in Vietnamese text: "thứ Bảy 19/12/2026". */
public final class VietnameseDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnameseDates() {}

  /** "19/12/2026". */
  public static String format(LocalDate date) {
    return DAY.format(date);
  }

  /**
   * "ngày 19 tháng 6 năm 2026"; days below 10 and months 1 and 2 take a leading zero: "ngày 05
   * tháng 01 năm 2026" (Decree 30/2020/NĐ-CP, Appendix I).
   */
  public static String longDate(LocalDate date) {
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    return "ngày " + (day < 10 ? "0" + day : String.valueOf(day))
        + " tháng " + (month <= 2 ? "0" + month : String.valueOf(month))
        + " năm " + date.getYear();
  }

  /** "thứ Bảy", "Chủ nhật". */
  public static String dayOfWeek(DayOfWeek day) {
    return switch (day) {
      case MONDAY -> "thứ Hai";
      case TUESDAY -> "thứ Ba";
      case WEDNESDAY -> "thứ Tư";
      case THURSDAY -> "thứ Năm";
      case FRIDAY -> "thứ Sáu";
      case SATURDAY -> "thứ Bảy";
      case SUNDAY -> "Chủ nhật";
    };
  }

  /** "thứ Bảy 19/12/2026". */
  public static String withDayOfWeek(LocalDate date) {
    return dayOfWeek(date.getDayOfWeek()) + " " + format(date);
  }

  static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
