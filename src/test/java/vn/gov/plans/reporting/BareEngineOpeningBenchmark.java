package vn.gov.plans.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The baseline for {@link ReportingOpeningBenchmark}: a bare Camunda engine (no Spring, no project
 * code) with the same history level, authorization checks on and in-memory H2, creating the same
 * number of candidate-group user tasks, one process instance and one transaction per agency. Not
 * part of the test command: {@code ./mvnw test -DskipLint -Dtest.excludedGroups=standalone
 * -Dgroups=benchmark -Dtest='*OpeningBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class BareEngineOpeningBenchmark {

  static final int AGENCIES = Integer.getInteger("benchmark.agencies", 3_500);

  @Test
  void create3500CandidateGroupTasksOnABareEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:bare-engine-benchmark;DB_CLOSE_DELAY=-1");
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setAuthorizationEnabled(true);
    configuration.setJobExecutorActivate(false);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setProcessEngineName("bare-engine-benchmark");
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      BpmnModelInstance model = Bpmn.createExecutableProcess("bare-report")
          .camundaHistoryTimeToLive(180)
          .startEvent()
          .userTask("report").name("Báo cáo").camundaCandidateGroups("${group}").camundaDueDate("${due}")
          .endEvent()
          .done();
      engine.getRepositoryService().createDeployment().addModelInstance("bare-report.bpmn", model).deploy();
      // Warm up the engine's caches and the JIT, as the project's benchmark runs after its context started.
      for (int i = 0; i < 100; i++) {
        engine.getRuntimeService().startProcessInstanceByKey("bare-report", Map.of("group", "warm-" + i, "due", "2026-06-19T17:00:00"));
      }

      long start = System.nanoTime();
      for (int i = 0; i < AGENCIES; i++) {
        engine.getRuntimeService().startProcessInstanceByKey("bare-report",
            Map.of("group", "agency-" + i + "-staff", "due", "2026-06-19T17:00:00"));
      }
      long millis = (System.nanoTime() - start) / 1_000_000;

      long tasks = engine.getTaskService().createTaskQuery().taskCandidateGroupLike("agency-%").count();
      assertThat(tasks).isEqualTo(AGENCIES);
      long authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();
      System.out.printf("%n| bare Camunda engine | transactions | time |%n|---|---|---|%n");
      System.out.printf("| %d candidate-group user tasks, one instance each (%d authorization rows written) | %d | %d ms in all, %.1f ms each |%n%n",
          tasks, authorizations, AGENCIES, millis, (double) millis / AGENCIES);
    } finally {
      engine.close();
    }
  }
}
