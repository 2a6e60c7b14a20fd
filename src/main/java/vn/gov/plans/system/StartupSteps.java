package vn.gov.plans.system;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Runs every {@link StartupStep} in order once all beans exist, before the web server starts. */
@Component
class StartupSteps implements SmartInitializingSingleton {

  private final ObjectProvider<StartupStep> steps;

  StartupSteps(ObjectProvider<StartupStep> steps) {
    this.steps = steps;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<StartupStep> ordered = steps.orderedStream().toList();
    ordered.forEach(StartupStep::run);
  }
}
