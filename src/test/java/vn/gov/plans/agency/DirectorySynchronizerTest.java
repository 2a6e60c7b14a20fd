package vn.gov.plans.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
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
    List<Tenant> tenants = new ArrayList<>();
    for (Tenant tenant : directory.tenants()) {
      List<Agency> agencies = new ArrayList<>(tenant.agencies());
      if (tenant.id().equals("hue")) {
        agencies.add(added);
      }
      tenants.add(new Tenant(tenant.id(), tenant.name(), agencies));
    }
    Directory extended = new Directory(directory.nationalSupervisors(), tenants);

    assertThat(synchronizer.synchronise(extended)).isPositive();
    assertThat(synchronizer.synchronise(extended)).isZero();
    assertThat(identityService.createGroupQuery().memberOfTenant("hue").groupId(AgencyGroups.staff(added.id())).count())
        .isOne();
  }
}
