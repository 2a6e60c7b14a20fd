package vn.gov.plans.agency;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The authenticated user of a request, as the engine's authentication filter resolved it: what the
 * project's own API may let them see and do.
 */
public record Caller(String userId, List<String> groups, List<String> provinces) {

  public static Caller of(Authentication authentication) {
    if (authentication == null) {
      return new Caller(null, List.of(), List.of());
    }
    return new Caller(
        authentication.getUserId(),
        authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds(),
        authentication.getTenantIds() == null ? List.of() : authentication.getTenantIds());
  }

  public boolean isAdmin() {
    return groups.contains(AgencyGroups.ADMIN_GROUP);
  }

  /** Provinces whose data the caller sees; null means all (administrators). */
  public Collection<String> visibleProvinces() {
    return isAdmin() ? null : provinces;
  }

  public boolean seesProvince(String province) {
    return isAdmin() || provinces.contains(province);
  }

  /** Staff or leader of the agency, or a supervisor of its province. */
  public boolean actsFor(String province, String agencyId) {
    return isAdmin()
        || (provinces.contains(province)
            && (groups.contains(AgencyGroups.staff(agencyId))
                || groups.contains(AgencyGroups.leaders(agencyId))
                || groups.contains(AgencyGroups.supervisors(province))));
  }
}
