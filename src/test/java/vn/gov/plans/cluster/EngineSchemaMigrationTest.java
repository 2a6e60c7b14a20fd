package vn.gov.plans.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The engine schema as Flyway migration 4, on H2 databases of their own (PostgreSQL: {@code
 * PostgresProfileTest} and {@code TwoNodeClusterTest} start the application on empty databases
 * with schema update off).
 */
class EngineSchemaMigrationTest {

  final String url = "jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  final DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
  final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

  Flyway flyway() {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .javaMigrations(new EngineSchemaMigration())
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
  }

  ProcessEngine engine(String schemaUpdate) {
    return ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setProcessEngineName("schema-" + UUID.randomUUID())
        .setJdbcUrl(url)
        .setJdbcUsername("sa")
        .setJdbcPassword("")
        .setDatabaseSchemaUpdate(schemaUpdate)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
  }

  @Test
  void anEngineWithoutSchemaUpdateRunsOnTheSchemaFlywayCreated() {
    assertThatThrownBy(() -> engine(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE).close())
        .as("an empty database has no engine tables")
        .isInstanceOf(ProcessEngineException.class);

    flyway().migrate();

    assertThat(Arrays.stream(flyway().info().applied()).map(info -> info.getVersion().getVersion()))
        .as("the engine schema (4) and the acquisition index (5) among the applied migrations")
        .contains("4", "5");
    assertThat(jdbc.queryForObject(
        "select count(*) from \"flyway_schema_history\" where \"version\" = '4' and \"success\"", Integer.class))
        .isOne();
    assertThat(jdbc.queryForObject("select VERSION_ from ACT_GE_SCHEMA_LOG where ID_ = '0'", String.class))
        .isEqualTo("7.24.0");
    ProcessEngine engine = engine(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    try {
      engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup("hueStaff"));
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
      assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().count()).isZero();
      assertThat(engine.getRepositoryService().createCaseDefinitionQuery().count()).isZero();
      assertThat(engine.getIdentityService().createGroupQuery().count()).isOne();
    } finally {
      engine.close();
    }
  }

  @Test
  void aDatabaseWhoseEngineCreatedItsTablesIsLeftAsItIs() {
    ProcessEngine engine = engine(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup("hueStaff"));
    engine.close();
    int properties = jdbc.queryForObject("select count(*) from ACT_GE_PROPERTY", Integer.class);

    flyway().migrate();

    assertThat(jdbc.queryForObject("select count(*) from ACT_GE_PROPERTY", Integer.class)).isEqualTo(properties);
    assertThat(jdbc.queryForObject("select count(*) from ACT_ID_GROUP", Integer.class)).isOne();
    assertThat(jdbc.queryForList("select \"version\" from \"flyway_schema_history\" where \"success\""
        + " and \"version\" is not null order by \"installed_rank\"", String.class))
        .as("baseline, V1 to V3, the engine schema (nothing to create), the acquisition index, then the project's")
        .startsWith("0", "1", "2", "3", "4", "5");
  }

  @Test
  void onlyDatabasesWithCamundaScriptsHereAreAccepted() {
    assertThat(EngineSchemaMigration.camundaDatabaseType("PostgreSQL")).isEqualTo("postgres");
    assertThat(EngineSchemaMigration.camundaDatabaseType("H2")).isEqualTo("h2");
    assertThatThrownBy(() -> EngineSchemaMigration.camundaDatabaseType("Oracle"))
        .hasMessageContaining("Oracle");
    for (EngineSchemaMigration.Part part : EngineSchemaMigration.PARTS) {
      assertThat(getClass().getClassLoader().getResource(EngineSchemaMigration.script("postgres", part)))
          .as(part.name()).isNotNull();
    }
  }
}
