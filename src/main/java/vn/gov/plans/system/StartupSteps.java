package vn.gov.plans.system;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link StartupStep} in order once all beans exist, before the web server starts, and
 * logs how long each took (start-up time is watched: README, "Benchmarks", item 4).
 */
@Component
class StartupSteps implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(StartupSteps.class);

  private final ObjectProvider<StartupStep> steps;

  StartupSteps(ObjectProvider<StartupStep> steps) {
    this.steps = steps;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<StartupStep> ordered = steps.orderedStream().toList();
    for (StartupStep step : ordered) {
      long start = System.nanoTime();
      step.run();
      LOG.info("Start-up step {}: {} ms", step.getClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
    }
  }
}
