package vn.gov.plans;

import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.gov.plans.identity.InitialPasswords;

/** HTTP calls as a given user, with the password generated into the test data folder. */
public class RestUsers {

  private final TestRestTemplate rest;
  private final InitialPasswords passwords;

  public RestUsers(TestRestTemplate rest, InitialPasswords passwords) {
    this.rest = rest;
    this.passwords = passwords;
  }

  public TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, passwords.passwordOf(userId).orElseThrow());
  }

  public TestRestTemplate anonymous() {
    return rest;
  }
}
