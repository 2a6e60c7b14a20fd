package vn.gov.plans.agency;

import java.util.Collection;

/**
 * The one place that knows how Camunda group ids are derived from the directory. Tasks are given to
 * groups, never to people: an agency's staff group or its leaders group.
 */
public final class AgencyGroups {

  public static final String STAFF_SUFFIX = "-staff";
  public static final String LEADERS_SUFFIX = "-leaders";
  public static final String SUPERVISORS_SUFFIX = "-supervisors";
  public static final String ADMIN_GROUP = "camunda-admin";

  /** Camunda group type of agency groups and of supervisor groups. */
  public static final String TYPE_AGENCY = "AGENCY";

  public static final String TYPE_SUPERVISORS = "SUPERVISORS";

  private AgencyGroups() {}

  public static String staff(String agencyId) {
    return agencyId + STAFF_SUFFIX;
  }

  public static String leaders(String agencyId) {
    return agencyId + LEADERS_SUFFIX;
  }

  /** The supervisors of one tenant (the People's Committee office, the lead agency's office). */
  public static String supervisors(String tenantId) {
    return tenantId + SUPERVISORS_SUFFIX;
  }

  /** The agency of a staff or leaders group ("hue-skhcn-staff" gives "hue-skhcn"). */
  public static String agencyOf(String groupId) {
    if (groupId != null && groupId.endsWith(STAFF_SUFFIX)) {
      return groupId.substring(0, groupId.length() - STAFF_SUFFIX.length());
    }
    if (groupId != null && groupId.endsWith(LEADERS_SUFFIX)) {
      return groupId.substring(0, groupId.length() - LEADERS_SUFFIX.length());
    }
    throw new IllegalArgumentException("Không phải nhóm của một đơn vị: " + groupId);
  }

  /** Supervisors and administrators see every task of their tenants; agency staff only their own. */
  public static boolean seesAllTasksOfTenant(Collection<String> groupIds) {
    return groupIds != null
        && groupIds.stream()
            .anyMatch(group -> group.equals(ADMIN_GROUP) || group.endsWith(SUPERVISORS_SUFFIX));
  }
}
