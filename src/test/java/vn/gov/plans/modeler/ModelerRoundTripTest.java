package vn.gov.plans.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.gov.plans.ApplicationTest;
import vn.gov.plans.RestUsers;
import vn.gov.plans.identity.InitialPasswords;

/**
 * Deploys a changed diagram exactly as Camunda Modeler does (multipart POST to
 * /engine-rest/deployment/create with HTTP Basic) and sees new instances use the new version.
 */
@ApplicationTest
class ModelerRoundTripTest {

  static final String KEY = "process_modelerRoundTrip";

  @Autowired TestRestTemplate rest;
  @Autowired InitialPasswords passwords;

  ResponseEntity<String> deploy(TestRestTemplate as, String diagram) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", "modeler-round-trip");
    body.add("deployment-source", "Camunda Modeler");
    body.add("enable-duplicate-filtering", "true");
    HttpHeaders fileHeaders = new HttpHeaders();
    fileHeaders.setContentType(MediaType.APPLICATION_XML);
    body.add("modeler-round-trip.bpmn", new HttpEntity<>(new ByteArrayResource(diagram.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "modeler-round-trip.bpmn";
      }
    }, fileHeaders));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void aChangedDiagramDeployedFromTheModelerIsUsedByNewInstances() throws Exception {
    TestRestTemplate admin = new RestUsers(rest, passwords).as("admin");
    String diagram = Files.readString(Path.of("src/test/resources/modeler/modeler-round-trip.bpmn"));

    assertThat(deploy(rest, diagram).getStatusCode()).as("no credentials, no deployment").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(deploy(admin, diagram).getStatusCode()).isEqualTo(HttpStatus.OK);
    int first = JsonPath.read(admin.getForObject("/engine-rest/process-definition/key/" + KEY, String.class), "$.version");

    String changed = diagram.replace("name=\"Mở kỳ báo cáo đột xuất\"", "name=\"Mở kỳ báo cáo đột xuất (đã sửa)\"");
    assertThat(changed).isNotEqualTo(diagram);
    assertThat(deploy(admin, changed).getStatusCode()).isEqualTo(HttpStatus.OK);

    String definition = admin.getForObject("/engine-rest/process-definition/key/" + KEY, String.class);
    assertThat(JsonPath.<Integer>read(definition, "$.version")).isEqualTo(first + 1);
    ResponseEntity<String> started = admin.postForEntity("/engine-rest/process-definition/key/" + KEY + "/start",
        Map.of("variables", Map.of("province", Map.of("value", "hue", "type", "String"))), String.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JsonPath.<String>read(started.getBody(), "$.definitionId"))
        .isEqualTo(JsonPath.<String>read(definition, "$.id"));
  }
}
