package vn.gov.plans.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.plans.LocalPostgres;
import vn.gov.plans.PlanTrackerApplication;
import vn.gov.plans.access.ProvinceTenantIdProvider;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.plan.PlanTaskProcess;

/**
 * The {@code postgres} profile against the PostgreSQL on 127.0.0.1:5432 (database {@code test},
 * trust authentication), in a database of its own that is dropped afterwards. Skipped where no
 * PostgreSQL listens, except in CI ({@code CI} set), where it must run.
 */
@Tag("standalone")
class PostgresProfileTest {

  static final String DATABASE = "plan_tracker_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @TempDir Path dataDir;

  @BeforeAll
  static void createDatabase() {
    LocalPostgres.require();
    LocalPostgres.admin("CREATE DATABASE " + DATABASE);
  }

  @AfterAll
  static void dropDatabase() {
    if (LocalPostgres.reachable()) {
      LocalPostgres.admin("DROP DATABASE IF EXISTS " + DATABASE);
    }
  }

  ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(PlanTrackerApplication.class).run(
        "--spring.profiles.active=postgres",
        "--POSTGRES_URL=" + LocalPostgres.url(DATABASE),
        "--POSTGRES_USER=" + LocalPostgres.USER,
        "--app.data-dir=" + dataDir,
        "--server.port=0",
        "--spring.main.banner-mode=off",
        "--camunda.bpm.process-engine-name=postgres-test",
        "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.job-execution.enabled=false");
  }

  @Test
  void runsOnPostgresAndKeepsItsInstancesAcrossARestart() {
    String instanceId;
    try (ConfigurableApplicationContext app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
      // The schema is Flyway's: migration 4 ran Camunda's scripts before the engine started, and
      // the engine itself changes nothing.
      assertThat(configuration.getDatabaseSchemaUpdate()).isEqualTo("false");
      assertThat(app.getBean(JdbcTemplate.class).queryForList(
          "select version from flyway_schema_history where success and version is not null order by installed_rank",
          String.class)).startsWith("1", "2", "3", "4", "5");
      assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
      assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();
      assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00+0700");
      assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
      Map<String, Object> variables = PlanTaskProcess.start(
          AgencyGroups.staff("haiphong-skhcn"), AgencyGroups.leaders("haiphong-skhcn"), null);
      variables.put(ProvinceTenantIdProvider.PROVINCE, "haiphong");
      instanceId = engine.getRuntimeService().startProcessInstanceByKey(PlanTaskProcess.KEY, variables).getId();
    }
    try (ConfigurableApplicationContext app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
          .taskCandidateGroup(AgencyGroups.staff("haiphong-skhcn")).count()).isOne();
      assertThat(engine.getIdentityService().createTenantQuery().tenantId("haiphong").count()).isOne();
    }
  }
}
