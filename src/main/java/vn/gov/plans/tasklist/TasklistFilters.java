package vn.gov.plans.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.plans.access.Grants;
import vn.gov.plans.plan.PlanLifecycleProcess;
import vn.gov.plans.plan.PlanTaskProcess;
import vn.gov.plans.reporting.ReportingPeriodProcess;
import vn.gov.plans.system.StartupStep;

/**
 * The ready-made Tasklist filters every user finds, in Vietnamese. They are shared (one global read
 * grant each) and evaluated per user: {@code currentUser()} and {@code currentUserGroups()}.
 */
@Component
@Order(25)
public class TasklistFilters implements StartupStep {

  public static final String AGENCY_TASKS = "Nhiệm vụ của đơn vị";
  public static final String MY_TASKS = "Nhiệm vụ của tôi";
  public static final String DUE_SOON = "Sắp đến hạn (trong 3 ngày làm việc)";
  public static final String OVERDUE = "Quá hạn";

  /** Shown on every task card: the plan's number, the reporting period, the plan's own symbol. */
  static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", PlanTaskProcess.Variables.PLAN_SYMBOL, "label", "Kế hoạch"),
      Map.of("name", ReportingPeriodProcess.Variables.PERIOD_LABEL, "label", "Kỳ báo cáo"),
      Map.of("name", PlanLifecycleProcess.Variables.SYMBOL, "label", "Số, ký hiệu"));

  /** End of the third working day from today, computed by the working calendar. */
  static final String DUE_SOON_LIMIT = "${workingDaysFromNow(3)}";

  private final FilterService filterService;
  private final TaskService taskService;
  private final Grants grants;

  TasklistFilters(FilterService filterService, TaskService taskService, Grants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  @Override
  public void run() {
    Grants.Batch batch = grants.batchForEveryone(Resources.FILTER);
    definitions().forEach((name, definition) -> {
      Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
      if (filter == null) {
        filter = filterService.newTaskFilter(name);
        filter.setQuery(definition.query().apply(agencyTasks()));
        filter.setProperties(definition.properties());
        filterService.saveFilter(filter);
      } else if (!definition.properties().equals(filter.getProperties())) {
        filter.setProperties(definition.properties());
        filterService.saveFilter(filter);
      }
      batch.toEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
    });
  }

  private TaskQuery agencyTasks() {
    return taskService.createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks()
        .orderByDueDate().asc();
  }

  private static Map<String, Definition> definitions() {
    Map<String, Definition> filters = new LinkedHashMap<>();
    filters.put(AGENCY_TASKS, new Definition(-10, "#1f6fb2",
        "Mọi nhiệm vụ giao cho đơn vị của tôi, sắp theo hạn xử lý", query -> query));
    filters.put(MY_TASKS, new Definition(-9, "#2e7d32",
        "Nhiệm vụ tôi đã nhận xử lý", query -> query.taskAssigneeExpression("${currentUser()}")));
    filters.put(DUE_SOON, new Definition(-8, "#ef6c00",
        "Nhiệm vụ của đơn vị đến hạn trong 3 ngày làm việc tới",
        query -> query.dueAfterExpression("${now()}").dueBeforeExpression(DUE_SOON_LIMIT)));
    filters.put(OVERDUE, new Definition(-7, "#c62828",
        "Nhiệm vụ của đơn vị đã quá hạn xử lý", query -> query.dueBeforeExpression("${now()}")));
    return filters;
  }

  private record Definition(int priority, String color, String description, UnaryOperator<TaskQuery> query) {

    Map<String, Object> properties() {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("priority", priority);
      properties.put("color", color);
      properties.put("description", description);
      properties.put("refresh", true);
      properties.put("variables", CARD_VARIABLES);
      return properties;
    }
  }
}
