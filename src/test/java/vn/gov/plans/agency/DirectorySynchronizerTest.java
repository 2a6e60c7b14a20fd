package vn.gov.plans.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.plans.ApplicationTest;
import vn.gov.plans.agency.Directory.Agency;
import vn.gov.plans.agency.Directory.Tenant;

@ApplicationTest
class DirectorySynchronizerTest {

  @Autowired Directory directory;
  @Autowired DirectorySynchronizer synchronizer;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  @Test
  void runningTwiceChangesNothing() {
    assertThat(synchronizer.synchronise(directory)).isZero();
  }

  @Test
  void everyAgencyHasAStaffAndALeadersGroupInItsProvince() {
    for (Tenant tenant : directory.tenants()) {
      List<String> groupsOfTenant = identityService.createGroupQuery().memberOfTenant(tenant.id()).list()
          .stream().map(g -> g.getId()).toList();
      for (Agency agency : tenant.agencies()) {
        assertThat(groupsOfTenant).contains(AgencyGroups.staff(agency.id()), AgencyGroups.leaders(agency.id()));
      }
      assertThat(groupsOfTenant).contains(AgencyGroups.supervisors(tenant.id()), directory.nationalSupervisors().id());
    }
    assertThat(identityService.createGroupQuery().groupId(AgencyGroups.staff("hue-skhcn")).singleResult().getName())
        .isEqualTo("Chuyên viên – Sở Khoa học và Công nghệ");
  }

  @Test
  void anAgencyAddedToTheFileAppearsAtTheNextSynchronisation() {
    Agency added = new Agency("hue-test-added", "Ban Quản lý dự án thử nghiệm", null,
        AgencyKind.OTHER, "hue-ubnd", "Văn phòng", null);
    Directory extended = withAgencyInHue(added);

    assertThat(synchronizer.synchronise(extended)).isPositive();
    assertThat(synchronizer.synchronise(extended)).isZero();
    assertThat(identityService.createGroupQuery().memberOfTenant("hue").groupId(AgencyGroups.staff(added.id())).count())
        .isOne();
  }

  /**
   * The synchroniser writes inside its own engine commands: a new agency's group must get what
   * Camunda's identity service gives a group created through it (the default grants of the
   * authorization provider: members read their group and their province), plus the agency grants.
   */
  @Test
  void aNewAgencysGroupGetsWhatCamundasIdentityServiceGivesAGroupPlusTheAgencyGrants() {
    Agency added = new Agency("hue-test-grants", "Ban thử nghiệm quyền", null,
        AgencyKind.OTHER, "hue-ubnd", "Văn phòng", null);
    synchronizer.synchronise(withAgencyInHue(added));
    String staff = AgencyGroups.staff(added.id());

    String reference = "hue-test-reference";
    Group group = identityService.newGroup(reference);
    group.setName("Nhóm đối chiếu");
    group.setType(AgencyGroups.TYPE_AGENCY);
    identityService.saveGroup(group);
    identityService.createTenantGroupMembership("hue", reference);
    Set<String> expected = new TreeSet<>();
    grantsOf(reference).forEach(grant -> expected.add(grant.replace(reference, staff)));
    try {
      assertThat(expected).as("Camunda's default grants to a new group").hasSizeGreaterThanOrEqualTo(2);
      for (String startable : DirectorySynchronizer.STARTABLE_IN_TASKLIST) {
        expected.add(grant(Resources.PROCESS_DEFINITION.resourceType(), startable,
            ProcessDefinitionPermissions.READ.getValue() | ProcessDefinitionPermissions.CREATE_INSTANCE.getValue()));
      }
      expected.add(grant(Resources.PROCESS_INSTANCE.resourceType(), "*", ProcessInstancePermissions.CREATE.getValue()));
      expected.add(grant(Resources.APPLICATION.resourceType(), "tasklist", Permissions.ACCESS.getValue()));
      expected.add(grant(Resources.PROCESS_DEFINITION.resourceType(), "*",
          ProcessDefinitionPermissions.READ.getValue() | ProcessDefinitionPermissions.READ_TASK.getValue()
              | ProcessDefinitionPermissions.TASK_WORK.getValue() | ProcessDefinitionPermissions.TASK_ASSIGN.getValue()
              | ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE.getValue()));

      assertThat(grantsOf(staff)).isEqualTo(expected);
      assertThat(identityService.createGroupQuery().groupId(staff).singleResult().getName())
          .isEqualTo("Chuyên viên – Ban thử nghiệm quyền");
      assertThat(identityService.createTenantQuery().groupMember(staff).singleResult().getId()).isEqualTo("hue");
    } finally {
      authorizationService.createAuthorizationQuery().groupIdIn(reference).list()
          .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
      identityService.deleteGroup(reference);
    }
  }

  /** The group's grants as "resource type|resource id|permission bits". */
  Set<String> grantsOf(String groupId) {
    Set<String> grants = new TreeSet<>();
    for (Authorization authorization : authorizationService.createAuthorizationQuery().groupIdIn(groupId).list()) {
      assertThat(authorization.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GRANT);
      grants.add(grant(authorization.getResourceType(), authorization.getResourceId(),
          ((AuthorizationEntity) authorization).getPermissions()));
    }
    return grants;
  }

  static String grant(int resourceType, String resourceId, int permissions) {
    return resourceType + "|" + resourceId + "|" + permissions;
  }

  Directory withAgencyInHue(Agency added) {
    List<Tenant> tenants = new ArrayList<>();
    for (Tenant tenant : directory.tenants()) {
      List<Agency> agencies = new ArrayList<>(tenant.agencies());
      if (tenant.id().equals("hue")) {
        agencies.add(added);
      }
      tenants.add(new Tenant(tenant.id(), tenant.name(), agencies));
    }
    return new Directory(directory.nationalSupervisors(), tenants);
  }
}
