package vn.gov.plans.calendar;

import java.time.LocalDate;

/** The days from {@code from} to {@code to}, both included. */
public record DateRange(LocalDate from, LocalDate to) {

  public DateRange {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("Khoảng ngày ngược: " + from + " sau " + to + ".");
    }
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
