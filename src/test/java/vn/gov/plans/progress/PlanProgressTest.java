package vn.gov.plans.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.plans.ApplicationTest;
import vn.gov.plans.RestUsers;
import vn.gov.plans.identity.DemoUsers;
import vn.gov.plans.identity.InitialPasswords;
import vn.gov.plans.plan.PlanDefinitionReader;
import vn.gov.plans.plan.PlanService;
import vn.gov.plans.reporting.ReportingPeriods;
import vn.gov.plans.reporting.ReportingRepository;

/** The supervisors' progress view: computed from the tables, overdue and missing agencies first. */
@ApplicationTest
class PlanProgressTest {

  @Autowired TestRestTemplate rest;
  @Autowired InitialPasswords passwords;
  @Autowired PlanService plans;
  @Autowired ReportingPeriods periods;
  @Autowired ReportingRepository reports;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void tasksReportsTargetsAndImplementingPlansOfOnePlan() throws Exception {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 7, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    String yaml = """
        province: hue
        documentType: KH
        title: Kế hoạch thử nghiệm theo dõi tiến độ
        period: {from: 2026-01-01, to: 2026-12-31}
        leadAgency: hue-skhcn
        issuers: [{agency: hue-ubnd, symbol: UBND}]
        recipients:
          - {to: {agencies: [hue-stc, hue-svhtt]}, action: ISSUE_IMPLEMENTING_PLAN, deadline: 2026-03-31}
        tasks:
          - {key: "1", title: Nhiệm vụ đã quá hạn, lead: hue-svhtt, kind: DEADLINE, due: 2026-03-31}
          - {key: "2", title: Nhiệm vụ còn hạn, lead: hue-stc, kind: DEADLINE, due: 2026-10-30}
          - {key: "3", title: Nhiệm vụ thường xuyên, lead: hue-stc, kind: ONGOING}
        targets:
          - {key: CT1, year: 2026, description: Tỷ lệ người dân được tiếp cận thông tin, unit: "%", threshold: 80,
             comparison: AT_LEAST, reportedBy: {agencies: [hue-stc, hue-svhtt]}}
        reporting:
          - {key: BC1, name: Báo cáo định kỳ, reporters: {agencies: [hue-stc, hue-svhtt]}, compiler: hue-skhcn,
             receiver: hue-ubnd, schedule: {kind: ANNUAL_DATES, dates: ["06-20", "12-20"], before: true}}
        issued:
          number: 7501
          symbol: 7501/KH-UBND
          date: 2026-01-05
          signatures: [{issuer: hue-ubnd, authority: ["KT. CHỦ TỊCH"], signerTitle: PHÓ CHỦ TỊCH, signerName: Nguyễn Thanh Bình}]
        """;
    long planId = plans.store(PlanDefinitionReader.read(yaml), yaml).planId();
    long dutyId = reports.dutiesOf(planId).get(0);
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    long periodId = periods.open(dutyId, LocalDate.of(2026, 6, 19));
    long targetId = jdbc.sql("select id from plan_target where plan_id = ?").param(planId).query(Long.class).single();
    reports.recordSubmission(periodId, "hue-stc", "Kết quả 6 tháng đầu năm", null, null, LocalDate.of(2026, 6, 18),
        List.of(new ReportingRepository.ReportedItem("TARGET", targetId, null, null, 85.0)));
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 7, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));

    TestRestTemplate supervisor = new RestUsers(rest, passwords).as(DemoUsers.supervisorOf("hue"));
    String progress = supervisor.getForObject("/api/plans/" + planId + "/progress", String.class);

    assertThat(JsonPath.<Integer>read(progress, "$.tasks.OVERDUE")).isEqualTo(1);
    assertThat(JsonPath.<Integer>read(progress, "$.tasks.IN_PROGRESS")).isEqualTo(1);
    assertThat(JsonPath.<Integer>read(progress, "$.tasks.NO_DEADLINE")).isEqualTo(1);
    assertThat(JsonPath.<String>read(progress, "$.agencies[0].agency")).as("overdue first").isEqualTo("hue-svhtt");
    assertThat(JsonPath.<String>read(progress, "$.periods[0].agencies[0].agency")).as("missing first").isEqualTo("hue-svhtt");
    assertThat(JsonPath.<String>read(progress, "$.periods[0].agencies[0].status")).isEqualTo("MISSING");
    assertThat(JsonPath.<Integer>read(progress, "$.periods[0].counts.ON_TIME")).isEqualTo(1);
    assertThat(JsonPath.<Double>read(progress, "$.targets[0].latestValue")).isEqualTo(85.0);
    assertThat(JsonPath.<Boolean>read(progress, "$.targets[0].reached")).isTrue();
    assertThat(JsonPath.<Integer>read(progress, "$.implementingPlans.counts.MISSING")).isEqualTo(2);

    ResponseEntity<byte[]> sheet = supervisor.getForEntity("/api/plans/" + planId + "/progress.xlsx", byte[].class);
    assertThat(sheet.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.getBody()))) {
      assertThat(workbook.getSheet("Nhiệm vụ").getRow(0).getCell(2).getStringCellValue())
          .isEqualTo("Đang thực hiện quá hạn");
      assertThat(workbook.getSheet("Báo cáo").getRow(1).getCell(3).getStringCellValue()).isEqualTo("Chưa gửi, đã quá hạn");
      assertThat(workbook.getSheet("Chỉ tiêu").getRow(1).getCell(5).getStringCellValue()).isEqualTo("Đạt");
    }
    assertThat(new RestUsers(rest, passwords).as(DemoUsers.supervisorOf("haiphong"))
        .getForEntity("/api/plans/" + planId + "/progress", String.class).getStatusCode())
        .as("another province sees nothing").isEqualTo(HttpStatus.NOT_FOUND);
  }
}
