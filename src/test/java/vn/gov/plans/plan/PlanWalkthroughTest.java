package vn.gov.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.plans.ApplicationTest;
import vn.gov.plans.RestUsers;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.identity.DemoUsers;
import vn.gov.plans.identity.InitialPasswords;
import vn.gov.plans.plan.PlanLifecycleProcess.Elements;
import vn.gov.plans.plan.PlanLifecycleProcess.Variables;

/**
 * End to end through the REST API, each step by a user of the right agency and role: a new plan from
 * its file, through drafting, consultation, review, signing and numbering to its dissemination; and
 * the Huế plan, signed on paper, straight to dissemination and implementation.
 */
@ApplicationTest
class PlanWalkthroughTest {

  @Autowired TestRestTemplate rest;
  @Autowired InitialPasswords passwords;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired PlanRepository plans;
  @Autowired DemoPlans demoPlans;

  RestUsers users() {
    return new RestUsers(rest, passwords);
  }

  /** The one open task of the instance at the activity that the user sees in its task list. */
  String taskSeenBy(String user, String processInstanceId, String activity) {
    String tasks = users().as(user).getForObject(
        "/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + activity, String.class);
    List<String> ids = JsonPath.read(tasks, "$[*].id");
    assertThat(ids).as(user + " sees " + activity).hasSize(1);
    return ids.get(0);
  }

  ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value,
        "type", value instanceof Boolean ? "Boolean" : value instanceof Integer ? "Integer" : "String")));
    return users().as(user).postForEntity("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", typed), String.class);
  }

  void runJobsOf(String processInstanceId) {
    managementService.createJobQuery().processInstanceId(processInstanceId).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  @Test
  void aNewPlanWalksFromItsFileToTheFirstDisseminationTasks() throws IOException {
    String yaml;
    try (InputStream file = getClass().getResourceAsStream("/plans/new-plan-haiphong-2027.yaml")) {
      yaml = new String(file.readAllBytes(), StandardCharsets.UTF_8);
    }
    ResponseEntity<String> created = PlanApiTest.post(users().as(DemoUsers.staffOf("haiphong-skhcn")), yaml);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = JsonPath.read(created.getBody(), "$.processInstanceId");
    long planId = ((Number) JsonPath.read(created.getBody(), "$.planId")).longValue();

    String drafter = DemoUsers.staffOf("haiphong-skhcn");
    assertThat(complete(drafter, taskSeenBy(drafter, instance, Elements.DRAFT), Map.of(
        Variables.DRAFT_SUMMARY, "Dự thảo kế hoạch truyền thông về chuyển đổi số năm 2027",
        Variables.CONSULTATION_WORKING_DAYS, 5)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    for (String consulted : List.of("haiphong-svhttdl", "haiphong-ubnd")) {
      String user = DemoUsers.staffOf(consulted);
      assertThat(complete(user, taskSeenBy(user, instance, Elements.GIVE_COMMENTS), Map.of(Variables.AGREES, true))
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    String office = DemoUsers.staffOf("haiphong-vpubnd");
    complete(office, taskSeenBy(office, instance, Elements.REVIEW_DRAFT), Map.of(Variables.DRAFT_APPROVED, true));

    String staffOfIssuer = DemoUsers.staffOf("haiphong-ubnd");
    String signingTask = taskSeenBy(DemoUsers.leaderOf("haiphong-ubnd"), instance, Elements.SIGN);
    assertThat(complete(staffOfIssuer, signingTask, Map.of(Variables.SIGNER_NAME, "x")).getStatusCode())
        .as("only leaders sign").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> badSignature = complete(DemoUsers.leaderOf("haiphong-ubnd"), signingTask, Map.of(
        Variables.AUTHORITY, "THAY MẶT", Variables.SIGNER_TITLE, "PHÓ CHỦ TỊCH", Variables.SIGNER_NAME, "Lê Văn Minh"));
    assertThat(badSignature.getStatusCode()).as("the server checks the form again").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(complete(DemoUsers.leaderOf("haiphong-ubnd"), signingTask, Map.of(
        Variables.AUTHORITY, "KT. CHỦ TỊCH", Variables.SIGNER_TITLE, "PHÓ CHỦ TỊCH", Variables.SIGNER_NAME, "Lê Văn Minh"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    runJobsOf(instance);
    PlanRepository.PlanRow issued = plans.find(planId).orElseThrow();
    assertThat(issued.symbol()).matches("\\d{2,}/KH-UBND");
    assertThat(issued.issuedDate()).isNotNull();

    runJobsOf(instance);
    String acknowledger = DemoUsers.staffOf("haiphong-baoptth");
    assertThat(taskSeenBy(acknowledger, instance, Elements.ACKNOWLEDGE)).isNotNull();
    Task implementing = taskService.createTaskQuery()
        .taskId(taskSeenBy(DemoUsers.staffOf("haiphong-stc"), instance, Elements.ISSUE_IMPLEMENTING_PLAN)).singleResult();
    assertThat(implementing.getDueDate().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate())
        .isEqualTo(LocalDate.of(2027, 3, 31));
    String details = users().as(drafter).getForObject("/api/plans/" + planId, String.class);
    assertThat(JsonPath.<String>read(details, "$.plan.stage")).isEqualTo("IMPLEMENTING");
    assertThat(JsonPath.<String>read(details, "$.plan.symbol")).isEqualTo(issued.symbol());
  }

  @Test
  void theHuePlanSignedOnPaperGoesToDisseminationAndImplementationWithTheRightAgenciesAndDates() {
    demoPlans.load();
    PlanRepository.PlanRow hue = plans.list(List.of("hue")).stream()
        .filter(plan -> "310/KH-UBND".equals(plan.symbol())).findFirst().orElseThrow();
    runJobsOf(hue.processInstanceId());

    List<Task> implementing = taskService.createTaskQuery().processInstanceId(hue.processInstanceId())
        .taskDefinitionKey(Elements.ISSUE_IMPLEMENTING_PLAN).list();
    assertThat(implementing).isNotEmpty().allSatisfy(task ->
        assertThat(task.getDueDate().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate())
            .isEqualTo(LocalDate.of(2025, 12, 31)));
    assertThat(implementing).extracting(task -> taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId())
        .contains(AgencyGroups.staff("hue-stc"), AgencyGroups.staff("hue-svhtt"));

    String hueStaff = DemoUsers.staffOf("hue-skhcn");
    String planTasks = users().as(hueStaff).getForObject(
        "/engine-rest/task?processDefinitionKey=" + PlanTaskProcess.KEY + "&processInstanceBusinessKey=" + hue.id()
            + "&taskDefinitionKey=" + PlanTaskProcess.Elements.REPORT_RESULT + "&maxResults=500", String.class);
    List<String> names = JsonPath.read(planTasks, "$[*].name");
    assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(name).isEqualTo("Cập nhật kết quả thực hiện nhiệm vụ"));
    String firstTask = JsonPath.<List<String>>read(planTasks, "$[*].id").get(0);
    assertThat(taskService.getVariable(firstTask, PlanTaskProcess.Variables.PLAN_SYMBOL)).isEqualTo("310/KH-UBND");
    List<String> dueDates = JsonPath.read(planTasks, "$[*].due");
    assertThat(dueDates).anySatisfy(due -> assertThat(due).startsWith("2026-12-31"));

    String details = users().as(hueStaff).getForObject("/api/plans/" + hue.id(), String.class);
    assertThat(JsonPath.<Integer>read(details, "$.implementingPlans.required")).isPositive();
    assertThat(JsonPath.<Integer>read(details, "$.implementingPlans.missing"))
        .as("the 2025 deadline has passed for every recipient without a plan").isEqualTo(
            JsonPath.<Integer>read(details, "$.implementingPlans.required")
                - JsonPath.<Integer>read(details, "$.implementingPlans.issuedOnTime")
                - JsonPath.<Integer>read(details, "$.implementingPlans.issuedLate"));
  }

  @Test
  void aRecipientsImplementingPlanIsCountedInItsParentOnTimeOrLate() {
    demoPlans.load();
    PlanRepository.PlanRow hue = plans.list(List.of("hue")).stream()
        .filter(plan -> "310/KH-UBND".equals(plan.symbol())).findFirst().orElseThrow();
    runJobsOf(hue.processInstanceId());
    String child = """
        province: hue
        documentType: KH
        title: Kế hoạch của Sở Tài chính thực hiện Kế hoạch 310/KH-UBND
        period: {from: 2026-01-01, to: 2026-12-31}
        leadAgency: hue-stc
        parent: {planId: %d}
        issuers: [{agency: hue-stc, symbol: STC}]
        tasks:
          - {key: "1", title: Bố trí kinh phí truyền thông, lead: hue-stc, kind: ONGOING}
        issued:
          number: 12
          symbol: 12/KH-STC
          date: 2026-01-12
          signatures: [{issuer: hue-stc, signerTitle: GIÁM ĐỐC, signerName: Trần Văn Hùng}]
        """.formatted(hue.id());

    ResponseEntity<String> created = PlanApiTest.post(users().as(DemoUsers.staffOf("hue-stc")), child);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String details = users().as(DemoUsers.staffOf("hue-skhcn")).getForObject("/api/plans/" + hue.id(), String.class);
    assertThat(JsonPath.<List<String>>read(details, "$.recipients[?(@.agency == 'hue-stc')].implementingStatus"))
        .containsExactly("ISSUED_LATE");
    assertThat(JsonPath.<List<String>>read(details, "$.recipients[?(@.agency == 'hue-stc')].implementingSymbol"))
        .containsExactly("12/KH-STC");
    assertThat(taskService.createTaskQuery().processInstanceId(hue.processInstanceId())
        .taskDefinitionKey(Elements.ISSUE_IMPLEMENTING_PLAN).taskCandidateGroup(AgencyGroups.staff("hue-stc")).count())
        .as("the recipient's task is done by issuing the plan").isZero();
  }
}
