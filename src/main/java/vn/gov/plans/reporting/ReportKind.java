package vn.gov.plans.reporting;

/** Kinds of reports (Decree 09/2019): periodic, ad hoc, topic; and reviews of the plan. */
public enum ReportKind {
  PERIODIC("Báo cáo định kỳ"),
  AD_HOC("Báo cáo đột xuất"),
  TOPIC("Báo cáo chuyên đề"),
  REVIEW("Báo cáo sơ kết, tổng kết");

  private final String label;

  ReportKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
