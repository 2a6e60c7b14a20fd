package vn.gov.plans.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
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
 *
 * <p>A task query of agency staff is decided once, not per row: the engine joins every candidate
 * row with the user's grants ({@code AUTH.RESOURCE_ID_ IN (task id, definition key, '*')}), which
 * at a million tasks and tens of thousands of {@code '*'} grants (every agency group holds some)
 * costs about a second even for 150 rows. Agency groups hold {@code READ_TASK} on every process
 * definition ({@code '*'}) and no revoke applies to them (the engine's own test of its revoke
 * setting, {@code isRevokeAuthCheckEnabled}), so that join can only answer "yes" for every row;
 * when one lookup confirms such a grant the join is left out. The candidate-group narrowing and
 * the tenant check stay. A user without that grant keeps the engine's join.
 */
class AgencyAuthorizationManager extends AuthorizationManager {

  /** The last answer of {@link #filterAuthenticatedGroupIds}, for this command (one session). */
  private List<String> filteredFor;
  private List<String> filtered;

  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    super.configureTaskQuery(query);
    Authentication authentication = getCurrentAuthentication();
    if (query.getAuthCheck().isAuthorizationCheckEnabled()
        && authentication != null
        && AgencyTaskScope.isScoped(authentication.getGroupIds())) {
      AgencyTaskScope.narrow(query, authentication.getUserId(), authentication.getGroupIds());
      if (mayReadEveryTask(authentication)) {
        query.getAuthCheck().setAuthorizationCheckEnabled(false);
      }
    }
  }

  /** The user's groups that hold an authorization, from the group index (see {@link AuthorizedGroups}). */
  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
      return new ArrayList<>();
    }
    List<String> key = List.copyOf(authenticatedGroupIds);
    if (!key.equals(filteredFor)) {
      filtered = AuthorizedGroups.of(key);
      filteredFor = key;
    }
    return new ArrayList<>(filtered);
  }

  /** A grant to read every task, that no revoke can narrow: the per-row check would always pass. */
  private boolean mayReadEveryTask(Authentication authentication) {
    String user = authentication.getUserId();
    List<String> groups = authentication.getGroupIds();
    if (isRevokeAuthCheckEnabled(user, groups)) {
      return false;
    }
    return isAuthorized(user, groups, ProcessDefinitionPermissions.READ_TASK, Resources.PROCESS_DEFINITION, Authorization.ANY)
        || isAuthorized(user, groups, TaskPermissions.READ, Resources.TASK, Authorization.ANY);
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
    Set<String> remaining = new LinkedHashSet<>(Arrays.asList(scopes));
    remaining.removeAll(OwnTaskScopes.of(remaining, groups));
    // Left: an execution without a task of its own (a parallel branch, a subprocess), one by one.
    for (String scope : remaining) {
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
