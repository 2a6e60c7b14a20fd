package vn.gov.plans.calendar;

import java.time.LocalDate;

/**
 * A deadline as a document states it, before the working calendar applies.
 *
 * @param period the reporting period it closes, or null (fixed dates, "within year Y", events)
 * @param label the Vietnamese label when there is no period
 * @param date the day named in the text: D in "ngày D" or "trước ngày D"
 * @param before true for "trước ngày D", whose last day is D − 1
 */
public record NominalDeadline(ReportingPeriod period, String label, LocalDate date, boolean before) {

  public LocalDate lastDay() {
    return before ? date.minusDays(1) : date;
  }

  public String periodLabel() {
    return period != null ? period.label() : label;
  }
}
