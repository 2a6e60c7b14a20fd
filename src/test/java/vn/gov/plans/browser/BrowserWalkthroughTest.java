package vn.gov.plans.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.plans.PlanTrackerApplication;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.identity.DemoUsers;
import vn.gov.plans.identity.InitialPasswords;
import vn.gov.plans.reporting.AgencyReportProcess;

/**
 * The end-to-end walk in headless Chromium ({@code e2e/walkthrough.mjs}) against the application
 * as the run command starts it: demo profile, H2 file database in a fresh data folder, webapps and
 * job executor on, real clock. A department's staff member writes the half-year report in the
 * Vietnamese Tasklist, the leader approves it, the compiling agency sees it counted and the Huế
 * supervisor sees it and a late agency on the Cockpit progress page. One screenshot per step in
 * {@code target/e2e/}; a failing step fails this test.
 */
@Tag("standalone")
class BrowserWalkthroughTest {

  static final String DEPARTMENT = "hue-svhtt";

  @TempDir Path dataDir;

  @Test
  void staffReportLeaderApprovesCompilerCountsSupervisorSeesProgress() throws Exception {
    BrowserChecks.requireBrowser();
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlanTrackerApplication.class)
        .profiles("demo")
        .run("--app.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off")) {
      awaitReportTask(app.getBean(TaskService.class));
      String port = app.getEnvironment().getProperty("local.server.port");

      BrowserChecks.Run run = BrowserChecks.node("e2e/walkthrough.mjs", Map.of(
          "E2E_BASE_URL", "http://127.0.0.1:" + port,
          "E2E_PASSWORDS", dataDir.resolve(InitialPasswords.FILE_NAME).toString(),
          "E2E_OUT", "target/e2e"), 10);

      assertThat(run.lines()).as(run.output()).anyMatch(line -> line.matches("\\[e2e\\] all \\d+ steps passed"));
      assertThat(run.exitCode()).as(run.output()).isZero();
      // what the browser did reached the engine: the staff member's report, approved by the leader
      HistoryService history = app.getBean(HistoryService.class);
      assertThat(history.createHistoricTaskInstanceQuery().finished()
          .taskDefinitionKey(AgencyReportProcess.Elements.WRITE_REPORT).taskAssignee(DemoUsers.staffOf(DEPARTMENT)).count()).isEqualTo(1);
      assertThat(history.createHistoricTaskInstanceQuery().finished()
          .taskDefinitionKey(AgencyReportProcess.Elements.APPROVE_REPORT).taskAssignee(DemoUsers.leaderOf(DEPARTMENT)).count()).isEqualTo(1);
    }
  }

  /** The demo plans open their reporting periods through jobs after start-up: wait for the department's task. */
  static void awaitReportTask(TaskService tasks) throws InterruptedException {
    Instant end = Instant.now().plus(Duration.ofMinutes(3));
    while (tasks.createTaskQuery().taskCandidateGroup(AgencyGroups.staff(DEPARTMENT))
        .taskDefinitionKey(AgencyReportProcess.Elements.WRITE_REPORT).count() == 0) {
      assertThat(Instant.now()).as("a report task of %s within 3 minutes of start-up", DEPARTMENT).isBefore(end);
      Thread.sleep(500);
    }
  }
}
