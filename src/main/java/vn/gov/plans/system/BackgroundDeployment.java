package vn.gov.plans.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys the diagrams and forms ({@code camunda.bpm.deployment-resource-pattern}) on a thread of
 * their own while the rest of the application starts, instead of on the main thread right after
 * the engine is built: parsing (with XSD validation) and storing them was about a second of the
 * first start (README, "Benchmarks", item 4). It is the starter's deployment, run by Camunda's own
 * code (name, tenant, duplicate filtering and resource names unchanged); only the thread differs.
 * As a start-up step it waits for the deployment before the steps that start processes and before
 * the web server accepts requests, so a diagram that does not deploy still stops the start.
 */
@Component
@Order(28)
class BackgroundDeployment extends AbstractProcessEnginePlugin implements StartupStep {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundDeployment.class);

  private volatile BackgroundWork deployment = BackgroundWork.none();

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (!(engine.getProcessEngineConfiguration() instanceof SpringTransactionsProcessEngineConfiguration configuration)
        || configuration.getDeploymentResources() == null || configuration.getDeploymentResources().length == 0) {
      return;
    }
    AutoDeployment autoDeployment = new AutoDeployment(configuration);
    // The engine deploys its resources right after this call: it now finds none.
    configuration.setDeploymentResources(new Resource[0]);
    deployment = BackgroundWork.start("deployment", () -> autoDeployment.deploy(engine));
  }

  @Override
  public void run() {
    deployment.await();
  }

  @Override
  public String toString() {
    return "BackgroundDeployment";
  }

  /** Camunda's own auto-deployment with the settings taken over from the engine's configuration. */
  static final class AutoDeployment extends SpringTransactionsProcessEngineConfiguration {

    AutoDeployment(SpringTransactionsProcessEngineConfiguration from) {
      setDeploymentName(from.getDeploymentName());
      setDeploymentResources(from.getDeploymentResources());
      setDeploymentTenantId(from.getDeploymentTenantId());
      setDeployChangedOnly(from.isDeployChangedOnly());
    }

    void deploy(ProcessEngine engine) {
      long start = System.nanoTime();
      autoDeployResources(engine);
      BackgroundDeployment.LOG.info("Deployed {} resources in the background: {} ms", getDeploymentResources().length,
          (System.nanoTime() - start) / 1_000_000);
    }
  }
}
