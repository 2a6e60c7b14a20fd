package vn.gov.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
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
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.plan.PlanLifecycleProcess.Elements;
import vn.gov.plans.plan.PlanLifecycleProcess.Variables;

/** Every path of plan-lifecycle.bpmn, with the real delegates and the plan tables. */
@ApplicationTest
class PlanLifecycleProcessTest {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired PlanService plans;
  @Autowired PlanRepository repository;
  String newPlan;

  @BeforeEach
  void setUp() throws IOException {
    AbstractAssertions.init(processEngine);
    // Monday 4 January 2027, a working day.
    ClockUtil.setCurrentTime(date(LocalDate.of(2027, 1, 4)));
    try (InputStream file = getClass().getResourceAsStream("/plans/new-plan-haiphong-2027.yaml")) {
      newPlan = new String(file.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Date date(LocalDate day) {
    return Date.from(day.atTime(9, 0).atZone(VIETNAM).toInstant());
  }

  ProcessInstance start(String yaml) {
    PlanService.CreatedPlan created = plans.store(PlanDefinitionReader.read(yaml), yaml);
    return runtimeService.createProcessInstanceQuery().processInstanceId(created.processInstanceId()).singleResult();
  }

  long planId(ProcessInstance instance) {
    return Long.parseLong(instance.getBusinessKey());
  }

  Task taskFor(ProcessInstance instance, String activity, String group) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity)
        .taskCandidateGroup(group).singleResult();
  }

  void draftAndOpenConsultation(ProcessInstance instance) {
    assertThat(instance).isWaitingAt(Elements.DRAFT);
    assertThat(taskFor(instance, Elements.DRAFT, AgencyGroups.staff("haiphong-skhcn"))).isNotNull();
    complete(taskFor(instance, Elements.DRAFT, AgencyGroups.staff("haiphong-skhcn")), withVariables(
        Variables.DRAFT_SUMMARY, "Dự thảo kế hoạch truyền thông về chuyển đổi số năm 2027",
        Variables.CONSULTATION_WORKING_DAYS, 5));
  }

  void sign(ProcessInstance instance, String issuer) {
    complete(taskFor(instance, Elements.SIGN, AgencyGroups.leaders(issuer)), withVariables(
        Variables.AUTHORITY, "KT. CHỦ TỊCH", Variables.SIGNER_TITLE, "PHÓ CHỦ TỊCH",
        Variables.SIGNER_NAME, "Nguyễn Văn Hải"));
  }

  @Test
  void aNewPlanIsDraftedConsultedReviewedSignedNumberedAndDisseminated() {
    ProcessInstance instance = start(newPlan);
    draftAndOpenConsultation(instance);

    assertThat(instance).isWaitingAt(Elements.GIVE_COMMENTS);
    List<Task> consultation = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Elements.GIVE_COMMENTS).list();
    assertThat(consultation).hasSize(2).allSatisfy(task ->
        // Five working days after Monday 4 January 2027: Monday 11 January, end of day.
        assertThat(task.getDueDate()).isAfter(date(LocalDate.of(2027, 1, 11))).isBefore(date(LocalDate.of(2027, 1, 12))));
    complete(taskFor(instance, Elements.GIVE_COMMENTS, AgencyGroups.staff("haiphong-svhttdl")),
        withVariables(Variables.AGREES, true));
    complete(taskFor(instance, Elements.GIVE_COMMENTS, AgencyGroups.staff("haiphong-ubnd")),
        withVariables(Variables.AGREES, false, Variables.COMMENTS, "Bổ sung chỉ tiêu về số lượng tin bài"));

    assertThat(instance).isWaitingAt(Elements.REVIEW_DRAFT);
    complete(taskFor(instance, Elements.REVIEW_DRAFT, AgencyGroups.staff("haiphong-vpubnd")),
        withVariables(Variables.DRAFT_APPROVED, true));

    assertThat(instance).isWaitingAt(Elements.SIGN);
    sign(instance, "haiphong-ubnd");
    assertThat(instance).isWaitingAt(Elements.ASSIGN_NUMBER);
    execute(job());

    assertThat(instance).variables().containsKey(Variables.SYMBOL);
    String symbol = (String) runtimeService.getVariable(instance.getId(), Variables.SYMBOL);
    assertThat(symbol).matches("\\d{2,}/KH-UBND");
    PlanRepository.PlanRow stored = repository.find(planId(instance)).orElseThrow();
    assertThat(stored.symbol()).isEqualTo(symbol);
    assertThat(stored.issuedDate()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(repository.issuers(planId(instance))).singleElement().satisfies(issuer -> {
      assertThat(issuer.authority()).isEqualTo("KT. CHỦ TỊCH");
      assertThat(issuer.signerName()).isEqualTo("Nguyễn Văn Hải");
    });

    assertThat(instance).isWaitingAt(Elements.DISSEMINATE);
    execute(job());
    assertThat(instance).isWaitingAt(Elements.ACKNOWLEDGE, Elements.ISSUE_IMPLEMENTING_PLAN,
        Elements.IMPLEMENT_TASKS, Elements.PERIOD_END);
    assertThat(taskFor(instance, Elements.ACKNOWLEDGE, AgencyGroups.staff("haiphong-baoptth"))).isNotNull();
    Task implementing = taskFor(instance, Elements.ISSUE_IMPLEMENTING_PLAN, AgencyGroups.staff("haiphong-stc"));
    assertThat(implementing.getDueDate()).isAfter(date(LocalDate.of(2027, 3, 31)))
        .isBefore(date(LocalDate.of(2027, 4, 1)));
    assertThat(repository.find(planId(instance)).orElseThrow().stage()).isEqualTo(PlanStage.IMPLEMENTING);
    assertThat(taskService.createTaskQuery().processDefinitionKey(PlanTaskProcess.KEY)
        .taskDefinitionKey(PlanTaskProcess.Elements.REPORT_RESULT)
        .processInstanceBusinessKey(instance.getBusinessKey()).list())
        .extracting(task -> taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId())
        .containsExactlyInAnyOrder(AgencyGroups.staff("haiphong-skhcn"), AgencyGroups.staff("haiphong-baoptth"));
  }

  @Test
  void noAnswerByTheConsultationDeadlineCountsAsAgreement() {
    ProcessInstance instance = start(newPlan);
    draftAndOpenConsultation(instance);
    complete(taskFor(instance, Elements.GIVE_COMMENTS, AgencyGroups.staff("haiphong-svhttdl")),
        withVariables(Variables.AGREES, true));

    ClockUtil.setCurrentTime(date(LocalDate.of(2027, 1, 12)));
    execute(job(Elements.CONSULTATION_DEADLINE));

    assertThat(instance).hasPassed(Elements.CONSULTATION_DEADLINE).isWaitingAt(Elements.REVIEW_DRAFT);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Elements.GIVE_COMMENTS).count()).isZero();
  }

  @Test
  void theOfficeSendsTheDraftBack() {
    ProcessInstance instance = start(newPlan.replace("      agencies: [haiphong-svhttdl]\n    kind: DEADLINE", "    kind: DEADLINE")
        .replace("      agencies: [haiphong-svhttdl, haiphong-skhcn]\n", "      agencies: [haiphong-skhcn]\n"));
    draftAndOpenConsultation(instance);
    complete(taskFor(instance, Elements.GIVE_COMMENTS, AgencyGroups.staff("haiphong-ubnd")),
        withVariables(Variables.AGREES, true));

    complete(taskFor(instance, Elements.REVIEW_DRAFT, AgencyGroups.staff("haiphong-vpubnd")),
        withVariables(Variables.DRAFT_APPROVED, false, Variables.REVIEW_COMMENT, "Làm rõ nguồn kinh phí"));

    assertThat(instance).isWaitingAt(Elements.DRAFT);
  }

  @Test
  void aJointProgrammeIsSignedByEachIssuerAndNumberedInTheFirstIssuersRegister() {
    String joint = newPlan
        .replace("documentType: KH", "documentType: CTPH")
        .replace("""
            issuers:
              - agency: haiphong-ubnd
                symbol: UBND
                office: haiphong-vpubnd""", """
            issuers:
              - agency: haiphong-btgdv
                symbol: BTGDVTU
              - agency: haiphong-skhcn
                symbol: SKHCN""");
    ProcessInstance instance = start(joint);
    draftAndOpenConsultation(instance);
    taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Elements.GIVE_COMMENTS)
        .list().forEach(task -> complete(task, withVariables(Variables.AGREES, true)));
    complete(taskFor(instance, Elements.REVIEW_DRAFT, AgencyGroups.staff("haiphong-btgdv")),
        withVariables(Variables.DRAFT_APPROVED, true));

    sign(instance, "haiphong-btgdv");
    assertThat(instance).isWaitingAt(Elements.SIGN);
    sign(instance, "haiphong-skhcn");
    execute(job());

    assertThat((String) runtimeService.getVariable(instance.getId(), Variables.SYMBOL))
        .matches("\\d{2,}-CTPH/BTGDVTU-SKHCN");
    assertThat(repository.issuers(planId(instance))).extracting(PlanRepository.IssuerRow::signerName)
        .containsExactly("Nguyễn Văn Hải", "Nguyễn Văn Hải");
  }

  @Test
  void aLateImplementingPlanIsCountedLate() {
    ProcessInstance instance = start(issued(newPlan, 3));
    assertThat(instance).isWaitingAt(Elements.DISSEMINATE);
    execute(job());

    ClockUtil.setCurrentTime(date(LocalDate.of(2027, 4, 5)));
    complete(taskFor(instance, Elements.ISSUE_IMPLEMENTING_PLAN, AgencyGroups.staff("haiphong-stc")),
        withVariables(Variables.IMPLEMENTING_PLAN_SYMBOL, "15/KH-STC",
            Variables.IMPLEMENTING_PLAN_DATE, date(LocalDate.of(2027, 4, 2))));
    complete(taskFor(instance, Elements.ISSUE_IMPLEMENTING_PLAN, AgencyGroups.staff("haiphong-syt")),
        withVariables(Variables.IMPLEMENTING_PLAN_SYMBOL, "09/KH-SYT",
            Variables.IMPLEMENTING_PLAN_DATE, date(LocalDate.of(2027, 3, 20))));

    var recipients = repository.recipients(planId(instance));
    assertThat(recipients).filteredOn(r -> r.agency().equals("haiphong-stc")).singleElement()
        .satisfies(r -> assertThat(ImplementingPlanStatus.of(LocalDate.of(2027, 3, 31), r.implementingDate(),
            LocalDate.of(2027, 4, 5))).isEqualTo(ImplementingPlanStatus.ISSUED_LATE));
    assertThat(recipients).filteredOn(r -> r.agency().equals("haiphong-syt")).singleElement()
        .satisfies(r -> assertThat(r.implementingSymbol()).isEqualTo("09/KH-SYT"));
  }

  @Test
  void aPlanSignedOnPaperEntersAtDisseminationAndClosesAfterItsPeriod() {
    // Without tasks and reporting duties, nothing else keeps the plan open.
    String withoutTasks = newPlan.substring(0, newPlan.indexOf("tasks:")) + "tasks: []\n";
    ProcessInstance instance = start(issued(withoutTasks, 4));
    assertThat(instance).hasPassed(Elements.ALREADY_ISSUED).hasNotPassed(Elements.DRAFT);
    execute(job());

    ClockUtil.setCurrentTime(date(LocalDate.of(2028, 1, 3)));
    execute(job(Elements.PERIOD_END));
    Task close = taskFor(instance, Elements.CLOSE, AgencyGroups.leaders("haiphong-skhcn"));
    assertThat(close).isNotNull();
    complete(close, withVariables(Variables.CLOSING_SUMMARY, "Hoàn thành các nhiệm vụ chủ yếu của kế hoạch năm 2027"));

    assertThat(instance).isWaitingAt(Elements.ACKNOWLEDGE, Elements.ISSUE_IMPLEMENTING_PLAN);

    taskService.createTaskQuery().processInstanceId(instance.getId()).list().forEach(task -> complete(task,
        withVariables(Variables.IMPLEMENTING_PLAN_SYMBOL, "07/KH-SYT", Variables.IMPLEMENTING_PLAN_DATE,
            date(LocalDate.of(2027, 3, 1)))));
    assertThat(instance).isEnded().hasPassed(Elements.CLOSED);
    assertThat(repository.find(planId(instance)).orElseThrow().stage()).isEqualTo(PlanStage.CLOSED);
  }

  /** The plan as signed on paper, with a number of the 2027 register not used by another test. */
  static String issued(String plan, int number) {
    return plan + """
        issued:
          number: %d
          symbol: %02d/KH-UBND
          date: 2027-01-04
          signatures:
            - issuer: haiphong-ubnd
              authority: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
              signerTitle: PHÓ CHỦ TỊCH
              signerName: Lê Văn Minh
        """.formatted(number, number);
  }
}
