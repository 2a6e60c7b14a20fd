package vn.gov.plans.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One notice to the compiling agency listing the agencies of one period whose reports became late
 * together (one sweep of the period), instead of one mail per late agency.
 *
 * @param compilingAgencyName the agency that compiles the period's reports
 * @param compilingAgencyEmail its address, {@code null} or blank if none: then nothing is sent
 * @param reportName the report ("Báo cáo kết quả thực hiện Kế hoạch")
 * @param periodLabel the reporting period ("6 tháng đầu năm 2026")
 * @param planSymbol number and symbol of the plan ("310/KH-UBND")
 * @param progressLink where the compiling agency follows the period
 * @param late the late agencies with their last day, at least one
 */
public record OverdueDigest(
    String compilingAgencyName,
    String compilingAgencyEmail,
    String reportName,
    String periodLabel,
    String planSymbol,
    String progressLink,
    List<Late> late) {

  /** One late agency and the last day on which its report was on time. */
  public record Late(String agencyName, LocalDate dueDate) {
    public Late {
      Notices.requireText(agencyName, "agencyName");
      Objects.requireNonNull(dueDate, "dueDate");
    }
  }

  public OverdueDigest {
    Notices.requireText(compilingAgencyName, "compilingAgencyName");
    compilingAgencyEmail = Notices.blankToNull(compilingAgencyEmail);
    Notices.requireText(reportName, "reportName");
    Notices.requireText(periodLabel, "periodLabel");
    Notices.requireText(planSymbol, "planSymbol");
    Notices.requireText(progressLink, "progressLink");
    late = List.copyOf(late);
    if (late.isEmpty()) {
      throw new IllegalArgumentException("late: at least one agency");
    }
  }
}
