package vn.gov.plans.agency;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.plans.system.BackgroundWork;
import vn.gov.plans.system.StartupStep;

/**
 * Synchronises the directory into the engine's identity at every start. The synchronisation begins
 * on a thread of its own as soon as this bean exists (right after the engine), so that it runs while
 * the rest of the application is created; the step waits for it before the web server accepts
 * logins.
 */
@Component
@Order(20)
class DirectoryStartup implements StartupStep {

  private final BackgroundWork synchronisation;

  DirectoryStartup(Directory directory, DirectorySynchronizer synchronizer) {
    this.synchronisation = BackgroundWork.start("directory", () -> synchronizer.synchronise(directory));
  }

  @Override
  public void run() {
    synchronisation.await();
  }
}
