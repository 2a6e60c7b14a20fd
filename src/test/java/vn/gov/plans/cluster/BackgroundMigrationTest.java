package vn.gov.plans.cluster;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.gov.plans.system.WaitAssertions.assertWaitsUntilReleased;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/**
 * Flyway on a thread of its own: Spring's migration step returns at once, the engine's
 * configuration waits for the migration and fails with it. (That the migrations themselves run, on
 * H2 and on PostgreSQL, every test with a database shows.)
 */
class BackgroundMigrationTest {

  final Flyway flyway = mock(Flyway.class);
  final BackgroundMigration migration = new BackgroundMigration();
  final SpringProcessEngineConfiguration engine = new SpringProcessEngineConfiguration();

  @Test
  void theEngineWaitsForTheMigrationThatRunsMeanwhile() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    when(flyway.migrate()).thenAnswer(invocation -> {
      release.await(10, TimeUnit.SECONDS);
      return null;
    });

    migration.migrate(flyway);

    assertWaitsUntilReleased(() -> migration.postInit(engine), release, "the engine waits while Flyway migrates");
  }

  @Test
  void aFailedMigrationFailsTheEnginesBuild() {
    when(flyway.migrate()).thenThrow(new FlywayException("Validate failed: migration checksum mismatch"));

    migration.migrate(flyway);

    assertThatThrownBy(() -> migration.postInit(engine)).isInstanceOf(FlywayException.class)
        .hasMessageContaining("checksum mismatch");
  }
}
