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
import vn.gov.plans.benchmark.BenchmarkTable;
import vn.gov.plans.plan.PlanDefinitionReader;
import vn.gov.plans.plan.PlanService;

/**
 * How opening one reporting period for 3,500 agencies spreads over transactions, and how long each
 * part takes (in-memory H2, one thread executing the jobs as the job executor would, without the
 * process test coverage that the other Spring tests record), side by side with a bare engine
 * creating the same tasks ({@link BareEngineOpening}). Part of the benchmark command
 * ({@code ./mvnw -B -ntp test -Pbenchmark}), not of the tests.
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

    // The bare engine before and after ours, in the same JVM: the mean of both is the baseline.
    BareEngineOpening.Result bareBefore = BareEngineOpening.createTasks(AGENCIES, "bare-before");

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
    long done = System.nanoTime();
    // asynchronous steps of the agency reports, if a modeler adds some: run them as the job executor would
    int agencyTransactions = 0;
    while (!(jobs = managementService.createJobQuery().processDefinitionKey(AgencyReportProcess.KEY)
        .executable().messages().listPage(0, 500)).isEmpty()) {
      for (Job job : jobs) {
        managementService.executeJob(job.getId());
        agencyTransactions++;
      }
      done = System.nanoTime();
    }

    BareEngineOpening.Result bareAfter = BareEngineOpening.createTasks(AGENCIES, "bare-after");

    long tasks = taskService.createTaskQuery().processVariableValueEquals(ReportingPeriodProcess.Variables.PERIOD_ID, periodId)
        .count();
    assertThat(tasks).isEqualTo(AGENCIES);
    assertThat(managementService.createJobQuery().processDefinitionKey(AgencyReportProcess.KEY).count())
        .as("no job per agency: the period's sweeps send the reminders and notices").isZero();
    assertThat(managementService.createJobQuery().processDefinitionKey(ReportingPeriodProcess.KEY).timers().count())
        .as("the period's sweep timer").isOne();

    long ours = (done - start) / 1_000_000;
    long bare = (bareBefore.millis() + bareAfter.millis()) / 2;
    double ratio = (double) ours / bare;
    String name = "1. open a period for " + AGENCIES + " agencies (in-memory H2, full history, authorization on)";
    BenchmarkTable.info(name, "open: period row, " + AGENCIES + " agency rows, period process (1 tx)",
        (opened - start) / 1_000_000 + " ms");
    BenchmarkTable.info(name, "agency report instances with their task, " + ReportingPeriods.BATCH
        + " per tx (" + batches + " tx" + (agencyTransactions > 0 ? " + " + agencyTransactions + " async" : "") + ")",
        (done - opened) / 1_000_000 + " ms");
    BenchmarkTable.row(name, "until " + tasks + " report tasks exist (one thread)",
        ours + " ms (" + String.format("%.2f", (double) ours / AGENCIES) + " ms per agency)",
        "bare engine " + bare + " ms (" + bareBefore.millis() + " / " + bareAfter.millis() + " ms; "
            + bareAfter.authorizationRows() + " authorization rows)",
        String.format("%.2f× (target ≤ 1.25×)", ratio), ratio <= 1.25);
  }
}
