package vn.gov.plans.access;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The engine's authorization manager, with task queries narrowed to the user's agency, and with
 * the variables of the user's own tasks readable for Tasklist's task cards: a variable query
 * limited to scopes (as Tasklist's filter list asks) is allowed when every scope is one of the
 * user's agency's tasks or an execution of a process instance holding one.
 */
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

  @Override
  protected void configureVariableInstanceQuery(VariableInstanceQueryImpl query) {
    super.configureVariableInstanceQuery(query);
    Authentication authentication = getCurrentAuthentication();
    String[] scopes = query.getVariableScopeIds();
    if (query.getAuthCheck().isAuthorizationCheckEnabled()
        && authentication != null
        && AgencyTaskScope.isScoped(authentication.getGroupIds())
        && scopes != null && scopes.length > 0
        && allOwnTasks(scopes, authentication.getGroupIds())) {
      query.getAuthCheck().setAuthorizationCheckEnabled(false);
    }
  }

  private boolean allOwnTasks(String[] scopes, List<String> groups) {
    for (String scope : scopes) {
      if (tasksOf(scope).stream().noneMatch(task -> AgencyTaskScope.mayAccess(groups, task.getIdentityLinks()))) {
        return false;
      }
    }
    return true;
  }

  /** The task of that id, or the tasks of the process instance the execution belongs to. */
  private List<TaskEntity> tasksOf(String scope) {
    TaskEntity task = getTaskManager().findTaskById(scope);
    if (task != null) {
      return List.of(task);
    }
    ExecutionEntity execution = getProcessInstanceManager().findExecutionById(scope);
    if (execution == null) {
      return new ArrayList<>();
    }
    return getTaskManager().findTasksByProcessInstanceId(execution.getProcessInstanceId());
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
