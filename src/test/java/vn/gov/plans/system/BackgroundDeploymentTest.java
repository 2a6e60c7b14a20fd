package vn.gov.plans.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/**
 * The starter's deployment moved to a thread of its own: same deployment, and the start waits for
 * it and fails with it. (That the application's diagrams are deployed, and not again after a
 * restart, every process test and {@code RestartTest} show.)
 */
class BackgroundDeploymentTest {

  final SpringProcessEngineConfiguration configuration = new SpringProcessEngineConfiguration();
  final ProcessEngine engine = mock(ProcessEngine.class);
  final DeploymentBuilder builder = mock(DeploymentBuilder.class, RETURNS_SELF);
  final BackgroundDeployment deployment = new BackgroundDeployment();

  @BeforeEach
  void engineWithResourcesToDeploy() {
    configuration.setDeploymentName("SpringAutoDeployment");
    configuration.setDeployChangedOnly(true);
    configuration.setDeploymentTenantId(null);
    configuration.setDeploymentResources(new Resource[] {
        new ByteArrayResource("<definitions/>".getBytes(StandardCharsets.UTF_8), "plan.bpmn"),
        new ByteArrayResource("{}".getBytes(StandardCharsets.UTF_8), "plan.form")});
    RepositoryService repository = mock(RepositoryService.class);
    when(engine.getProcessEngineConfiguration()).thenReturn(configuration);
    when(engine.getRepositoryService()).thenReturn(repository);
    when(repository.createDeployment()).thenReturn(builder);
  }

  @Test
  void theEnginesDeploymentRunsOnAThreadOfItsOwnAndTheStepWaitsForIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<String> thread = new AtomicReference<>();
    when(builder.deploy()).thenAnswer(invocation -> {
      thread.set(Thread.currentThread().getName());
      release.await(10, TimeUnit.SECONDS);
      return null;
    });

    deployment.postProcessEngineBuild(engine);

    assertThat(configuration.getDeploymentResources()).as("nothing left for the engine's own deployment").isEmpty();
    WaitAssertions.assertWaitsUntilReleased(deployment::run, release, "the step waits while the deployment runs");
    assertThat(thread.get()).isEqualTo("deployment");
    verify(builder).name("SpringAutoDeployment");
    verify(builder).enableDuplicateFiltering(true);
    verify(builder).addInputStream(eq("Byte array resource [plan.bpmn]"), any());
    verify(builder).addInputStream(eq("Byte array resource [plan.form]"), any());
  }

  @Test
  void aDeploymentThatFailsStopsTheStart() {
    when(builder.deploy()).thenThrow(new ProcessEngineException("ENGINE-09005 Could not parse BPMN process"));

    deployment.postProcessEngineBuild(engine);

    assertThatThrownBy(deployment::run).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Could not parse BPMN process");
  }

  @Test
  void withoutResourcesNothingIsDeployed() {
    configuration.setDeploymentResources(new Resource[0]);

    deployment.postProcessEngineBuild(engine);
    deployment.run();

    verify(builder, never()).deploy();
  }
}
