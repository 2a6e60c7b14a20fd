package vn.gov.plans.reporting;

/** Where a reporting period is: collecting, compiled, signed, sent to the receiver. */
public enum PeriodStatus {
  OPEN,
  COMPILING,
  COMPILED,
  SIGNED,
  SENT
}
