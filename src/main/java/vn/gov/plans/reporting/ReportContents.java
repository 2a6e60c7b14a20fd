package vn.gov.plans.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.plans.agency.Directory;
import vn.gov.plans.calendar.VietnameseDates;
import vn.gov.plans.calendar.WorkingCalendar;
import vn.gov.plans.forms.InvalidInput;
import vn.gov.plans.plan.PlanDates;
import vn.gov.plans.plan.TaskStatus;
import vn.gov.plans.reporting.ReportingPeriodProcess.ItemKeys;

/**
 * What an agency reports on in a period (the plan tasks it leads or cooperates on, the targets it
 * reports) and what the compiler sees of the submissions.
 */
@Component
class ReportContents {

  static final String TASK = "TASK";
  static final String TARGET = "TARGET";

  private final ReportingRepository reports;
  private final Directory directory;
  private final WorkingCalendar calendar;

  ReportContents(ReportingRepository reports, Directory directory, WorkingCalendar calendar) {
    this.reports = reports;
    this.directory = directory;
    this.calendar = calendar;
  }

  /** The form's rows of the plan tasks an agency leads or cooperates on, with their status today. */
  List<Map<String, Object>> taskItems(List<ReportingRepository.ItemRow> tasks) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (ReportingRepository.ItemRow task : tasks) {
      LocalDate lastDay = task.dueDate() != null ? task.dueDate()
          : task.dueYear() == null ? null : LocalDate.of(task.dueYear(), 12, 31);
      LocalDate due = lastDay == null ? null : calendar.dueDate(lastDay).dueDate();
      Map<String, Object> item = new LinkedHashMap<>();
      item.put(ItemKeys.PLAN_TASK_ID, task.id());
      item.put(ItemKeys.TITLE, task.title());
      item.put(ItemKeys.ROLE, task.role());
      TaskStatus status = TaskStatus.of(due, task.completedDate(), PlanDates.today());
      item.put(ItemKeys.STATUS, status.name());
      item.put(ItemKeys.STATUS_LABEL, status.label());
      item.put(ItemKeys.DONE, "");
      items.add(item);
    }
    return items;
  }

  /** The form's rows of the targets an agency reports on, without values. */
  List<Map<String, Object>> targetItems(List<ReportingRepository.ItemRow> targets) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (ReportingRepository.ItemRow target : targets) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put(ItemKeys.TARGET_ID, target.id());
      item.put(ItemKeys.KEY, target.key());
      item.put(ItemKeys.DESCRIPTION, target.title());
      item.put(ItemKeys.THRESHOLD, threshold(target));
      item.put(ItemKeys.VALUE, null);
      items.add(item);
    }
    return items;
  }

  /** "≥ 80 %" */
  static String threshold(ReportingRepository.ItemRow target) {
    String sign = switch (target.comparison()) {
      case "AT_MOST" -> "≤ ";
      case "EXACTLY" -> "= ";
      default -> "≥ ";
    };
    double value = target.threshold();
    String number = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    return sign + number + " " + target.unit();
  }

  /** What the agency reported: the statuses of its tasks as prepared, the target values it wrote. */
  List<ReportingRepository.ReportedItem> reported(List<Map<String, Object>> tasks, List<Map<String, Object>> targets,
      String targetValues) {
    List<ReportingRepository.ReportedItem> items = new ArrayList<>();
    for (Map<String, Object> task : tasks) {
      if (task.get(ItemKeys.PLAN_TASK_ID) instanceof Number id) {
        items.add(new ReportingRepository.ReportedItem(TASK, id.longValue(), text(task.get(ItemKeys.STATUS)), null, null));
      }
    }
    Map<String, Double> values = targetValues(targets, targetValues);
    for (Map<String, Object> target : targets) {
      if (target.get(ItemKeys.TARGET_ID) instanceof Number id) {
        items.add(new ReportingRepository.ReportedItem(TARGET, id.longValue(), null, null,
            values.get(text(target.get(ItemKeys.KEY)))));
      }
    }
    return items;
  }

  /**
   * Reads "CT1: 85" lines (a comma or a point as decimal mark, a trailing "%" or unit ignored);
   * a line naming no target of the agency or without a number is refused with its reason.
   */
  static Map<String, Double> targetValues(List<Map<String, Object>> targets, String text) {
    Map<String, Double> values = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return values;
    }
    java.util.Set<String> keys = new java.util.HashSet<>();
    targets.forEach(target -> keys.add(text(target.get(ItemKeys.KEY))));
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      java.util.regex.Matcher matcher = VALUE_LINE.matcher(line.strip());
      if (!matcher.matches()) {
        throw InvalidInput.because("Dòng \"" + line.strip() + "\" không đúng dạng \"mã chỉ tiêu: giá trị\", ví dụ CT1: 85.");
      }
      if (!keys.contains(matcher.group(1))) {
        throw InvalidInput.because("Đơn vị không báo cáo chỉ tiêu \"" + matcher.group(1) + "\" trong kỳ này.");
      }
      values.put(matcher.group(1), Double.parseDouble(matcher.group(2).replace(',', '.')));
    }
    return values;
  }

  private static final java.util.regex.Pattern VALUE_LINE =
      java.util.regex.Pattern.compile("([^:]+?)\\s*:\\s*(-?\\d+(?:[.,]\\d+)?)\\s*\\S*");

  /** Counts and one line per agency, for the compiling agency's task. */
  String submissionSummary(long periodId) {
    List<ReportingRepository.AgencyReportRow> all = reports.agencyReports(periodId);
    Map<SubmissionStatus, Integer> counts = new LinkedHashMap<>();
    StringBuilder lines = new StringBuilder();
    for (ReportingRepository.AgencyReportRow report : all) {
      SubmissionStatus status = SubmissionStatus.of(report.dueDate(), report.submittedOn(), PlanDates.today());
      counts.merge(status, 1, Integer::sum);
      lines.append("- ").append(directory.agency(report.agency()).map(Directory.Agency::name).orElse(report.agency()))
          .append(": ").append(status.label())
          .append(report.submittedOn() == null ? "" : " (" + vn(report.submittedOn()) + ")").append('\n');
    }
    return "Số đơn vị phải báo cáo: " + all.size()
        + "; đúng hạn: " + counts.getOrDefault(SubmissionStatus.ON_TIME, 0)
        + "; quá hạn: " + counts.getOrDefault(SubmissionStatus.LATE, 0)
        + "; chưa gửi: " + (counts.getOrDefault(SubmissionStatus.MISSING, 0) + counts.getOrDefault(SubmissionStatus.PENDING, 0))
        + ".\n" + lines + targetRollUp(periodId);
  }

  /** Each target of the period's year: how many agencies reported a value, how many reached it. */
  private String targetRollUp(long periodId) {
    StringBuilder text = new StringBuilder();
    for (ReportingRepository.TargetRollUp target : reports.targetRollUp(periodId)) {
      if (text.isEmpty()) {
        text.append("Chỉ tiêu:\n");
      }
      long reached = target.values().stream().filter(value -> reaches(target.item(), value)).count();
      text.append("- ").append(target.item().title()).append(" (").append(threshold(target.item())).append("): ")
          .append(target.values().size()).append(" đơn vị báo cáo, ").append(reached).append(" đơn vị đạt")
          .append(target.values().isEmpty() ? "" : ", trung bình " + format(target.values().stream()
              .mapToDouble(Double::doubleValue).average().orElse(0)) + " " + target.item().unit())
          .append('\n');
    }
    return text.toString();
  }

  static boolean reaches(ReportingRepository.ItemRow target, double value) {
    return switch (target.comparison()) {
      case "AT_MOST" -> value <= target.threshold();
      case "EXACTLY" -> value == target.threshold();
      default -> value >= target.threshold();
    };
  }

  private static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.1f", value);
  }

  static String vn(LocalDate date) {
    return VietnameseDates.format(date);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
