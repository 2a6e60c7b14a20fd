package vn.gov.plans.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
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
import vn.gov.plans.plan.PlanTaskProcess;

/** Agencies see and complete only their own tasks; provinces see only their own instances. */
@ApplicationTest
class AgencyAccessTest {

  static final String HUE_SKHCN = "hue-skhcn";
  static final String HUE_SVHTT = "hue-svhtt";
  static final String HP_SKHCN = "haiphong-skhcn";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;
  @Autowired TestRestTemplate rest;
  @Autowired InitialPasswords passwords;
  RestUsers users;

  ProcessInstance hueSkhcn;
  ProcessInstance hueSvhtt;
  ProcessInstance haiPhong;

  @BeforeEach
  void startOneTaskPerAgency() {
    users = new RestUsers(rest, passwords);
    hueSkhcn = start("hue", HUE_SKHCN);
    hueSvhtt = start("hue", HUE_SVHTT);
    haiPhong = start("haiphong", HP_SKHCN);
  }

  ProcessInstance start(String province, String agency) {
    Map<String, Object> variables =
        PlanTaskProcess.start(AgencyGroups.staff(agency), AgencyGroups.leaders(agency), null);
    variables.put(ProvinceTenantIdProvider.PROVINCE, province);
    variables.put(PlanTaskProcess.Variables.PLAN_SYMBOL, "310/KH-UBND");
    return runtimeService.startProcessInstanceByKey(PlanTaskProcess.KEY, variables);
  }

  String taskOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  List<String> taskIdsSeenBy(String user) {
    ResponseEntity<String> response = users.as(user).getForEntity("/engine-rest/task?maxResults=1000", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return JsonPath.read(response.getBody(), "$[*].id");
  }

  @Test
  void instancesCarryTheirProvince() {
    assertThat(hueSkhcn.getTenantId()).isEqualTo("hue");
    assertThat(haiPhong.getTenantId()).isEqualTo("haiphong");
  }

  @Test
  void staffSeeOnlyTheirAgencysTasks() {
    List<String> seen = taskIdsSeenBy(DemoUsers.staffOf(HUE_SVHTT));

    assertThat(seen).contains(taskOf(hueSvhtt)).doesNotContain(taskOf(hueSkhcn), taskOf(haiPhong));
    assertThat(seen).allSatisfy(id -> assertThat(taskService.getIdentityLinksForTask(id))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(AgencyGroups.staff(HUE_SVHTT))));
    String count = users.as(DemoUsers.staffOf(HUE_SVHTT)).getForObject("/engine-rest/task/count", String.class);
    assertThat(JsonPath.<Integer>read(count, "$.count")).isEqualTo(seen.size());
  }

  @Test
  void staffGetNothingForAnotherAgencysTaskAndCannotCompleteIt() {
    TestRestTemplate svhtt = users.as(DemoUsers.staffOf(HUE_SVHTT));
    String foreignTask = taskOf(hueSkhcn);

    assertThat(svhtt.getForEntity("/engine-rest/task/" + foreignTask, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(svhtt.getForEntity("/engine-rest/task/" + foreignTask + "/variables", String.class)
        .getStatusCode().is2xxSuccessful()).isFalse();
    ResponseEntity<String> complete =
        svhtt.postForEntity("/engine-rest/task/" + foreignTask + "/complete", Map.of(), String.class);
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> claim = svhtt.postForEntity(
        "/engine-rest/task/" + foreignTask + "/claim", Map.of("userId", DemoUsers.staffOf(HUE_SVHTT)), String.class);
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(foreignTask).singleResult().getAssignee()).isNull();
  }

  @Test
  void staffCompleteTheirOwnTaskAndOnlyLeadersSeeTheLeadersTask() {
    String staff = DemoUsers.staffOf(HUE_SKHCN);
    Map<String, Object> body = Map.of("variables", Map.of(
        PlanTaskProcess.Variables.RESULT_SUMMARY, Map.of("value", "Đã tổ chức hội nghị quán triệt", "type", "String")));

    ResponseEntity<String> complete =
        users.as(staff).postForEntity("/engine-rest/task/" + taskOf(hueSkhcn) + "/complete", body, String.class);

    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String leadersTask = taskOf(hueSkhcn);
    assertThat(taskIdsSeenBy(staff)).doesNotContain(leadersTask);
    assertThat(taskIdsSeenBy(DemoUsers.leaderOf(HUE_SKHCN))).contains(leadersTask);
    assertThat(taskIdsSeenBy(DemoUsers.leaderOf(HUE_SVHTT))).doesNotContain(leadersTask);
  }

  @Test
  void aProvinceSeesOnlyItsOwnInstancesTasksAndHistory() {
    TestRestTemplate hueSupervisor = users.as(DemoUsers.supervisorOf("hue"));

    assertThat(hueSupervisor.getForEntity("/engine-rest/process-instance/" + hueSkhcn.getId(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(hueSupervisor.getForEntity("/engine-rest/process-instance/" + haiPhong.getId(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    String history = hueSupervisor.getForObject(
        "/engine-rest/history/process-instance?processInstanceId=" + haiPhong.getId(), String.class);
    assertThat(JsonPath.<List<Object>>read(history, "$")).isEmpty();
    assertThat(taskIdsSeenBy(DemoUsers.supervisorOf("hue")))
        .contains(taskOf(hueSkhcn), taskOf(hueSvhtt)).doesNotContain(taskOf(haiPhong));
    assertThat(taskIdsSeenBy(DemoUsers.staffOf(HP_SKHCN))).doesNotContain(taskOf(hueSkhcn));
  }

  @Test
  void theNationalSupervisorsSeeEveryProvince() {
    assertThat(taskIdsSeenBy(DemoUsers.supervisorOf("national-supervisors")))
        .contains(taskOf(hueSkhcn), taskOf(haiPhong));
  }

  @Test
  void tasksWriteNoAuthorizationRows() {
    long before = authorizationService.createAuthorizationQuery().count();

    for (int i = 0; i < 10; i++) {
      String task = taskOf(start("hue", HUE_SKHCN));
      taskService.claim(task, DemoUsers.staffOf(HUE_SKHCN));
    }

    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(before);
  }

  @Test
  void staffReadTheVariablesOfTheirOwnTasksForTaskCardsAndNothingOfOthers() {
    TestRestTemplate staff = users.as(DemoUsers.staffOf(HUE_SVHTT));
    String filters = staff.getForObject("/engine-rest/filter?resourceType=Task", String.class);
    String agencyFilter = JsonPath.<List<String>>read(filters, "$[?(@.name == 'Nhiệm vụ của đơn vị')].id").get(0);
    org.springframework.http.HttpHeaders hal = new org.springframework.http.HttpHeaders();
    hal.setAccept(List.of(org.springframework.http.MediaType.parseMediaType("application/hal+json")));
    hal.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    String cards = staff.exchange("/engine-rest/filter/" + agencyFilter + "/list?firstResult=0&maxResults=50",
        org.springframework.http.HttpMethod.POST, new org.springframework.http.HttpEntity<>("{}", hal), String.class).getBody();

    assertThat(JsonPath.<List<String>>read(cards, "$..variable[*].name")).contains(PlanTaskProcess.Variables.PLAN_SYMBOL);
    assertThat(staff.getForObject("/engine-rest/variable-instance?variableScopeIdIn=" + hueSvhtt.getId(), String.class))
        .contains(PlanTaskProcess.Variables.PLAN_SYMBOL);
    assertThat(JsonPath.<List<Object>>read(
        staff.getForObject("/engine-rest/variable-instance?variableScopeIdIn=" + hueSkhcn.getId(), String.class), "$"))
        .as("another agency's variables").isEmpty();
    assertThat(JsonPath.<List<Object>>read(
        staff.getForObject("/engine-rest/variable-instance?processInstanceIdIn=" + hueSkhcn.getId(), String.class), "$"))
        .isEmpty();
  }

  @Test
  void withoutTheGrantOnEveryDefinitionTheEnginesCheckOfEachTaskStillApplies() {
    String staff = DemoUsers.staffOf(HUE_SVHTT);
    Authorization everyDefinition = authorizationService.createAuthorizationQuery()
        .groupIdIn(AgencyGroups.staff(HUE_SVHTT)).resourceType(Resources.PROCESS_DEFINITION).resourceId("*")
        .singleResult();
    everyDefinition.removePermission(ProcessDefinitionPermissions.READ_TASK);
    authorizationService.saveAuthorization(everyDefinition);
    Authorization oneDefinition = null;
    try {
      assertThat(taskIdsSeenBy(staff)).as("no grant, no task").isEmpty();

      oneDefinition = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      oneDefinition.setGroupId(AgencyGroups.staff(HUE_SVHTT));
      oneDefinition.setResource(Resources.PROCESS_DEFINITION);
      oneDefinition.setResourceId(PlanTaskProcess.KEY);
      oneDefinition.addPermission(ProcessDefinitionPermissions.READ_TASK);
      oneDefinition = authorizationService.saveAuthorization(oneDefinition);

      assertThat(taskIdsSeenBy(staff)).contains(taskOf(hueSvhtt)).doesNotContain(taskOf(hueSkhcn), taskOf(haiPhong));
    } finally {
      if (oneDefinition != null) {
        authorizationService.deleteAuthorization(oneDefinition.getId());
      }
      everyDefinition.addPermission(ProcessDefinitionPermissions.READ_TASK);
      authorizationService.saveAuthorization(everyDefinition);
    }
    assertThat(taskIdsSeenBy(staff)).contains(taskOf(hueSvhtt)).doesNotContain(taskOf(hueSkhcn), taskOf(haiPhong));
  }

  @Test
  void everyUserFindsTheVietnameseFilters() {
    TestRestTemplate staff = users.as(DemoUsers.staffOf(HUE_SVHTT));
    String filters = staff.getForObject("/engine-rest/filter?resourceType=Task", String.class);

    List<String> names = JsonPath.read(filters, "$[*].name");
    assertThat(names).contains("Nhiệm vụ của đơn vị", "Nhiệm vụ của tôi", "Quá hạn")
        .anySatisfy(name -> assertThat(name).startsWith("Sắp đến hạn"));
    assertThat(JsonPath.<List<String>>read(filters, "$[?(@.name == 'Nhiệm vụ của đơn vị')].properties.variables[*].name"))
        .as("task cards show the plan and the period").contains("planSymbol", "periodLabel");
    String agencyFilter = JsonPath.<List<String>>read(filters, "$[?(@.name == 'Nhiệm vụ của đơn vị')].id").get(0);
    String listed = staff.postForObject("/engine-rest/filter/" + agencyFilter + "/list", Map.of(), String.class);
    assertThat(JsonPath.<List<String>>read(listed, "$[*].id"))
        .contains(taskOf(hueSvhtt)).doesNotContain(taskOf(hueSkhcn), taskOf(haiPhong));
  }
}
