package vn.gov.plans.plan;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;
import vn.gov.plans.ApplicationTest;
import vn.gov.plans.access.ProvinceTenantIdProvider;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.plan.PlanTaskProcess.Elements;
import vn.gov.plans.plan.PlanTaskProcess.Variables;

@ApplicationTest
@TestExecutionListeners(
    listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class PlanTaskProcessTest {

  static final String AGENCY = "hue-skhcn";
  static final Date DUE = Date.from(LocalDate.of(2026, 12, 21).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;

  @BeforeEach
  void bindAssertions() {
    AbstractAssertions.init(processEngine);
  }

  ProcessInstance start() {
    Map<String, Object> variables =
        PlanTaskProcess.start(AgencyGroups.staff(AGENCY), AgencyGroups.leaders(AGENCY), DUE);
    variables.put(ProvinceTenantIdProvider.PROVINCE, "hue");
    return runtimeService.startProcessInstanceByKey(PlanTaskProcess.KEY, variables);
  }

  @Test
  void staffReportAndTheLeaderConfirms() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt(Elements.REPORT_RESULT);
    assertThat(task(instance)).hasCandidateGroup(AgencyGroups.staff(AGENCY)).hasDueDate(DUE);
    complete(task(instance), withVariables(Variables.RESULT_SUMMARY, "Đã tổ chức 3 hội nghị tuyên truyền"));

    assertThat(instance).isWaitingAt(Elements.CONFIRM_COMPLETION);
    assertThat(task(instance)).hasCandidateGroup(AgencyGroups.leaders(AGENCY));
    complete(task(instance), withVariables(Variables.COMPLETION_CONFIRMED, true));

    assertThat(instance).isEnded()
        .hasPassedInOrder(Elements.REPORT_RESULT, Elements.CONFIRM_COMPLETION, Elements.COMPLETED);
  }

  @Test
  void theLeaderReturnsTheReportToStaff() {
    ProcessInstance instance = start();
    complete(task(instance), withVariables(Variables.RESULT_SUMMARY, "Báo cáo sơ bộ"));

    complete(task(instance), withVariables(Variables.COMPLETION_CONFIRMED, false,
        Variables.LEADER_COMMENT, "Bổ sung số liệu cụ thể"));

    assertThat(instance).isWaitingAt(Elements.REPORT_RESULT);
    assertThat(task(instance)).hasCandidateGroup(AgencyGroups.staff(AGENCY));
  }

  @Test
  void anOngoingTaskHasNoDueDate() {
    Map<String, Object> variables =
        PlanTaskProcess.start(AgencyGroups.staff(AGENCY), AgencyGroups.leaders(AGENCY), null);
    variables.put(ProvinceTenantIdProvider.PROVINCE, "hue");
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PlanTaskProcess.KEY, variables);

    assertThat(instance).task().hasCandidateGroup(AgencyGroups.staff(AGENCY));
    org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate()).isNull();
  }
}
