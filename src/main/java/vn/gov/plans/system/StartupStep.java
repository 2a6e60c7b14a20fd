package vn.gov.plans.system;

/**
 * Work done once at every start, after the engine is built and before the web server accepts
 * requests (so that, for example, Camunda's "create the first admin" page is never open). Steps run
 * in their {@link org.springframework.core.annotation.Order}; a failing step stops the start.
 */
public interface StartupStep {

  void run();
}
