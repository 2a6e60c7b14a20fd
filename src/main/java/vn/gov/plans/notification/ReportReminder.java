package vn.gov.plans.notification;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reminder to an agency that one of its reports is due soon.
 *
 * @param agencyName the reporting agency, as addressed ("Sở Văn hóa và Thể thao")
 * @param agencyEmail its e-mail address (or a comma-separated list); {@code null} or blank when the
 *     directory has none: then nothing is sent
 * @param periodLabel the reporting period ("6 tháng đầu năm 2026")
 * @param reportName the report ("Báo cáo kết quả thực hiện Kế hoạch")
 * @param dueDate the last day on which the report is on time (it is due by the end of that day)
 * @param planSymbol number and symbol of the plan ("310/KH-UBND")
 * @param compilingAgencyName the agency that receives and compiles the reports ("Sở Khoa học và
 *     Công nghệ")
 * @param tasklistLink where the agency's staff fill in the report (Camunda Tasklist)
 */
public record ReportReminder(
    String agencyName,
    String agencyEmail,
    String periodLabel,
    String reportName,
    LocalDate dueDate,
    String planSymbol,
    String compilingAgencyName,
    String tasklistLink) {

  public ReportReminder {
    Notices.requireText(agencyName, "agencyName");
    agencyEmail = Notices.blankToNull(agencyEmail);
    Notices.requireText(periodLabel, "periodLabel");
    Notices.requireText(reportName, "reportName");
    Objects.requireNonNull(dueDate, "dueDate");
    Notices.requireText(planSymbol, "planSymbol");
    Notices.requireText(compilingAgencyName, "compilingAgencyName");
    Notices.requireText(tasklistLink, "tasklistLink");
  }
}
