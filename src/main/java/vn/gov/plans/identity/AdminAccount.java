package vn.gov.plans.identity;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.plans.access.Grants;
import vn.gov.plans.system.StartupStep;

/**
 * The administrator: password from {@code ADMIN_PASSWORD}, otherwise generated at the first start
 * into the data folder. Creating it at start-up also closes Camunda's "create the first admin" page.
 */
@Component
@Order(10)
class AdminAccount implements StartupStep {

  static final String ADMIN_ID = "admin";

  private final IdentityService identityService;
  private final UserAccounts accounts;
  private final Grants grants;
  private final Optional<String> password;

  AdminAccount(
      IdentityService identityService,
      UserAccounts accounts,
      Grants grants,
      @Value("${ADMIN_PASSWORD:}") String password) {
    this.identityService = identityService;
    this.accounts = accounts;
    this.grants = grants;
    this.password = Optional.of(password).filter(p -> !p.isBlank());
  }

  @Override
  public void run() {
    if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identityService.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("Quản trị hệ thống");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(group);
    }
    accounts.ensure(ADMIN_ID, "Quản trị", "hệ thống", null, password);
    accounts.ensureMembership(ADMIN_ID, Groups.CAMUNDA_ADMIN);
    Grants.Batch batch = grants.batchForGroup(Groups.CAMUNDA_ADMIN);
    for (Resources resource : Resources.values()) {
      batch.toGroup(Groups.CAMUNDA_ADMIN, resource, "*", Permissions.ALL);
    }
  }
}
