package vn.gov.plans.agency;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Synchronises the directory into the engine's identity at every start. */
@Component
@Order(20)
class DirectoryStartup implements ApplicationRunner {

  private final Directory directory;
  private final DirectorySynchronizer synchronizer;

  DirectoryStartup(Directory directory, DirectorySynchronizer synchronizer) {
    this.directory = directory;
    this.synchronizer = synchronizer;
  }

  @Override
  public void run(ApplicationArguments args) {
    synchronizer.synchronise(directory);
  }
}
