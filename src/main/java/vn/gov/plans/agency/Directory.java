package vn.gov.plans.agency;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The agency directory: provinces (Camunda tenants) and their agencies, as read from the directory
 * file. Immutable; validated by {@link DirectoryReader}.
 */
public record Directory(Supervisors nationalSupervisors, List<Tenant> tenants) {

  /** The national supervisor group, member of every tenant. */
  public record Supervisors(String id, String name) {}

  /** A province or centrally run city: one Camunda tenant. */
  public record Tenant(String id, String name, List<Agency> agencies) {}

  /** An agency of a tenant; its staff and leaders groups are derived by {@link AgencyGroups}. */
  public record Agency(
      String id,
      String name,
      String shortName,
      AgencyKind kind,
      String parent,
      String focalUnit,
      String email) {}

  public Stream<Agency> agencies() {
    return tenants.stream().flatMap(tenant -> tenant.agencies().stream());
  }

  public Optional<Agency> agency(String agencyId) {
    return agencies().filter(agency -> agency.id().equals(agencyId)).findFirst();
  }

  /**
   * The agency's part of a document symbol ("SKHCN" in "15/BC-SKHCN"): its id without the province
   * prefix, in capitals and without hyphens.
   */
  public String symbolOf(String agencyId) {
    String local = tenantOf(agencyId).map(t -> agencyId.substring(t.id().length() + 1)).orElse(agencyId);
    return local.replace("-", "").toUpperCase(java.util.Locale.ROOT);
  }

  public Optional<Tenant> tenantOf(String agencyId) {
    return tenants.stream()
        .filter(tenant -> tenant.agencies().stream().anyMatch(a -> a.id().equals(agencyId)))
        .findFirst();
  }
}
