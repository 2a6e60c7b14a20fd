package vn.gov.plans.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The baseline of {@link ReportingOpeningBenchmark}: a bare Camunda engine (no Spring, no project
 * code) with the same history level, authorization checks on and in-memory H2, creating the same
 * number of candidate-group user tasks with a due date, one process instance and one transaction
 * per agency, as a plain engine would.
 */
final class BareEngineOpening {

  record Result(long millis, long tasks, long authorizationRows) {}

  private BareEngineOpening() {}

  static Result createTasks(int agencies, String name) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setAuthorizationEnabled(true);
    configuration.setJobExecutorActivate(false);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setProcessEngineName(name);
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      BpmnModelInstance model = Bpmn.createExecutableProcess("bare-report")
          .camundaHistoryTimeToLive(180)
          .startEvent()
          .userTask("report").name("Báo cáo").camundaCandidateGroups("${group}").camundaDueDate("${due}")
          .endEvent()
          .done();
      engine.getRepositoryService().createDeployment().addModelInstance("bare-report.bpmn", model).deploy();
      // Warm up the engine's caches, as the project's period opens after its context started.
      for (int i = 0; i < 100; i++) {
        engine.getRuntimeService().startProcessInstanceByKey("bare-report", Map.of("group", "warm-" + i, "due", "2026-06-19T17:00:00"));
      }

      long start = System.nanoTime();
      for (int i = 0; i < agencies; i++) {
        engine.getRuntimeService().startProcessInstanceByKey("bare-report",
            Map.of("group", "agency-" + i + "-staff", "due", "2026-06-19T17:00:00"));
      }
      long millis = (System.nanoTime() - start) / 1_000_000;

      long tasks = engine.getTaskService().createTaskQuery().taskCandidateGroupLike("agency-%").count();
      assertThat(tasks).isEqualTo(agencies);
      return new Result(millis, tasks, engine.getAuthorizationService().createAuthorizationQuery().count());
    } finally {
      engine.close();
    }
  }
}
