package vn.gov.plans.identity;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Creates users idempotently, with a given password or a generated one written to the data folder. */
@Component
public class UserAccounts {

  private final IdentityService identityService;
  private final InitialPasswords initialPasswords;

  UserAccounts(IdentityService identityService, InitialPasswords initialPasswords) {
    this.identityService = identityService;
    this.initialPasswords = initialPasswords;
  }

  /**
   * Makes sure the user exists. A new user gets {@code password} or, when it is empty, a generated
   * one. An existing user keeps its password unless {@code password} is given and differs.
   *
   * @return true if the user was created
   */
  public boolean ensure(
      String id, String firstName, String lastName, String email, Optional<String> password) {
    User existing = identityService.createUserQuery().userId(id).singleResult();
    if (existing != null) {
      password
          .filter(given -> !identityService.checkPassword(id, given))
          .ifPresent(given -> save(existing, given));
      return false;
    }
    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    save(user, password.orElseGet(() -> initialPasswords.generateFor(id)));
    return true;
  }

  private void save(User user, String password) {
    user.setPassword(password);
    try {
      identityService.saveUser(user);
    } catch (ProcessEngineException e) {
      throw new IllegalStateException(
          "Không tạo được người dùng " + user.getId() + ": mật khẩu không đạt chính sách mật khẩu"
              + " (ít nhất 10 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt). " + e.getMessage(),
          e);
    }
  }

  public void ensureMembership(String userId, String groupId) {
    boolean member =
        identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    if (!member) {
      identityService.createMembership(userId, groupId);
    }
  }
}
