package vn.gov.plans.reporting.document;

/** Whether a reporting agency's report came in for the period. */
public enum SubmissionStatus {
  ON_TIME("Đúng hạn"),
  LATE("Quá hạn"),
  MISSING("Chưa gửi");

  private final String label;

  SubmissionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
