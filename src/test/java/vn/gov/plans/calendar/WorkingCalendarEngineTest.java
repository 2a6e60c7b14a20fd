package vn.gov.plans.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.gov.plans.calendar.DeadlinesTest.at;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calendar inside a real (standalone, in-memory) engine: the plugin and the {@code deadlines}
 * bean as the Spring application wires them, and a test diagram whose due dates and timers all
 * come from the calendar.
 */
class WorkingCalendarEngineTest {

  private static final String PROCESS = "process_workingCalendarTest";
  private static final String REPORT_BEFORE = "reportBefore";

  private static ProcessEngine engine;
  private final List<String> standaloneTasks = new ArrayList<>();

  @BeforeAll
  static void startEngine() {
    WorkingCalendar calendar = WorkingCalendarTest.CALENDAR;
    String name = "calendar-test-" + UUID.randomUUID();
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate("create-drop");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("full");
    configuration.setBeans(Map.of(Deadlines.BEAN_NAME,
        new Deadlines(calendar, new ReportingScheduler(calendar))));
    configuration.getProcessEnginePlugins().add(new WorkingCalendarPlugin(calendar));
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment()
        .addClasspathResource("calendar/working-calendar-test.bpmn")
        .deploy();
    BpmnAwareTests.init(engine);
  }

  @AfterAll
  static void stopEngine() {
    BpmnAwareTests.reset();
    engine.close();
  }

  @AfterEach
  void cleanUp() {
    standaloneTasks.forEach(id -> engine.getTaskService().deleteTask(id, true));
    engine.getFilterService().createFilterQuery().list()
        .forEach(filter -> engine.getFilterService().deleteFilter(filter.getId()));
    configuration().setEnableExpressionsInAdhocQueries(false);
    ClockUtil.reset();
  }

  /** A report due "before 20 February 2026": its last day falls in the Tết break. */
  @Test
  void dueDateReminderAndWorkingDayTimerAroundTet() {
    ClockUtil.setCurrentTime(at("2026-02-10T09:00:00"));
    ProcessInstance instance = start("2026-02-20");

    assertThat(instance).isWaitingAt("userTask_submitReport");
    assertThat(task()).hasDueDate(at("2026-02-23T23:59:59"));
    assertThat(task().getFollowUpDate()).isEqualTo(at("2026-02-11T08:00:00"));
    assertThat(job("timerBoundary_remind")).hasDueDate(at("2026-02-11T08:00:00"));
    assertThat(job("timerBoundary_overdue")).hasDueDate(at("2026-02-24T00:00:00"));

    ClockUtil.setCurrentTime(at("2026-02-11T08:00:00"));
    execute(job("timerBoundary_remind"));
    assertThat(instance).hasPassed("endEvent_reminderSent").isWaitingAt("userTask_submitReport");

    ClockUtil.setCurrentTime(at("2026-02-13T10:00:00"));
    complete(task());
    assertThat(instance).isWaitingAt("timer_waitForCompilation");
    // P3WD from Friday 13/02: Tết 14–22/02 is skipped, then 23, 24, 25 February
    assertThat(job("timer_waitForCompilation")).hasDueDate(at("2026-02-25T23:59:59"));

    execute(job("timer_waitForCompilation"));
    assertThat(instance).isEnded().hasPassed("endEvent_reportCompiled");
  }

  /** "Before 20 December 2026": 19/12 is a Saturday, so the report is due Monday 21/12. */
  @Test
  void overdueTimerAndWorkingDayDueDate() {
    ClockUtil.setCurrentTime(at("2026-12-01T09:00:00"));
    ProcessInstance instance = start("2026-12-20");
    assertThat(instance).isWaitingAt("userTask_submitReport");
    assertThat(task()).hasDueDate(at("2026-12-21T23:59:59"));
    assertThat(task().getFollowUpDate()).isEqualTo(at("2026-12-16T08:00:00"));
    assertThat(job("timerBoundary_overdue")).hasDueDate(at("2026-12-22T00:00:00"));

    ClockUtil.setCurrentTime(at("2026-12-22T00:00:01"));
    execute(job("timerBoundary_overdue"));
    assertThat(instance).isWaitingAt("userTask_explainDelay");
    // camunda:dueDate="P2WD" from Tuesday 22/12
    assertThat(task()).hasDueDate(at("2026-12-24T23:59:59"));
  }

  @Test
  void workingDaysFromNowInATasklistFilter() {
    ClockUtil.setCurrentTime(at("2026-02-13T10:00:00"));
    newTask("due in 2 working days", at("2026-02-24T23:59:59"));
    newTask("due in 3 working days", at("2026-02-25T23:59:59"));
    newTask("due in 4 working days", at("2026-02-26T23:59:59"));
    TaskService tasks = engine.getTaskService();

    Filter filter = engine.getFilterService().newTaskFilter("Hạn trong 3 ngày làm việc")
        .setQuery(tasks.createTaskQuery().dueBeforeExpression("${workingDaysFromNow(3)}"));
    engine.getFilterService().saveFilter(filter);
    List<Task> dueSoon = engine.getFilterService().list(filter.getId());
    assertThat(dueSoon).extracting(Task::getName)
        .containsExactlyInAnyOrder("due in 2 working days", "due in 3 working days");

    // The same query run directly is an "ad hoc" query: expressions there are off by default.
    assertThatThrownBy(() ->
            tasks.createTaskQuery().dueBeforeExpression("${workingDaysFromNow(3)}").list())
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("adhoc");
    configuration().setEnableExpressionsInAdhocQueries(true);
    assertThat(tasks.createTaskQuery().dueBeforeExpression("${workingDaysFromNow(3)}").list())
        .extracting(Task::getName)
        .containsExactlyInAnyOrder("due in 2 working days", "due in 3 working days");
    assertThat(tasks.createTaskQuery().dueBeforeExpression("${workingDaysFromNow(0)}").list())
        .isEmpty();
  }

  private static ProcessInstance start(String reportBefore) {
    return engine.getRuntimeService()
        .startProcessInstanceByKey(PROCESS, Map.of(REPORT_BEFORE, reportBefore));
  }

  private void newTask(String name, Date due) {
    Task task = engine.getTaskService().newTask();
    task.setName(name);
    task.setDueDate(due);
    engine.getTaskService().saveTask(task);
    standaloneTasks.add(task.getId());
  }

  private static ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
