package vn.gov.plans.access;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls that the project's own API has already authorized (for example starting a
 * plan's lifecycle for a staff member who has no CREATE_INSTANCE grant) without the caller's
 * authentication, then restores it.
 */
public final class AsSystem {

  private AsSystem() {}

  public static <T> T call(IdentityService identityService, Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
