package vn.gov.plans.calendar;

import java.time.LocalDate;

/** The years this calendar computes: the lunar astronomy and the holiday rules are kept to 1900–2100. */
public final class CalendarRange {

  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2100;

  private CalendarRange() {}

  public static boolean supports(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /** Returns the year, or throws {@link UnsupportedDateException} with a Vietnamese message. */
  public static int requireYear(int year) {
    if (!supports(year)) {
      throw new UnsupportedDateException(
          "Năm " + year + " nằm ngoài phạm vi lịch được hỗ trợ (từ năm " + FIRST_YEAR
              + " đến năm " + LAST_YEAR + ").");
    }
    return year;
  }

  public static LocalDate requireDate(LocalDate date) {
    if (date == null) {
      throw new UnsupportedDateException("Thiếu ngày.");
    }
    requireYear(date.getYear());
    return date;
  }
}
