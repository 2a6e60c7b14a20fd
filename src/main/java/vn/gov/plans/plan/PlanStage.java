package vn.gov.plans.plan;

/** Where a plan is in its life. */
public enum PlanStage {
  DRAFTING("Đang soạn thảo"),
  ISSUED("Đã ban hành"),
  IMPLEMENTING("Đang triển khai"),
  CLOSED("Đã kết thúc");

  private final String label;

  PlanStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
