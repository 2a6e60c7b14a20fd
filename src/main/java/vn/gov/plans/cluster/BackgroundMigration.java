package vn.gov.plans.cluster;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;
import vn.gov.plans.system.BackgroundWork;

/**
 * Flyway migrates the database on a thread of its own while the process engine is configured (the
 * larger part of building it, reading its MyBatis mappings, needs no database), and the engine
 * waits for the migration at the end of its configuration, before it checks its schema or writes
 * anything. Until then nothing reads the database. A failed migration fails the engine's build, so
 * the start, as before (README, "Benchmarks", item 4).
 */
@Component
public class BackgroundMigration extends AbstractProcessEnginePlugin implements FlywayMigrationStrategy {

  private volatile BackgroundWork migration = BackgroundWork.none();

  @Override
  public void migrate(Flyway flyway) {
    migration = BackgroundWork.start("flyway", flyway::migrate);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    migration.await();
  }

  @Override
  public String toString() {
    return "BackgroundMigration";
  }
}
