package vn.gov.plans.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.agency.Caller;
import vn.gov.plans.forms.InvalidInput;
import vn.gov.plans.plan.PlanDefinition.AgencySelector;
import vn.gov.plans.plan.PlanDefinition.TaskKind;
import vn.gov.plans.plan.PlanRegistrationProcess.Variables;

/** Turns the Tasklist start form into a plan definition: the starter's agency leads it. */
final class PlanRegistrationForm {

  private static final java.util.regex.Pattern TASK_PATH = java.util.regex.Pattern.compile("tasks\\[(\\d+)\\]\\.(\\w+).*");

  private PlanRegistrationForm() {}

  static PlanDefinition toPlan(Caller caller, String province, Map<String, Object> form) {
    String lead = caller.groups().stream()
        .filter(group -> group.endsWith(AgencyGroups.STAFF_SUFFIX))
        .map(AgencyGroups::agencyOf)
        .findFirst()
        .orElseThrow(() -> InvalidInput.because(
            "Chỉ chuyên viên của một đơn vị mới lập được kế hoạch mới."));
    String issuer = text(form.get(Variables.ISSUER));
    return new PlanDefinition(
        province,
        text(form.get(Variables.DOCUMENT_TYPE)),
        text(form.get(Variables.TITLE)),
        null,
        new PlanDefinition.Period(date(form.get(Variables.PERIOD_FROM)), date(form.get(Variables.PERIOD_TO))),
        lead,
        null,
        List.of(),
        List.of(new PlanDefinition.Issuer(issuer == null ? lead : issuer, text(form.get(Variables.ISSUER_SYMBOL)), null)),
        null,
        List.of(),
        tasks(text(form.get(Variables.TASK_LINES))),
        List.of(),
        List.of(),
        List.of(),
        null,
        null);
  }

  /** "Tổ chức hội nghị quán triệt; hue-skhcn; 31/03/2027": with a date a task with a deadline, without one ongoing. */
  static List<PlanDefinition.Task> tasks(String lines) {
    List<PlanDefinition.Task> tasks = new ArrayList<>();
    if (lines == null) {
      return tasks;
    }
    for (String line : lines.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split(";", -1);
      int number = tasks.size() + 1;
      if (parts.length < 2 || parts.length > 3) {
        throw InvalidInput.because("Nhiệm vụ " + number + ": mỗi dòng gồm nội dung; mã đơn vị chủ trì; hạn (có thể bỏ trống).");
      }
      LocalDate due = null;
      if (parts.length == 3 && !parts[2].isBlank()) {
        try {
          due = LocalDate.parse(parts[2].strip(), java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu"));
        } catch (java.time.format.DateTimeParseException e) {
          throw InvalidInput.because("Nhiệm vụ " + number + ": hạn \"" + parts[2].strip() + "\" phải có dạng dd/mm/yyyy.");
        }
      }
      tasks.add(new PlanDefinition.Task(String.valueOf(number), text(parts[0]), text(parts[1]),
          new AgencySelector(List.of(), List.of()), due == null ? TaskKind.ONGOING : TaskKind.DEADLINE,
          due, null, null, null));
    }
    return tasks;
  }

  /** The form's label for a path of the plan format, for messages shown in Tasklist. */
  static String label(String path) {
    java.util.regex.Matcher task = TASK_PATH.matcher(path);
    if (task.matches()) {
      String field = switch (task.group(2)) {
        case "lead" -> "đơn vị chủ trì";
        case "due" -> "thời hạn";
        case "title" -> "nội dung";
        case "kind" -> "loại";
        default -> task.group(2);
      };
      return "Nhiệm vụ " + (Integer.parseInt(task.group(1)) + 1) + ": " + field;
    }
    return path
        .replaceFirst("^issuers\\[0\\]\\.agency", "Cơ quan ban hành")
        .replaceFirst("^issuers\\[0\\]\\.symbol", "Ký hiệu cơ quan ban hành")
        .replaceFirst("^period.*", "Thời gian thực hiện")
        .replaceFirst("^title", "Tên kế hoạch")
        .replaceFirst("^documentType", "Loại văn bản");
  }

  private static LocalDate date(Object value) {
    return value == null || value.toString().isBlank() ? null : PlanDates.toLocalDate(value);
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
