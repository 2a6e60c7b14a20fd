package vn.gov.plans.agency;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.plans.system.StartupStep;

/** Synchronises the directory into the engine's identity at every start. */
@Component
@Order(20)
class DirectoryStartup implements StartupStep {

  private final Directory directory;
  private final DirectorySynchronizer synchronizer;

  DirectoryStartup(Directory directory, DirectorySynchronizer synchronizer) {
    this.directory = directory;
    this.synchronizer = synchronizer;
  }

  @Override
  public void run() {
    synchronizer.synchronise(directory);
  }
}
