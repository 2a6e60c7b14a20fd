package vn.gov.plans.access;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/** The engine's authorization manager, with task queries narrowed to the user's agency. */
class AgencyAuthorizationManager extends AuthorizationManager {

  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    super.configureTaskQuery(query);
    Authentication authentication = getCurrentAuthentication();
    if (query.getAuthCheck().isAuthorizationCheckEnabled()
        && authentication != null
        && AgencyTaskScope.isScoped(authentication.getGroupIds())) {
      AgencyTaskScope.narrow(query, authentication.getUserId(), authentication.getGroupIds());
    }
  }

  /** Replaces the engine's factory for {@link AuthorizationManager} sessions. */
  static class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new AgencyAuthorizationManager();
    }
  }
}
