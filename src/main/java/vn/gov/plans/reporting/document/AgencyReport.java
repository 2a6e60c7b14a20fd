package vn.gov.plans.reporting.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One reporting agency in the compiled report: whether and when its report came in, and what it
 * reported about its tasks and targets (both empty when it sent nothing).
 */
public record AgencyReport(
    String agencyName,
    SubmissionStatus status,
    LocalDate submittedOn,
    List<TaskLine> tasks,
    List<TargetLine> targets) {

  public AgencyReport {
    agencyName = IssuingBody.requireText(agencyName, "agencyName");
    Objects.requireNonNull(status, "status");
    if (status == SubmissionStatus.MISSING && submittedOn != null) {
      throw new IllegalArgumentException(agencyName + ": a missing report has no submission date");
    }
    if (status != SubmissionStatus.MISSING && submittedOn == null) {
      throw new IllegalArgumentException(agencyName + ": a submitted report needs its submission date");
    }
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  public static AgencyReport missing(String agencyName) {
    return new AgencyReport(agencyName, SubmissionStatus.MISSING, null, List.of(), List.of());
  }

  /** "10/6/2026", or "-" when nothing came in. */
  public String submittedOnText() {
    return submittedOn == null ? "-" : VietnameseFormats.shortDate(submittedOn);
  }
}
