package vn.gov.plans.calendar;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The Vietnamese lunisolar calendar: ICU's Chinese calendar with its astronomy done for UTC+7
 * (meridian 105°E) instead of China's UTC+8, as {@code DangiCalendar} does for Korea's UTC+9.
 *
 * <p>New moons and solar terms that fall between 23:00 and 24:00 Beijing time fall on the previous
 * day in Hanoi, which is why the two calendars sometimes differ: Tết 1985 was 21 January in Vietnam
 * (20 February in China), Tết 2007 17 February (18 February), Tết 2030 2 February (3 February).
 *
 * <p>The protected constructor used here is the one of ICU4J 77 ({@code TimeZone, ULocale, int,
 * TimeZone}); it changed in ICU 78, and ICU's newer China-specific corrections would move Vietnamese
 * Tết 2030 to 3 February. The ICU version is pinned in {@code pom.xml}; the tests check those dates.
 *
 * <p>North Vietnam moved its calendar from UTC+8 to UTC+7 in 1967; this class applies UTC+7 to every
 * year, as the usual Vietnamese tables do. Instances are mutable and not thread-safe: use {@link
 * LunarDates}, which creates one per conversion.
 */
public class VietnameseLunarCalendar extends ChineseCalendar {

  private static final long serialVersionUID = 1L;

  /** ICU's epoch for the Chinese calendar (2637 BCE); only extended-year numbers depend on it. */
  static final int EPOCH_YEAR = -2636;

  /** {@code EXTENDED_YEAR} minus this value is the Gregorian year in which the lunar year starts. */
  static final int EXTENDED_YEAR_OFFSET = 1 - EPOCH_YEAR;

  /** The astronomical zone of the Vietnamese calendar: UTC+7 all year, no daylight saving. */
  static final TimeZone ASTRONOMICAL_ZONE =
      new SimpleTimeZone(7 * 60 * 60 * 1000, "UTC+07:00 (Việt Nam)").freeze();

  /** A calendar whose fields are computed in {@code zone} (normally Asia/Ho_Chi_Minh). */
  public VietnameseLunarCalendar(TimeZone zone) {
    super(zone, ULocale.ROOT, EPOCH_YEAR, ASTRONOMICAL_ZONE);
  }

  @Override
  public String getType() {
    return "vietnamese";
  }
}
