package vn.gov.plans.access;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * Idempotent grants per group or to everyone, never per task (see {@link AgencyAccessPlugin}).
 * A {@link Batch} reads the existing grants once, so synchronising thousands of agencies costs one
 * query plus one write per missing grant; running it twice writes nothing.
 */
@Component
public class Grants {

  private final AuthorizationService authorizationService;

  Grants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /** Starts a batch over a snapshot of every grant and global authorization. */
  public Batch batch() {
    return batch(authorizationService.createAuthorizationQuery());
  }

  /** A batch that grants only to {@code groupId}: the snapshot holds that group's authorizations only. */
  public Batch batchForGroup(String groupId) {
    return batch(authorizationService.createAuthorizationQuery().groupIdIn(groupId));
  }

  /**
   * A batch that grants only to everyone ({@link #toEveryone}) on {@code resource}: the snapshot
   * holds those global authorizations only.
   */
  public Batch batchForEveryone(Resource resource) {
    return batch(authorizationService.createAuthorizationQuery().userIdIn(Authorization.ANY)
        .resourceType(resource));
  }

  private Batch batch(AuthorizationQuery query) {
    Map<String, Authorization> existing = new HashMap<>();
    query.list().stream()
        .filter(a -> a.getAuthorizationType() != Authorization.AUTH_TYPE_REVOKE)
        .forEach(a -> existing.put(key(a.getGroupId(), a.getUserId(), a.getResourceType(), a.getResourceId()), a));
    return new Batch(existing);
  }

  private static String key(String groupId, String userId, int resourceType, String resourceId) {
    return (groupId != null ? "g:" + groupId : "u:" + userId) + "|" + resourceType + "|" + resourceId;
  }

  /** Grants against one snapshot; counts what it wrote. */
  public final class Batch {

    private final Map<String, Authorization> existing;
    private int written;

    private Batch(Map<String, Authorization> existing) {
      this.existing = existing;
    }

    public void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
      String key = key(groupId, null, resource.resourceType(), resourceId);
      Authorization authorization = existing.get(key);
      if (authorization == null) {
        authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
      }
      grant(key, authorization, resource, resourceId, permissions);
    }

    /** A global grant to every authenticated user ({@code *}). */
    public void toEveryone(Resource resource, String resourceId, Permission... permissions) {
      String key = key(null, Authorization.ANY, resource.resourceType(), resourceId);
      Authorization authorization = existing.get(key);
      if (authorization == null) {
        authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        authorization.setUserId(Authorization.ANY);
      }
      grant(key, authorization, resource, resourceId, permissions);
    }

    /** Number of authorizations created or widened by this batch. */
    public int written() {
      return written;
    }

    private void grant(
        String key, Authorization authorization, Resource resource, String resourceId, Permission[] permissions) {
      boolean changed = authorization.getId() == null;
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      for (Permission permission : permissions) {
        if (changed || !authorization.isPermissionGranted(permission)) {
          authorization.addPermission(permission);
          changed = true;
        }
      }
      if (changed) {
        existing.put(key, save(authorization));
        written++;
      }
    }

    /**
     * Inside an engine command (the directory's synchronisation), a new grant is validated and
     * inserted as Camunda's save-authorization command does, without a command of its own around
     * each of the ~1,500 grants; elsewhere, and for grants on history (which the command gives a
     * removal time), through the authorization service.
     */
    private Authorization save(Authorization authorization) {
      CommandContext command = Context.getCommandContext();
      if (command == null || authorization.getId() != null
          || authorization.getResourceType() == Resources.HISTORIC_TASK.resourceType()
          || authorization.getResourceType() == Resources.HISTORIC_PROCESS_INSTANCE.resourceType()) {
        return authorizationService.saveAuthorization(authorization);
      }
      AuthorizationEntity entity = (AuthorizationEntity) authorization;
      command.getAuthorizationManager().validateResourceCompatibility(entity);
      command.getAuthorizationManager().insert(entity);
      return entity;
    }
  }
}
