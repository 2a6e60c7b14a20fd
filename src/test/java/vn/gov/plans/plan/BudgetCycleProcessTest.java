package vn.gov.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.plans.ApplicationTest;
import vn.gov.plans.access.ProvinceTenantIdProvider;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.plan.BudgetCycleProcess.Elements;
import vn.gov.plans.plan.BudgetCycleProcess.Variables;

/** Every path of budget-cycle.bpmn, and the lifecycle starting one cycle per remaining year. */
@ApplicationTest
class BudgetCycleProcessTest {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String BUDGET = """
      budget:
        estimators:
          agencies: [haiphong-svhttdl, haiphong-baoptth]
        appraiser: haiphong-stc
        approver: haiphong-ubnd
        schedule:
          kind: YEARLY
          month: 7
          day: 15
      """;

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired PlanService plans;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(processEngine);
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 1, 4)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Date at(LocalDate day) {
    return Date.from(day.atTime(9, 0).atZone(VIETNAM).toInstant());
  }

  long budgetPlan(int number) {
    String yaml = PlanLifecycleProcessTest.issued(PlanLifecycleProcessTestFiles.newPlan(), number) + BUDGET;
    return plans.store(PlanDefinitionReader.read(yaml), yaml).planId();
  }

  ProcessInstance startYear(long planId) {
    return runtimeService.startProcessInstanceByKey(BudgetCycleProcess.KEY,
        Map.of(Variables.PLAN_ID, planId, Variables.BUDGET_YEAR, 2027, ProvinceTenantIdProvider.PROVINCE, "haiphong"));
  }

  Task task(ProcessInstance instance, String activity, String group) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity)
        .taskCandidateGroup(group).singleResult();
  }

  ProcessInstance estimatesDone(long planId) {
    ProcessInstance instance = startYear(planId);
    execute(job(instance));
    assertThat(instance).isWaitingAt(Elements.OPENS);
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 7, 1)));
    execute(job(instance));
    assertThat(instance).isWaitingAt(Elements.ESTIMATE);
    for (String unit : List.of("haiphong-svhttdl", "haiphong-baoptth")) {
      Task estimate = task(instance, Elements.ESTIMATE, AgencyGroups.staff(unit));
      // Before 15 July 2027 (a Thursday), as the plan's schedule says.
      assertThat(estimate.getDueDate().toInstant().atZone(VIETNAM).toLocalDate()).isEqualTo(LocalDate.of(2027, 7, 15));
      complete(estimate, withVariables(Variables.ESTIMATED_AMOUNT, 150_000_000,
          Variables.ESTIMATE_EXPLANATION, "Tổ chức 2 hội nghị và sản xuất 10 phóng sự"));
    }
    return instance;
  }

  void compile(ProcessInstance instance) {
    complete(task(instance, Elements.COMPILE, AgencyGroups.staff("haiphong-skhcn")), withVariables(
        Variables.TOTAL_AMOUNT, 300_000_000, Variables.COMPILATION_SUMMARY, "Tổng hợp dự toán của 2 đơn vị"));
  }

  @Test
  void unitsEstimateTheLeadCompilesFinanceAppraisesAndTheCommitteeApproves() {
    long planId = budgetPlan(31);
    ProcessInstance instance = estimatesDone(planId);
    assertThat(jdbc.sql("select count(*) from plan_budget_estimate where plan_id = ? and budget_year = 2027")
        .param(planId).query(Long.class).single()).isEqualTo(2);

    compile(instance);
    complete(task(instance, Elements.APPRAISE, AgencyGroups.staff("haiphong-stc")),
        withVariables(Variables.APPRAISAL_PASSED, true));
    complete(task(instance, Elements.APPROVE, AgencyGroups.leaders("haiphong-ubnd")),
        withVariables(Variables.BUDGET_APPROVED, true, Variables.APPROVED_AMOUNT, 280_000_000));

    assertThat(instance).isEnded().hasPassed(Elements.APPROVED);
  }

  @Test
  void financeOrTheCommitteeSendTheBudgetBackToTheLead() {
    ProcessInstance instance = estimatesDone(budgetPlan(32));
    compile(instance);

    complete(task(instance, Elements.APPRAISE, AgencyGroups.staff("haiphong-stc")),
        withVariables(Variables.APPRAISAL_PASSED, false, Variables.APPRAISAL_COMMENT, "Thiếu căn cứ định mức"));
    assertThat(instance).isWaitingAt(Elements.COMPILE);
    compile(instance);
    complete(task(instance, Elements.APPRAISE, AgencyGroups.staff("haiphong-stc")),
        withVariables(Variables.APPRAISAL_PASSED, true));
    complete(task(instance, Elements.APPROVE, AgencyGroups.leaders("haiphong-ubnd")),
        withVariables(Variables.BUDGET_APPROVED, false, Variables.APPROVAL_COMMENT, "Giảm quy mô hội nghị"));

    assertThat(instance).isWaitingAt(Elements.COMPILE);
  }

  @Test
  void theLifecycleStartsACycleForEachRemainingYearOfAPlanWithABudget() {
    long planId = budgetPlan(33);
    String lifecycle = jdbc.sql("select process_instance_id from plan where id = ?").param(planId)
        .query(String.class).single();
    execute(processEngine.getManagementService().createJobQuery().processInstanceId(lifecycle).singleResult());

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(BudgetCycleProcess.KEY)
        .superProcessInstanceId(lifecycle).count()).isOne();
  }
}
