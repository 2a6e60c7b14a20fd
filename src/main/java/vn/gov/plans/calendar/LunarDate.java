package vn.gov.plans.calendar;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * A day of the Vietnamese lunar calendar and the Gregorian day it falls on.
 *
 * @param date the Gregorian date
 * @param lunarYear the Gregorian year in which this lunar year begins (Tết Bính Ngọ is 2026)
 * @param lunarMonth 1 to 12; a leap month repeats the number of the month before it
 * @param lunarDay 1 to 30
 * @param leapMonth whether the month is the leap (intercalary) month, "tháng nhuận"
 */
public record LunarDate(
    LocalDate date, int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {

  private static final String[] STEMS = {
    "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"
  };
  private static final String[] BRANCHES = {
    "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"
  };
  private static final String[] MONTHS = {
    "Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Chạp"
  };

  /** The sexagenary name of a lunar year, e.g. "Bính Ngọ" for 2026. */
  public static String canChi(int lunarYear) {
    return STEMS[Math.floorMod(lunarYear + 6, 10)] + " " + BRANCHES[Math.floorMod(lunarYear + 8, 12)];
  }

  /** The traditional name of a lunar month: "Giêng" for 1, "Chạp" for 12. */
  public static String monthName(int lunarMonth) {
    return MONTHS[lunarMonth - 1];
  }

  /** How people write the day: "mùng 1 tháng Giêng năm Bính Ngọ", "10 tháng Ba nhuận năm Quý Mão". */
  @JsonProperty("text")
  public String text() {
    return (lunarDay <= 10 ? "mùng " : "") + lunarDay + " tháng " + monthName(lunarMonth)
        + (leapMonth ? " nhuận" : "") + " năm " + canChi(lunarYear);
  }
}
