package vn.gov.plans.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.plans.ApplicationTest;
import vn.gov.plans.RestUsers;
import vn.gov.plans.identity.InitialPasswords;

/**
 * Runs the successful admin login first: the engine delays a user's next login after a failed one,
 * and the weak-password cases below fail on purpose for "admin".
 */
@ApplicationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityTest {

  @Autowired TestRestTemplate rest;
  @Autowired InitialPasswords passwords;
  @Autowired IdentityService identityService;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/engine-rest/task",
        "/engine-rest/engine",
        "/engine-rest/process-definition",
        "/engine-rest/user",
        "/api/calendar/2026",
        "/api/plans"
      })
  void withoutCredentialsNothingOpens(String path) {
    ResponseEntity<String> response = rest.getForEntity(path, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  @ParameterizedTest
  @CsvSource({"demo,demo", "admin,admin", "admin,demo", "hue-skhcn-cv,hue-skhcn-cv", "hue-skhcn-cv,demo"})
  void weakOrDefaultPasswordsOpenNothing(String user, String password) {
    ResponseEntity<String> response =
        rest.withBasicAuth(user, password).getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @Order(1)
  void theGeneratedAdminPasswordOpensTheApi() {
    ResponseEntity<String> response =
        new RestUsers(rest, passwords).as("admin").getForEntity("/engine-rest/task/count", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void generatedPasswordsAreReadableOnlyByTheOwner() throws Exception {
    assertThat(Files.getPosixFilePermissions(passwords.file()))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(passwords.passwordOf("admin")).hasValueSatisfying(p -> assertThat(p).hasSize(20));
  }

  @Test
  void theEngineRefusesWeakPasswords() {
    User user = identityService.newUser("weak-password-user");
    user.setPassword("demo");

    assertThatThrownBy(() -> identityService.saveUser(user)).hasMessageContaining("policy");
    assertThat(identityService.createUserQuery().userId("weak-password-user").count()).isZero();
  }

  @Test
  void aUserLoggedInToTheWebappsMayReadButNotWriteTheProjectApi() {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/welcome/default/", String.class);
    String xsrf = cookie(page, "XSRF-TOKEN");
    String session = cookie(page, "JSESSIONID");
    HttpHeaders login = new HttpHeaders();
    login.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
    login.add(HttpHeaders.COOKIE, "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf);
    login.add("X-XSRF-TOKEN", xsrf);
    String user = "hue-sxd-cv";
    ResponseEntity<String> loggedIn = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new org.springframework.http.HttpEntity<>("username=" + user + "&password="
            + java.net.URLEncoder.encode(passwords.passwordOf(user).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8), login),
        String.class);
    assertThat(loggedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
    String authenticated = java.util.Optional.ofNullable(cookie(loggedIn, "JSESSIONID")).orElse(session);
    HttpHeaders withSession = new HttpHeaders();
    withSession.add(HttpHeaders.COOKIE, "JSESSIONID=" + authenticated);

    assertThat(rest.exchange("/api/plans", org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(withSession), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.exchange("/api/plans", org.springframework.http.HttpMethod.POST,
        new org.springframework.http.HttpEntity<>("title: x", withSession), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.exchange("/engine-rest/task", org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(withSession), String.class).getStatusCode())
        .as("the engine API keeps HTTP Basic").isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  static String cookie(ResponseEntity<String> response, String name) {
    return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1, c.indexOf(';') > 0 ? c.indexOf(';') : c.length()))
        .findFirst().orElse(null);
  }

  @Test
  void webappSessionCookiesAreHttpOnlyAndSameSite() {
    ResponseEntity<String> response = rest.getForEntity("/camunda/app/welcome/default/", String.class);

    assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE))
        .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"))
        .anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("SameSite=Strict"));
  }
}
