package vn.gov.plans.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.plans.forms.InvalidInput;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.agency.Caller;
import vn.gov.plans.plan.PlanDefinition.AgencySelector;
import vn.gov.plans.plan.PlanDefinition.TaskKind;
import vn.gov.plans.plan.PlanRegistrationProcess.Variables;

/** Turns the Tasklist start form into a plan definition: the starter's agency leads it. */
final class PlanRegistrationForm {

  private static final java.util.regex.Pattern TASK_PATH = java.util.regex.Pattern.compile("tasks\\[(\\d+)\\]\\.(\\w+).*");

  private PlanRegistrationForm() {}

  static PlanDefinition toPlan(Caller caller, String province, Map<String, Object> form,
      List<Map<String, Object>> taskRows) {
    String lead = caller.groups().stream()
        .filter(group -> group.endsWith(AgencyGroups.STAFF_SUFFIX))
        .map(AgencyGroups::agencyOf)
        .findFirst()
        .orElseThrow(() -> InvalidInput.because(
            "Chỉ chuyên viên của một đơn vị mới lập được kế hoạch mới."));
    String issuer = text(form.get(Variables.ISSUER));
    List<PlanDefinition.Task> tasks = new ArrayList<>();
    for (int i = 0; i < taskRows.size(); i++) {
      Map<String, Object> row = taskRows.get(i);
      String kind = text(row.get(Variables.TASK_KIND));
      tasks.add(new PlanDefinition.Task(String.valueOf(i + 1), text(row.get(Variables.TASK_TITLE)),
          text(row.get(Variables.TASK_LEAD)), new AgencySelector(List.of(), List.of()),
          kind == null ? null : TaskKind.valueOf(kind),
          row.get(Variables.TASK_DUE) == null ? null : PlanDates.toLocalDate(row.get(Variables.TASK_DUE)),
          null, null, null));
    }
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
        tasks,
        List.of(),
        List.of(),
        List.of(),
        null,
        null);
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

  private static java.time.LocalDate date(Object value) {
    return value == null || value.toString().isBlank() ? null : PlanDates.toLocalDate(value);
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
