package vn.gov.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.plans.ApplicationTest;
import vn.gov.plans.access.ProvinceTenantIdProvider;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.plan.PlanTaskProcess.Elements;
import vn.gov.plans.plan.PlanTaskProcess.Variables;

/** Every path of plan-task.bpmn: report and confirm, return, extension, on demand, recurring. */
@ApplicationTest
class PlanTaskProcessTest {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String AGENCY = "hue-skhcn";
  static final Date DUE = Date.from(LocalDate.of(2026, 12, 21).atTime(23, 59, 59).atZone(VIETNAM).toInstant());

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired PlanService plans;
  @Autowired PlanRepository repository;

  @BeforeEach
  void bindAssertions() {
    AbstractAssertions.init(processEngine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  ProcessInstance start(String kind, Date due, List<String> cooperating) {
    Map<String, Object> variables =
        PlanTaskProcess.start(AgencyGroups.staff(AGENCY), AgencyGroups.leaders(AGENCY), due);
    variables.put(Variables.TASK_KIND, kind);
    variables.put(Variables.COOPERATING_GROUPS, new ArrayList<>(cooperating));
    variables.put(ProvinceTenantIdProvider.PROVINCE, "hue");
    return runtimeService.startProcessInstanceByKey(PlanTaskProcess.KEY, variables);
  }

  Task task(ProcessInstance instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
  }

  void report(ProcessInstance instance) {
    complete(task(instance, Elements.REPORT_RESULT), withVariables(
        Variables.RESULT_SUMMARY, "Đã tổ chức 3 hội nghị tuyên truyền", Variables.REQUEST_EXTENSION, false));
  }

  @Test
  void staffReportTheCooperatingAgencyContributesAndTheLeaderConfirms() {
    ProcessInstance instance = start("DEADLINE", DUE, List.of(AgencyGroups.staff("hue-svhtt")));

    assertThat(instance).isWaitingAt(Elements.REPORT_RESULT, Elements.CONTRIBUTE);
    assertThat(task(instance, Elements.REPORT_RESULT)).hasCandidateGroup(AgencyGroups.staff(AGENCY)).hasDueDate(DUE);
    assertThat(task(instance, Elements.CONTRIBUTE)).hasCandidateGroup(AgencyGroups.staff("hue-svhtt"));
    complete(task(instance, Elements.CONTRIBUTE), withVariables(Variables.CONTRIBUTION, "Đã đăng 12 tin bài trên cổng thông tin"));
    report(instance);

    assertThat(task(instance, Elements.CONFIRM_COMPLETION)).hasCandidateGroup(AgencyGroups.leaders(AGENCY));
    complete(task(instance, Elements.CONFIRM_COMPLETION), withVariables(Variables.COMPLETION_CONFIRMED, true));

    assertThat(instance).isEnded().hasPassedInOrder(Elements.REPORT_RESULT, Elements.CONFIRM_COMPLETION, Elements.DONE);
  }

  @Test
  void confirmingClosesContributionsStillOpen() {
    ProcessInstance instance = start("ONGOING", null, List.of(AgencyGroups.staff("hue-svhtt")));
    report(instance);
    complete(task(instance, Elements.CONFIRM_COMPLETION), withVariables(Variables.COMPLETION_CONFIRMED, true));

    assertThat(instance).isEnded().hasPassed(Elements.COMPLETED);
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).activityId(Elements.CONTRIBUTE).canceled().count())
        .as("the open contribution was closed, not completed").isPositive();
  }

  @Test
  void theLeaderReturnsTheReportToStaff() {
    ProcessInstance instance = start("DEADLINE", DUE, List.of());
    report(instance);

    complete(task(instance, Elements.CONFIRM_COMPLETION), withVariables(Variables.COMPLETION_CONFIRMED, false,
        Variables.LEADER_COMMENT, "Bổ sung số liệu cụ thể"));

    assertThat(instance).isWaitingAt(Elements.REPORT_RESULT);
    assertThat(task(instance, Elements.REPORT_RESULT)).hasCandidateGroup(AgencyGroups.staff(AGENCY));
  }

  @Test
  void anApprovedExtensionMovesTheDeadline() {
    ProcessInstance instance = start("DEADLINE", DUE, List.of());
    complete(task(instance, Elements.REPORT_RESULT), withVariables(
        Variables.RESULT_SUMMARY, "Đang chờ kinh phí được phân bổ", Variables.REQUEST_EXTENSION, true,
        Variables.REQUESTED_DUE_DATE, "2027-03-31", Variables.EXTENSION_REASON, "Kinh phí chưa được phân bổ"));

    assertThat(task(instance, Elements.DECIDE_EXTENSION)).hasCandidateGroup(AgencyGroups.leaders(AGENCY));
    complete(task(instance, Elements.DECIDE_EXTENSION), withVariables(Variables.EXTENSION_APPROVED, true));

    Task report = task(instance, Elements.REPORT_RESULT);
    assertThat(report).isNotNull();
    assertThat(report.getDueDate().toInstant().atZone(VIETNAM).toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 31));
  }

  @Test
  void aRejectedExtensionKeepsTheDeadline() {
    ProcessInstance instance = start("DEADLINE", DUE, List.of());
    complete(task(instance, Elements.REPORT_RESULT), withVariables(
        Variables.RESULT_SUMMARY, "Đang chờ kinh phí được phân bổ", Variables.REQUEST_EXTENSION, true,
        Variables.REQUESTED_DUE_DATE, "2027-03-31", Variables.EXTENSION_REASON, "Kinh phí chưa được phân bổ"));

    complete(task(instance, Elements.DECIDE_EXTENSION), withVariables(Variables.EXTENSION_APPROVED, false,
        Variables.EXTENSION_COMMENT, "Đề nghị hoàn thành đúng hạn"));

    assertThat(task(instance, Elements.REPORT_RESULT).getDueDate()).isEqualTo(DUE);
  }

  @Test
  void anOnDemandTaskStartsOnlyOnceBothSidesAgree() {
    ProcessInstance agreed = start("ON_DEMAND", null, List.of());
    assertThat(task(agreed, Elements.AGREE_TO_START)).hasCandidateGroup(AgencyGroups.leaders(AGENCY));
    complete(task(agreed, Elements.AGREE_TO_START), withVariables(Variables.START_AGREED, true));
    assertThat(agreed).isWaitingAt(Elements.REPORT_RESULT);

    ProcessInstance declined = start("ON_DEMAND", null, List.of());
    complete(task(declined, Elements.AGREE_TO_START), withVariables(Variables.START_AGREED, false));
    assertThat(declined).isEnded().hasPassed(Elements.NOT_STARTED);
  }

  @Test
  void aRecurringTaskRunsOncePerOccurrenceUntilThePlanEnds() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 1, 4).atTime(9, 0).atZone(VIETNAM).toInstant()));
    String yaml = PlanLifecycleProcessTest.issued(PlanLifecycleProcessTestFiles.newPlan(), 21)
        .replace("recurrence:\n      kind: FIXED_DATES\n      dates: [\"2027-10-10\"]",
            "recurrence:\n      kind: FIXED_DATES\n      dates: [\"2027-05-18\", \"2027-10-10\"]");
    PlanService.CreatedPlan plan = plans.store(PlanDefinitionReader.read(yaml), yaml);
    long recurringTask = repository.tasks(plan.planId()).stream()
        .filter(t -> t.kind() == PlanDefinition.TaskKind.RECURRING).findFirst().orElseThrow().id();
    Map<String, Object> variables = PlanTaskProcess.start(null, null, null);
    variables.put(Variables.PLAN_TASK_ID, recurringTask);
    variables.put(ProvinceTenantIdProvider.PROVINCE, "haiphong");
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PlanTaskProcess.KEY, variables);

    assertThat(instance).isWaitingAt(Elements.OCCURRENCE_OPENS);
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 4, 20).atTime(9, 0).atZone(VIETNAM).toInstant()));
    execute(job());
    Task may = task(instance, Elements.REPORT_RESULT);
    assertThat(may).hasCandidateGroup(AgencyGroups.staff("haiphong-svhttdl"));
    assertThat(may.getDueDate().toInstant().atZone(VIETNAM).toLocalDate()).isEqualTo(LocalDate.of(2027, 5, 18));
    report(instance);
    complete(task(instance, Elements.CONFIRM_COMPLETION), withVariables(Variables.COMPLETION_CONFIRMED, true));

    assertThat(instance).isWaitingAt(Elements.OCCURRENCE_OPENS);
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 9, 15).atTime(9, 0).atZone(VIETNAM).toInstant()));
    execute(job());
    // 10 October 2027 is a Sunday: the last day moves to Monday 11 October (Civil Code Art. 148).
    assertThat(task(instance, Elements.REPORT_RESULT).getDueDate().toInstant().atZone(VIETNAM).toLocalDate())
        .isEqualTo(LocalDate.of(2027, 10, 11));
    report(instance);
    complete(task(instance, Elements.CONFIRM_COMPLETION), withVariables(Variables.COMPLETION_CONFIRMED, true));

    assertThat(instance).isEnded().hasPassed(Elements.OCCURRENCES_DONE);
  }
}
