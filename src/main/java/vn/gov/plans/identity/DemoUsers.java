package vn.gov.plans.identity;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.agency.Directory.Agency;
import vn.gov.plans.agency.Directory;
import vn.gov.plans.system.StartupStep;

/**
 * Demo profile only: one staff member ({@code <agency>-cv}) and one leader ({@code <agency>-ld}) per
 * agency, one supervisor per province ({@code <tenant>-gs}) and a national one. Passwords from
 * {@code DEMO_PASSWORD}, otherwise generated into the data folder.
 */
@Component
@Profile("demo")
@Order(30)
public class DemoUsers implements StartupStep {

  public static final String STAFF_SUFFIX = "-cv";
  public static final String LEADER_SUFFIX = "-ld";
  public static final String SUPERVISOR_SUFFIX = "-gs";
  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);
  private static final List<String> FAMILY = List.of(
      "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
      "Hồ", "Ngô", "Dương", "Lý");
  private static final List<String> GIVEN = List.of(
      "Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thu Hà", "Đức Hải", "Thanh Hương",
      "Ngọc Lan", "Hoàng Long", "Thị Mai", "Văn Nam", "Bảo Ngọc", "Hữu Phúc", "Thị Quỳnh",
      "Minh Tâm", "Văn Thắng", "Thị Thảo", "Anh Tuấn", "Thị Vân", "Quang Vinh");

  private final Directory directory;
  private final UserAccounts accounts;
  private final Optional<String> password;
  private int sequence;

  DemoUsers(Directory directory, UserAccounts accounts, @Value("${DEMO_PASSWORD:}") String password) {
    this.directory = directory;
    this.accounts = accounts;
    this.password = Optional.of(password).filter(p -> !p.isBlank());
  }

  public static String staffOf(String agencyId) {
    return agencyId + STAFF_SUFFIX;
  }

  public static String leaderOf(String agencyId) {
    return agencyId + LEADER_SUFFIX;
  }

  public static String supervisorOf(String tenantOrGroupId) {
    return tenantOrGroupId + SUPERVISOR_SUFFIX;
  }

  @Override
  public void run() {
    int created = 0;
    String national = directory.nationalSupervisors().id();
    created += user(supervisorOf(national), null, national);
    for (Directory.Tenant tenant : directory.tenants()) {
      created += user(supervisorOf(tenant.id()), null, AgencyGroups.supervisors(tenant.id()));
      for (Agency agency : tenant.agencies()) {
        created += user(staffOf(agency.id()), agency.email(), AgencyGroups.staff(agency.id()));
        created += user(leaderOf(agency.id()), agency.email(),
            AgencyGroups.leaders(agency.id()), AgencyGroups.staff(agency.id()));
      }
    }
    LOG.info("Người dùng thử nghiệm: {} người mới.", created);
  }

  private int user(String id, String email, String... groups) {
    int n = sequence++;
    String family = FAMILY.get(n % FAMILY.size());
    String given = GIVEN.get((n / FAMILY.size() + n) % GIVEN.size());
    boolean created = accounts.ensure(id, family, given, email, password);
    for (String group : groups) {
      accounts.ensureMembership(id, group);
    }
    return created ? 1 : 0;
  }
}
