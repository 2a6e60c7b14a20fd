package vn.gov.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.plans.ApplicationTest;
import vn.gov.plans.RestUsers;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.identity.DemoUsers;
import vn.gov.plans.identity.InitialPasswords;
import vn.gov.plans.plan.PlanRegistrationProcess.Variables;

/** A staff member starts a new plan from Tasklist's start form, as Tasklist submits it. */
@ApplicationTest
class PlanRegistrationTest {

  static final String STAFF = DemoUsers.staffOf("hue-svhtt");

  @Autowired TestRestTemplate rest;
  @Autowired InitialPasswords passwords;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcClient jdbc;

  ResponseEntity<String> submit(String user, String taskLines) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Variables.TITLE, Map.of("value", "Kế hoạch tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2027", "type", "String"));
    variables.put(Variables.DOCUMENT_TYPE, Map.of("value", "KH", "type", "String"));
    variables.put(Variables.PERIOD_FROM, Map.of("value", "2027-01-01", "type", "String"));
    variables.put(Variables.PERIOD_TO, Map.of("value", "2027-12-31", "type", "String"));
    variables.put(Variables.ISSUER, Map.of("value", "", "type", "String"));
    variables.put(Variables.ISSUER_SYMBOL, Map.of("value", "SVHTT", "type", "String"));
    variables.put(Variables.TASK_LINES, Map.of("value", taskLines, "type", "String"));
    return new RestUsers(rest, passwords).as(user).postForEntity(
        "/engine-rest/process-definition/key/" + PlanRegistrationProcess.KEY + "/submit-form",
        Map.of("variables", variables), String.class);
  }

  @Test
  void aStaffMemberStartsANewPlanOfTheirAgencyFromTheStartForm() {
    ResponseEntity<String> response = submit(STAFF, """
        Tổ chức Ngày hội đọc sách tại các trường học; hue-svhtt; 21/04/2027
        Tuyên truyền thường xuyên về văn hóa đọc; hue-baoptth;
        """);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String registration = JsonPath.read(response.getBody(), "$.id");
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(registration).singleResult();
    assertThat(instance.getTenantId()).isEqualTo("hue");
    Long planId = jdbc.sql("select max(id) from plan where lead_agency = 'hue-svhtt'").query(Long.class).single();
    assertThat(jdbc.sql("select stage from plan where id = ?").param(planId).query(String.class).single())
        .isEqualTo("DRAFTING");
    assertThat(jdbc.sql("select count(*) from plan_task where plan_id = ?").param(planId).query(Long.class).single())
        .isEqualTo(2);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(planId))
        .taskDefinitionKey(PlanLifecycleProcess.Elements.DRAFT).taskCandidateGroup(AgencyGroups.staff("hue-svhtt")).count())
        .isOne();
  }

  @Test
  void aWrongEntryIsRefusedWithItsVietnameseReasonAndNothingIsStored() {
    long plansBefore = jdbc.sql("select count(*) from plan").query(Long.class).single();

    ResponseEntity<String> response = submit(STAFF, "Nhiệm vụ không có đơn vị chủ trì hợp lệ; hue-khong-co");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JsonPath.<String>read(response.getBody(), "$.message"))
        .contains("Nhiệm vụ 1: đơn vị chủ trì").contains("không có trong danh mục");
    assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single()).isEqualTo(plansBefore);
  }

  @Test
  void staffCannotStartTheLifecycleDirectly() {
    ResponseEntity<String> response = new RestUsers(rest, passwords).as(STAFF).postForEntity(
        "/engine-rest/process-definition/key/" + PlanLifecycleProcess.KEY + "/start", Map.of(), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
