package vn.gov.plans.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.plans.ApplicationTest;
import vn.gov.plans.access.ProvinceTenantIdProvider;
import vn.gov.plans.plan.PlanDefinitionReader;
import vn.gov.plans.plan.PlanService;
import vn.gov.plans.reporting.ReportingDutyProcess.Elements;
import vn.gov.plans.reporting.ReportingDutyProcess.Variables;

/** reporting-duty.bpmn: periods open when their data period starts, overdue ones never, until the plan ends. */
@ApplicationTest
class ReportingDutyProcessTest {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired PlanService plans;
  @Autowired ReportingRepository reports;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(processEngine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Date at(LocalDate day) {
    return Date.from(day.atTime(9, 0).atZone(VIETNAM).toInstant());
  }

  long duty(int number, String schedule) {
    String yaml = """
        province: hue
        documentType: KH
        title: Kế hoạch thử nghiệm lịch báo cáo số %d
        period: {from: 2026-01-01, to: 2026-12-31}
        leadAgency: hue-skhcn
        issuers: [{agency: hue-ubnd, symbol: UBND}]
        reporting:
          - key: BC1
            name: Báo cáo kết quả thực hiện
            reporters: {agencies: [hue-stc, hue-svhtt]}
            compiler: hue-skhcn
            receiver: hue-ubnd
            schedule: %s
        issued:
          number: %d
          symbol: %d/KH-UBND
          date: 2026-01-05
          signatures: [{issuer: hue-ubnd, authority: ["KT. CHỦ TỊCH"], signerTitle: PHÓ CHỦ TỊCH, signerName: Nguyễn Thanh Bình}]
        """.formatted(number, schedule, 900 + number, 900 + number);
    long planId = plans.store(PlanDefinitionReader.read(yaml), yaml).planId();
    return reports.dutiesOf(planId).get(0);
  }

  ProcessInstance start(long dutyId) {
    return runtimeService.startProcessInstanceByKey(ReportingDutyProcess.KEY,
        Map.of(Variables.DUTY_ID, dutyId, ProvinceTenantIdProvider.PROVINCE, "hue"));
  }

  @Test
  void aPlanEnteringPartWayOpensOnlyPeriodsNotYetDueEachWhenItsDataPeriodStarts() {
    // Huế's departments: before 20 June and before 20 December. On 1 July 2026 the first half-year is past.
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 7, 1)));
    long dutyId = duty(1, "{kind: ANNUAL_DATES, dates: [\"06-20\", \"12-20\"], before: true}");
    ProcessInstance instance = start(dutyId);

    assertThat(instance).isWaitingAt(Elements.PERIOD_OPENS);
    execute(job());
    execute(job());
    List<ReportingRepository.PeriodRow> opened = reports.periodsOf(reports.duty(dutyId).orElseThrow().planId());
    assertThat(opened).singleElement().satisfies(period -> {
      assertThat(period.label()).isEqualTo("6 tháng cuối năm 2026");
      assertThat(period.dataFrom()).isEqualTo(LocalDate.of(2026, 6, 15));
      // 19 December 2026 is a Saturday: due Monday 21 December.
      assertThat(period.dueDate()).isEqualTo(LocalDate.of(2026, 12, 21));
    });
    assertThat(instance).isEnded().hasPassed(Elements.DONE);
  }

  @Test
  void aFinalReviewRunsAsAReportingPeriodOfItsOwnKind() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 11, 2)));
    String yaml = """
        province: hue
        documentType: KH
        title: Kế hoạch thử nghiệm tổng kết
        period: {from: 2026-01-01, to: 2026-12-31}
        leadAgency: hue-skhcn
        issuers: [{agency: hue-ubnd, symbol: UBND}]
        tasks:
          - {key: "1", title: Xây dựng chuyên mục trên cổng thông tin, lead: hue-sxd, kind: ONGOING}
        reviews:
          - {kind: FINAL, schedule: {kind: FIXED_DATES, dates: ["2026-12-15"]}, compiler: hue-skhcn, receiver: hue-ubnd}
        issued:
          number: 7401
          symbol: 7401/KH-UBND
          date: 2026-01-05
          signatures: [{issuer: hue-ubnd, authority: ["KT. CHỦ TỊCH"], signerTitle: PHÓ CHỦ TỊCH, signerName: Nguyễn Thanh Bình}]
        """;
    long planId = plans.store(PlanDefinitionReader.read(yaml), yaml).planId();
    long reviewDuty = reports.dutiesOf(planId).get(0);
    ProcessInstance instance = start(reviewDuty);

    assertThat(instance).isWaitingAt(Elements.PERIOD_OPENS);
    execute(job());
    execute(job());

    assertThat(reports.periodsOf(planId)).singleElement().satisfies(period -> {
      assertThat(period.kind()).isEqualTo(ReportKind.REVIEW);
      assertThat(period.name()).isEqualTo("Báo cáo tổng kết");
      assertThat(period.dueDate()).isEqualTo(LocalDate.of(2026, 12, 15));
      assertThat(reports.agencyReports(period.id())).extracting(ReportingRepository.AgencyReportRow::agency)
          .containsExactly("hue-sxd");
    });
  }

  @Test
  void pressAgenciesReportOnTheTwentiethOfEveryMonthEachOpeningOnTheFifteenth() {
    // Press agencies: on the 20th of every month. On 20 October 2026 October's report is due today.
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 10, 20)));
    long dutyId = duty(2, "{kind: MONTHLY, day: 20}");
    ProcessInstance instance = start(dutyId);

    for (int period = 0; period < 2; period++) {
      assertThat(instance).isWaitingAt(Elements.PERIOD_OPENS);
      execute(job());
      execute(job());
    }

    assertThat(instance).isWaitingAt(Elements.PERIOD_OPENS);
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult()
        .getDuedate().toInstant().atZone(VIETNAM).toLocalDate())
        .as("the December period opens when its data period starts, on 15 November").isEqualTo(LocalDate.of(2026, 11, 15));
    assertThat(reports.periodsOf(reports.duty(dutyId).orElseThrow().planId())).extracting(ReportingRepository.PeriodRow::dueDate)
        .containsExactly(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 20));
  }
}
