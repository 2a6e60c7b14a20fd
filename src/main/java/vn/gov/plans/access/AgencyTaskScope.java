package vn.gov.plans.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.gov.plans.agency.AgencyGroups;

/**
 * The rule "an agency sees and works only on the tasks given to it", as plain code: a user who is
 * not a supervisor sees a task if one of the task's candidate groups is one of the user's groups.
 */
final class AgencyTaskScope {

  /** A group id no group can have (ids are lower-case): matches no candidate link. */
  static final String NO_GROUP = "~none~";

  private AgencyTaskScope() {}

  static boolean isScoped(Collection<String> userGroups) {
    return !AgencyGroups.seesAllTasksOfTenant(userGroups);
  }

  static boolean mayAccess(Collection<String> userGroups, Collection<? extends IdentityLink> links) {
    if (!isScoped(userGroups)) {
      return true;
    }
    return links.stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> link.getGroupId() != null && userGroups.contains(link.getGroupId()));
  }

  /**
   * Narrows a task query to the user's candidate groups, intersected with any groups the query
   * already asks for. Executed by the engine's candidate-group join (indexed on the group id), so
   * no per-task authorization rows are needed.
   */
  static void narrow(TaskQueryImpl query, String userId, List<String> userGroups) {
    if (query.getCandidateGroupLike() != null) {
      throw new AuthorizationException(
          "Người dùng " + userId + " không được tìm nhiệm vụ theo mẫu tên nhóm.");
    }
    String candidateUser = query.getCandidateUser();
    if (candidateUser != null) {
      if (!candidateUser.equals(userId)) {
        throw new AuthorizationException(
            "Người dùng " + userId + " chỉ được xem nhiệm vụ của đơn vị mình.");
      }
      // The engine resolves the candidate user's own groups: already the user's scope.
      return;
    }
    List<String> wanted = query.getCandidateGroupsInternal();
    boolean asksForGroups = wanted != null || query.getCandidateGroup() != null;
    List<String> allowed = new ArrayList<>(userGroups == null ? List.of() : userGroups);
    if (wanted != null) {
      allowed.retainAll(wanted);
    }
    query.taskCandidateGroupIn(allowed.isEmpty() ? List.of(NO_GROUP) : allowed);
    if (!asksForGroups) {
      query.includeAssignedTasksInternal();
    }
  }
}
