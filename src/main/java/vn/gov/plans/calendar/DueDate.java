package vn.gov.plans.calendar;

import java.time.LocalDate;

/**
 * The end of a period under the Civil Code 2015, Art. 148(5): when the last day is a weekend or a
 * holiday, the period ends at the end of the next working day.
 *
 * @param lastDay the last day as the document states it ("trước ngày 20/12" gives 19/12)
 * @param dueDate the day the period really ends, at 24:00 (Art. 148(6))
 * @param reason in Vietnamese: why the date moved, or that it did not
 */
public record DueDate(LocalDate lastDay, LocalDate dueDate, String reason) {

  public boolean moved() {
    return !lastDay.equals(dueDate);
  }
}
