package vn.gov.plans.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.plans.ApplicationTest;
import vn.gov.plans.RestUsers;
import vn.gov.plans.identity.DemoUsers;
import vn.gov.plans.identity.InitialPasswords;
import vn.gov.plans.reporting.ReportingPeriodProcess.Elements;
import vn.gov.plans.reporting.ReportingPeriodProcess.Variables;

/**
 * End to end: the Huế plan 310/KH-UBND's first half-year report of 2026 for every department and
 * locality, through the REST API as each agency's staff and leaders: most report on time, one after
 * an extension, one late after the overdue notice, one not at all; Sở KHCN compiles, its leader
 * signs, the report gets its BC number and its document.
 */
@ApplicationTest
class HueHalfYearReportTest {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String COMPILER = "hue-skhcn";

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @Autowired TestRestTemplate rest;
  @Autowired InitialPasswords passwords;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired ReportingRepository reports;
  @Autowired ReportingPeriods periods;
  @Autowired JdbcClient jdbc;
  @Autowired vn.gov.plans.plan.PlanService planService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Date at(LocalDate day) {
    return Date.from(day.atTime(9, 0).atZone(VIETNAM).toInstant());
  }

  TestRestTemplate as(String user) {
    return new RestUsers(rest, passwords).as(user);
  }

  long periodId;

  List<String> instances() {
    List<String> all = new java.util.ArrayList<>(reports.agencyInstances(periodId));
    all.add(reports.period(periodId).orElseThrow().processInstanceId());
    return all;
  }

  void runJobs(String ignored) {
    boolean ran = true;
    while (ran) {
      ran = false;
      for (String instance : instances()) {
        for (Job job : managementService.createJobQuery().processInstanceId(instance).executable().messages().list()) {
          managementService.executeJob(job.getId());
          ran = true;
        }
      }
    }
  }

  /** Fires every due timer and runs what follows, until no timer is due (a sweep may lead to the cut-off). */
  void fireDueTimers() {
    boolean fired = true;
    while (fired) {
      fired = false;
      for (String instance : instances()) {
        for (Job timer : managementService.createJobQuery().processInstanceId(instance).timers().executable().list()) {
          if (managementService.createJobQuery().jobId(timer.getId()).count() > 0) {
            managementService.executeJob(timer.getId());
            fired = true;
          }
        }
      }
      runJobs(null);
    }
  }

  String taskOf(String user, String instance, String activity) {
    String tasks = as(user).postForObject("/engine-rest/task", Map.of(
        "processVariables", List.of(Map.of("name", Variables.PERIOD_ID, "operator", "eq", "value", periodId)),
        "taskDefinitionKey", activity), String.class);
    List<String> ids = JsonPath.read(tasks, "$[*].id");
    assertThat(ids).as(user + " sees " + activity).hasSize(1);
    return ids.get(0);
  }

  ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value,
        "type", value instanceof Boolean ? "Boolean" : "String")));
    return as(user).postForEntity("/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed), String.class);
  }

  void report(String agency, String instance) {
    assertThat(complete(DemoUsers.staffOf(agency), taskOf(DemoUsers.staffOf(agency), instance, AgencyReportProcess.Elements.WRITE_REPORT),
        Map.of(Variables.RESULTS, "Đã quán triệt kế hoạch, đăng tin bài và tổ chức hội nghị chuyên đề trong 6 tháng đầu năm.")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(complete(DemoUsers.leaderOf(agency), taskOf(DemoUsers.leaderOf(agency), instance, AgencyReportProcess.Elements.APPROVE_REPORT),
        Map.of(Variables.REPORT_APPROVED, true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void theFirstHalfYearOf2026WithSomeAgenciesLate() throws Exception {
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 6, 1)));
    String yaml = new String(getClass().getResourceAsStream("/plans/seeds/hue-310-kh-ubnd.yaml").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8).replace("number: 310", "number: 3310").replace("symbol: 310/KH-UBND", "symbol: 3310/KH-UBND");
    long planId = planService.store(vn.gov.plans.plan.PlanDefinitionReader.read(yaml), yaml).planId();
    long dutyId = reports.dutiesOf(planId).stream()
        .filter(id -> reports.duty(id).orElseThrow().schedule().contains("ANNUAL_DATES")).findFirst().orElseThrow();
    // "trước ngày 20 tháng 6": the last day is Friday 19 June 2026.
    periodId = periods.open(dutyId, LocalDate.of(2026, 6, 19));
    String instance = reports.period(periodId).orElseThrow().processInstanceId();
    runJobs(instance);

    List<String> agencies = reports.agencyReports(periodId).stream().map(ReportingRepository.AgencyReportRow::agency).toList();
    assertThat(agencies).hasSizeGreaterThan(10).contains("hue-svhtt", "hue-stc");
    String late = "hue-svhtt";
    String extended = "hue-stc";
    String missing = agencies.stream().filter(a -> !a.equals(late) && !a.equals(extended)).findFirst().orElseThrow();
    List<String> onTime = agencies.stream().filter(a -> !List.of(late, extended, missing).contains(a)).toList();
    for (String agency : onTime) {
      report(agency, instance);
    }

    ResponseEntity<String> notAllowed = as(DemoUsers.staffOf(late)).postForEntity(
        "/api/reports/" + periodId + "/agencies/" + extended + "/extension",
        Map.of("dueDate", "2026-06-24", "reason", "Chờ số liệu"), String.class);
    assertThat(notAllowed.getStatusCode()).as("only the compiling agency extends").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> extension = as(DemoUsers.staffOf(COMPILER)).postForEntity(
        "/api/reports/" + periodId + "/agencies/" + extended + "/extension",
        Map.of("dueDate", "2026-06-24", "reason", "Đơn vị đề nghị do chờ số liệu quyết toán"), String.class);
    assertThat(extension.getStatusCode()).isEqualTo(HttpStatus.OK);

    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 6, 22)));
    fireDueTimers();
    assertThat(mail.getReceivedMessages()).anySatisfy(message -> {
      assertThat(message.getSubject()).startsWith("[Quá hạn]");
      assertThat(message.getContent().toString()).contains("Kính gửi: Sở Văn hóa và Thể thao");
    });
    report(late, instance);
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 6, 23)));
    report(extended, instance);

    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 6, 27)));
    fireDueTimers();

    String summary = as(DemoUsers.staffOf(COMPILER)).getForObject("/api/reports/" + periodId, String.class);
    assertThat(JsonPath.<List<String>>read(summary, "$.agencies[?(@.status == 'ON_TIME')].agency"))
        .hasSize(onTime.size() + 1).contains(extended);
    assertThat(JsonPath.<List<String>>read(summary, "$.agencies[?(@.status == 'LATE')].agency")).containsExactly(late);
    assertThat(JsonPath.<List<String>>read(summary, "$.agencies[?(@.status == 'MISSING')].agency")).containsExactly(missing);
    assertThat(JsonPath.<List<String>>read(summary, "$.agencies[?(@.agency == '" + extended + "')].originalDueDate"))
        .containsExactly("2026-06-19");

    String compile = taskOf(DemoUsers.staffOf(COMPILER), instance, Elements.COMPILE);
    assertThat(complete(DemoUsers.staffOf(COMPILER), compile, Map.of(Variables.COMPILED_TEXT,
        "Các sở, ngành, địa phương đã triển khai kế hoạch; còn một đơn vị chưa gửi báo cáo, đề nghị Ủy ban nhân dân thành phố nhắc nhở."))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String sign = taskOf(DemoUsers.leaderOf(COMPILER), instance, Elements.SIGN);
    assertThat(complete(DemoUsers.leaderOf(COMPILER), sign, Map.of(Variables.AUTHORITY, "KT. GIÁM ĐỐC",
        Variables.SIGNER_TITLE, "PHÓ GIÁM ĐỐC", Variables.SIGNER_NAME, "Hoàng Văn Tâm")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    runJobs(instance);

    String symbol = reports.period(periodId).orElseThrow().symbol();
    assertThat(symbol).matches("\\d{2,}/BC-SKHCN");
    ResponseEntity<byte[]> document = as(DemoUsers.staffOf(COMPILER))
        .getForEntity("/api/reports/" + periodId + "/document", byte[].class);
    assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(document.getBody()));
        XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
      assertThat(text.getText()).contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: " + symbol, "Sở Văn hóa và Thể thao",
          "Quá hạn", "Chưa gửi", "6 tháng đầu năm 2026", "Hoàng Văn Tâm");
    }
    assertThat(as(DemoUsers.staffOf("haiphong-skhcn")).getForEntity("/api/reports/" + periodId, String.class)
        .getStatusCode()).as("another province sees nothing").isEqualTo(HttpStatus.NOT_FOUND);
  }
}
