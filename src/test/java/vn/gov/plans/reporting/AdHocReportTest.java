package vn.gov.plans.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
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
import vn.gov.plans.plan.PlanDefinitionReader;
import vn.gov.plans.plan.PlanService;
import vn.gov.plans.reporting.AdHocReportProcess.Variables;

/** The compiling agency asks for an ad hoc or topic report from Tasklist's start form. */
@ApplicationTest
class AdHocReportTest {

  @Autowired TestRestTemplate rest;
  @Autowired InitialPasswords passwords;
  @Autowired PlanService plans;
  @Autowired ReportingRepository reports;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  static int number = 7301;

  long plan() {
    int n = number++;
    String yaml = """
        province: hue
        documentType: KH
        title: Kế hoạch thử nghiệm báo cáo đột xuất
        period: {from: 2026-01-01, to: 2030-12-31}
        leadAgency: hue-skhcn
        issuers: [{agency: hue-ubnd, symbol: UBND}]
        reporting:
          - {key: BC1, name: Báo cáo định kỳ, reporters: {agencies: [hue-stc]}, compiler: hue-skhcn,
             receiver: hue-ubnd, schedule: {kind: MONTHLY, day: 20}}
        issued:
          number: %d
          symbol: %d/KH-UBND
          date: 2026-01-05
          signatures: [{issuer: hue-ubnd, authority: ["KT. CHỦ TỊCH"], signerTitle: PHÓ CHỦ TỊCH, signerName: Nguyễn Thanh Bình}]
        """.formatted(n, n);
    return plans.store(PlanDefinitionReader.read(yaml), yaml).planId();
  }

  ResponseEntity<String> request(String user, long planId, String kind, String agencies) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Variables.PLAN_ID, Map.of("value", planId, "type", "Long"));
    variables.put(Variables.REPORT_KIND, Map.of("value", kind, "type", "String"));
    variables.put(Variables.TITLE, Map.of("value", "Báo cáo nhanh tình hình tổ chức Ngày Chuyển đổi số", "type", "String"));
    variables.put(Variables.CONTENT, Map.of("value", "Số sự kiện đã tổ chức, số người tham gia, khó khăn", "type", "String"));
    variables.put(Variables.AGENCIES, Map.of("value", agencies, "type", "String"));
    variables.put(Variables.DUE_DATE, Map.of("value", LocalDate.now().plusDays(10).toString(), "type", "String"));
    return new RestUsers(rest, passwords).as(user).postForEntity(
        "/engine-rest/process-definition/key/" + AdHocReportProcess.KEY + "/submit-form",
        Map.of("variables", variables), String.class);
  }

  @Test
  void theCompilingAgencyAsksSomeAgenciesForAnAdHocReport() {
    long planId = plan();

    ResponseEntity<String> response = request(DemoUsers.staffOf("hue-skhcn"), planId, "AD_HOC", "hue-svhtt,\nhue-sxd");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    ReportingRepository.PeriodRow period = reports.periodsOf(planId).stream()
        .filter(p -> p.kind() == ReportKind.AD_HOC).findFirst().orElseThrow();
    assertThat(period.compiler()).isEqualTo("hue-skhcn");
    assertThat(reports.agencyReports(period.id())).extracting(ReportingRepository.AgencyReportRow::agency)
        .containsExactly("hue-svhtt", "hue-sxd");
    for (int round = 0; round < 3; round++) {
      List<String> instances = new java.util.ArrayList<>(reports.agencyInstances(period.id()));
      instances.add(period.processInstanceId());
      for (String instance : instances) {
        for (Job job : managementService.createJobQuery().processInstanceId(instance).executable().messages().list()) {
          managementService.executeJob(job.getId());
        }
      }
    }
    assertThat(taskService.createTaskQuery().processVariableValueEquals(ReportingPeriodProcess.Variables.PERIOD_ID, period.id())
        .taskCandidateGroup(AgencyGroups.staff("hue-sxd")).count()).isOne();
  }

  @Test
  void onlyTheCompilingOrLeadAgencyAsksAndOnlyForAgenciesOfTheProvince() {
    long planId = plan();

    ResponseEntity<String> notCompiler = request(DemoUsers.staffOf("hue-stc"), planId, "TOPIC", "hue-svhtt");
    assertThat(notCompiler.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JsonPath.<String>read(notCompiler.getBody(), "$.message")).contains("Chỉ đơn vị tổng hợp");

    ResponseEntity<String> foreign = request(DemoUsers.staffOf("hue-skhcn"), planId, "TOPIC", "hue-svhtt haiphong-stc");
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JsonPath.<String>read(foreign.getBody(), "$.message")).contains("haiphong-stc");
    assertThat(reports.periodsOf(planId)).noneMatch(p -> p.kind() == ReportKind.TOPIC);
  }
}
