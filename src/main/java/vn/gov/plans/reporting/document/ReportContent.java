package vn.gov.plans.reporting.document;

import java.util.List;
import java.util.Objects;

/**
 * The report's content in the order it is printed: the compiled text, the submission section
 * (heading, summary sentence, one row per agency), the results section (heading, each agency's
 * tasks and targets), and the closing text (proposals, "Trên đây là báo cáo ...").
 */
public record ReportContent(
    List<BodyParagraph> opening,
    String submissionHeading,
    SubmissionSummary submissionSummary,
    String resultsHeading,
    List<AgencyReport> agencies,
    List<BodyParagraph> closing) {

  public ReportContent {
    opening = opening == null ? List.of() : List.copyOf(opening);
    submissionHeading = IssuingBody.requireText(submissionHeading, "submissionHeading");
    Objects.requireNonNull(submissionSummary, "submissionSummary");
    resultsHeading = IssuingBody.requireText(resultsHeading, "resultsHeading");
    agencies = agencies == null ? List.of() : List.copyOf(agencies);
    closing = closing == null ? List.of() : List.copyOf(closing);
  }
}
