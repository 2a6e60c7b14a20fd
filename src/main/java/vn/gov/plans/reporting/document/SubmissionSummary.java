package vn.gov.plans.reporting.document;

import java.util.Collection;

/** How many agencies had to report for the period and how many did so on time, late or not at all. */
public record SubmissionSummary(int required, int onTime, int late, int missing) {

  public SubmissionSummary {
    if (required < 0 || onTime < 0 || late < 0 || missing < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (onTime + late + missing != required) {
      throw new IllegalArgumentException(
          "on time + late + missing must equal required: %d + %d + %d != %d"
              .formatted(onTime, late, missing, required));
    }
  }

  /** Counts the given agencies (each one that had to report). */
  public static SubmissionSummary of(Collection<AgencyReport> agencies) {
    int onTime = 0;
    int late = 0;
    int missing = 0;
    for (AgencyReport agency : agencies) {
      switch (agency.status()) {
        case ON_TIME -> onTime++;
        case LATE -> late++;
        case MISSING -> missing++;
      }
    }
    return new SubmissionSummary(onTime + late + missing, onTime, late, missing);
  }

  /**
   * "Tổng số cơ quan, đơn vị phải gửi báo cáo: 03; trong đó 01 đơn vị gửi đúng hạn, 01 đơn vị gửi
   * quá hạn, 01 đơn vị chưa gửi."
   */
  public String render() {
    return "Tổng số cơ quan, đơn vị phải gửi báo cáo: " + VietnameseFormats.count(required)
        + "; trong đó " + VietnameseFormats.count(onTime) + " đơn vị gửi đúng hạn, "
        + VietnameseFormats.count(late) + " đơn vị gửi quá hạn, "
        + VietnameseFormats.count(missing) + " đơn vị chưa gửi.";
  }
}
