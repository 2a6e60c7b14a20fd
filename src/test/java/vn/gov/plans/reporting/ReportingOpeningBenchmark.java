package vn.gov.plans.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.support.DependencyInjectionTestExecutionListener;
import vn.gov.plans.PlanTrackerApplication;
import vn.gov.plans.plan.PlanDefinitionReader;
import vn.gov.plans.plan.PlanService;

/**
 * How opening one reporting period for 3,500 agencies spreads over transactions, and how long each
 * part takes (in-memory H2, one thread executing the jobs as the job executor would, without the
 * process test coverage that the other Spring tests record). Not part of the
 * test command: {@code ./mvnw test -DskipLint -Dtest.excludedGroups=standalone -Dgroups=benchmark
 * -Dtest=*OpeningBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; {@link BareEngineOpeningBenchmark} is the baseline.
 */
@Tag("benchmark")
@SpringBootTest(classes = PlanTrackerApplication.class)
@ActiveProfiles({"test", "demo"})
@TestExecutionListeners(
    listeners = {DependencyInjectionTestExecutionListener.class},
    mergeMode = TestExecutionListeners.MergeMode.REPLACE_DEFAULTS)
class ReportingOpeningBenchmark {

  static final int AGENCIES = Integer.getInteger("benchmark.agencies", 3_500);

  @Autowired PlanService plans;
  @Autowired ReportingRepository reports;
  @Autowired ReportingPeriods periods;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void openAPeriodFor3500Agencies() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    String yaml = """
        province: hue
        documentType: KH
        title: Kế hoạch đo thời gian mở kỳ báo cáo
        period: {from: 2026-01-01, to: 2026-12-31}
        leadAgency: hue-skhcn
        issuers: [{agency: hue-ubnd, symbol: UBND}]
        reporting:
          - {key: BC1, name: Báo cáo định kỳ, reporters: {agencies: [hue-stc]}, compiler: hue-skhcn,
             receiver: hue-ubnd, schedule: {kind: ANNUAL_DATES, dates: ["06-20", "12-20"], before: true}}
        issued:
          number: 9901
          symbol: 9901/KH-UBND
          date: 2026-01-05
          signatures: [{issuer: hue-ubnd, authority: ["KT. CHỦ TỊCH"], signerTitle: PHÓ CHỦ TỊCH, signerName: Nguyễn Thanh Bình}]
        """;
    long planId = plans.store(PlanDefinitionReader.read(yaml), yaml).planId();
    long dutyId = reports.dutiesOf(planId).get(0);
    List<Object[]> reporters = java.util.stream.IntStream.range(1, AGENCIES)
        .mapToObj(i -> new Object[] {dutyId, "hue-bench-" + i}).toList();
    jdbc.batchUpdate("insert into plan_reporting_reporter (duty_id, agency) values (?, ?)", reporters);

    long start = System.nanoTime();
    long periodId = periods.open(dutyId, LocalDate.of(2026, 6, 19));
    long opened = System.nanoTime();
    String instance = reports.period(periodId).orElseThrow().processInstanceId();
    int batches = 0;
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().processInstanceId(instance).executable().messages().list()).isEmpty()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
      batches += jobs.size();
    }
    long started = System.nanoTime();
    int agencyTransactions = 0;
    while (!(jobs = managementService.createJobQuery().processDefinitionKey(AgencyReportProcess.KEY)
        .executable().messages().listPage(0, 500)).isEmpty()) {
      for (Job job : jobs) {
        managementService.executeJob(job.getId());
        agencyTransactions++;
      }
    }
    long done = System.nanoTime();

    long tasks = taskService.createTaskQuery().processVariableValueEquals(ReportingPeriodProcess.Variables.PERIOD_ID, periodId)
        .count();
    assertThat(tasks).isEqualTo(AGENCIES);
    long agencyMillis = (done - started) / 1_000_000;
    System.out.printf("%n| step | transactions | time |%n|---|---|---|%n");
    System.out.printf("| open the period: period row, %d agency rows (batch), period process | 1 | %d ms |%n",
        AGENCIES, (opened - start) / 1_000_000);
    System.out.printf("| start the agency report instances, %d at a time | %d | %d ms |%n",
        ReportingPeriods.BATCH, batches, (started - opened) / 1_000_000);
    System.out.printf("| each agency: what to report, its task, reminder and due timers | %d | %d ms in all, %.1f ms each |%n",
        agencyTransactions, agencyMillis, (double) agencyMillis / agencyTransactions);
    System.out.printf("| total until %d report tasks exist (one thread) | %d | %d ms |%n%n", tasks,
        1 + batches + agencyTransactions, (done - start) / 1_000_000);
  }
}
