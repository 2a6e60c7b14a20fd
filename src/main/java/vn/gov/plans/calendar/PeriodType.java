package vn.gov.plans.calendar;

/** The length of a reporting period. */
public enum PeriodType {
  MONTH(1),
  QUARTER(3),
  HALF_YEAR(6),
  YEAR(12);

  private final int months;

  PeriodType(int months) {
    this.months = months;
  }

  public int months() {
    return months;
  }

  /** How many periods a year has. */
  public int perYear() {
    return 12 / months;
  }
}
