package vn.gov.plans.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a year's calendar that differs from the plain Monday-to-Friday week: a day off, or a
 * Saturday or Sunday worked in exchange.
 *
 * @param date the day
 * @param name what it is, in Vietnamese ("Tết Dương lịch", "Làm bù cho ngày 02/5/2025")
 * @param source where the rule comes from: an official notice, or {@link #DEFAULT_SOURCE} when the
 *     day is computed from the Labor Code because no official notice is recorded for the year
 */
public record CalendarDay(LocalDate date, String name, String source) {

  /** The source of every computed (non-official) day. */
  public static final String DEFAULT_SOURCE = "Mặc định theo Bộ luật Lao động 2019";

  public CalendarDay {
    Objects.requireNonNull(date, "date");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Ngày " + date + " thiếu tên (name).");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("Ngày " + date + " thiếu căn cứ (source).");
    }
  }
}
