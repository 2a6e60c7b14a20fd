package vn.gov.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.plans.ApplicationTest;
import vn.gov.plans.RestUsers;
import vn.gov.plans.identity.DemoUsers;
import vn.gov.plans.identity.InitialPasswords;

/** {@code /api/plans}: creation from a file, every import error, access by province and agency. */
@ApplicationTest
class PlanApiTest {

  static final String LEAD = "haiphong-skhcn";

  @Autowired TestRestTemplate rest;
  @Autowired InitialPasswords passwords;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired DemoPlans demoPlans;
  RestUsers users;
  String plan;

  @BeforeEach
  void setUp() throws IOException {
    users = new RestUsers(rest, passwords);
    try (InputStream file = getClass().getResourceAsStream("/plans/new-plan-haiphong-2027.yaml")) {
      plan = new String(file.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static ResponseEntity<String> post(TestRestTemplate as, String yaml) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("application/yaml"));
    return as.postForEntity("/api/plans", new HttpEntity<>(yaml, headers), String.class);
  }

  long plans() {
    return jdbc.sql("select count(*) from plan").query(Long.class).single();
  }

  @Test
  void aStaffMemberOfTheLeadAgencyCreatesAPlanAndItsLifecycleStartsAtDrafting() {
    ResponseEntity<String> created = post(users.as(DemoUsers.staffOf(LEAD)), plan);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Number planId = JsonPath.read(created.getBody(), "$.planId");
    String processInstanceId = JsonPath.read(created.getBody(), "$.processInstanceId");
    assertThat(created.getHeaders().getLocation()).hasPath("/api/plans/" + planId);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult())
        .satisfies(instance -> {
          assertThat(instance.getTenantId()).isEqualTo("haiphong");
          assertThat(instance.getBusinessKey()).isEqualTo(String.valueOf(planId));
        });

    String details = users.as(DemoUsers.staffOf(LEAD)).getForObject("/api/plans/" + planId, String.class);
    assertThat(JsonPath.<String>read(details, "$.plan.stage")).isEqualTo("DRAFTING");
    assertThat(JsonPath.<List<String>>read(details, "$.tasks[*].leadAgency"))
        .containsExactly("haiphong-skhcn", "haiphong-baoptth", "haiphong-svhttdl");
    assertThat(JsonPath.<List<String>>read(details, "$.tasks[1].cooperating"))
        .containsExactly("haiphong-skhcn", "haiphong-svhttdl");
    assertThat(JsonPath.<List<String>>read(details, "$.recipients[?(@.action == 'ISSUE_IMPLEMENTING_PLAN')].agency"))
        .contains("haiphong-stc", "haiphong-svhttdl").doesNotContain("haiphong-baoptth");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "malformed YAML          | 'title: Kế'                    | 'title: \"Kế'                 | ''",
      "unknown agency          | 'lead: haiphong-baoptth'       | 'lead: haiphong-khong-co'     | tasks[1].lead",
      "task without lead       | '    lead: haiphong-svhttdl\n' | ''                            | tasks[2].lead",
      "date outside the period | 'due: 2027-03-15'              | 'due: 2029-03-15'             | tasks[0].due"})
  void everyImportErrorGives400WithItsPathAndStoresNothing(String fault, String from, String to, String path) {
    long plansBefore = plans();
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();

    ResponseEntity<String> response =
        post(users.as(DemoUsers.staffOf(LEAD)), plan.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n")));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JsonPath.<List<String>>read(response.getBody(), "$.errors[*].path")).contains(path);
    assertThat(JsonPath.<List<String>>read(response.getBody(), "$.errors[*].message"))
        .allSatisfy(message -> assertThat(message).isNotBlank());
    assertThat(plans()).isEqualTo(plansBefore);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  @Test
  void aPlanNumberAlreadyUsedByTheSameIssuerInTheSameYearIsRefused() throws IOException {
    String hue;
    try (InputStream file = getClass().getResourceAsStream("/plans/seeds/hue-310-kh-ubnd.yaml")) {
      hue = new String(file.readAllBytes(), StandardCharsets.UTF_8);
    }
    demoPlans.load();
    long plansBefore = plans();

    ResponseEntity<String> response = post(users.as(DemoUsers.staffOf("hue-skhcn")), hue);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JsonPath.<List<String>>read(response.getBody(), "$.errors[*].path")).contains("issued.number");
    assertThat(plans()).isEqualTo(plansBefore);
  }

  @Test
  void onlyTheLeadAgencyOrAnIssuerOfTheProvinceMayCreateAPlan() {
    assertThat(post(users.as(DemoUsers.staffOf("haiphong-syt")), plan).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(users.as(DemoUsers.staffOf("hue-skhcn")), plan).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(rest, plan).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aProvinceSeesOnlyItsOwnPlans() {
    demoPlans.load();
    post(users.as(DemoUsers.staffOf(LEAD)), plan);
    String huePlans = users.as(DemoUsers.staffOf("hue-skhcn")).getForObject("/api/plans", String.class);
    List<String> provinces = JsonPath.read(huePlans, "$[*].province");
    assertThat(provinces).isNotEmpty().containsOnly("hue");

    Number haiPhongPlan = JsonPath.read(
        users.as(DemoUsers.staffOf(LEAD)).getForObject("/api/plans", String.class), "$[0].id");
    assertThat(users.as(DemoUsers.staffOf("hue-skhcn"))
        .getForEntity("/api/plans/" + haiPhongPlan, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
