package vn.gov.plans.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.plans.PlanTrackerApplication;
import vn.gov.plans.access.ProvinceTenantIdProvider;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.agency.Directory;
import vn.gov.plans.agency.DirectorySynchronizer;
import vn.gov.plans.identity.InitialPasswords;
import vn.gov.plans.plan.PlanTaskProcess;

/**
 * Starts the application as the run command does (default profile, H2 file database in the data
 * folder), outside the shared test context. The engine gets its own name and no webapps so that it
 * never touches the shared context's engine.
 */
@Tag("standalone")
class RestartTest {

  @TempDir Path dataDir;

  ConfigurableApplicationContext start(String... extra) {
    List<String> args = new ArrayList<>(List.of(
        "--app.data-dir=" + dataDir,
        // The embedded file database, whatever datasource the surrounding run is given.
        "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/plan-tracker;DB_CLOSE_ON_EXIT=FALSE",
        "--server.port=0",
        "--spring.main.banner-mode=off",
        "--camunda.bpm.process-engine-name=restart-test",
        "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.job-execution.enabled=false"));
    for (String property : extra) {
      args.add("--" + property);
    }
    return new SpringApplicationBuilder(PlanTrackerApplication.class).run(args.toArray(String[]::new));
  }

  @Test
  void instancesTasksAndPasswordsSurviveARestart() throws Exception {
    String instanceId;
    long deployments;
    try (ConfigurableApplicationContext app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      Map<String, Object> variables = PlanTaskProcess.start(
          AgencyGroups.staff("hue-skhcn"), AgencyGroups.leaders("hue-skhcn"), null);
      variables.put(ProvinceTenantIdProvider.PROVINCE, "hue");
      instanceId = engine.getRuntimeService()
          .startProcessInstanceByKey(PlanTaskProcess.KEY, variables).getId();
      deployments = engine.getRepositoryService().createDeploymentQuery().count();
    }
    assertThat(Files.list(dataDir).map(p -> p.getFileName().toString()))
        .anyMatch(name -> name.endsWith(".mv.db"));
    String passwordsAfterFirstStart =
        Files.readString(dataDir.resolve(InitialPasswords.FILE_NAME), StandardCharsets.UTF_8);

    try (ConfigurableApplicationContext app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(instanceId).singleResult()).isNotNull();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult())
          .satisfies(task -> assertThat(task.getTaskDefinitionKey())
              .isEqualTo(PlanTaskProcess.Elements.REPORT_RESULT));
      assertThat(engine.getRepositoryService().createDeploymentQuery().count())
          .as("unchanged diagrams are not deployed again").isEqualTo(deployments);
      assertThat(app.getBean(DirectorySynchronizer.class).synchronise(app.getBean(Directory.class)))
          .as("the directory is already synchronised").isZero();
    }
    assertThat(Files.readString(dataDir.resolve(InitialPasswords.FILE_NAME), StandardCharsets.UTF_8))
        .as("no password is generated twice").isEqualTo(passwordsAfterFirstStart)
        .startsWith("admin:");
  }

  @Test
  void aMalformedDirectoryStopsTheStartAndSaysWhereAndWhat() throws Exception {
    Path directory = dataDir.resolve("bad-directory.yaml");
    Files.writeString(directory, """
        nationalSupervisors: {id: national-supervisors, name: Giám sát}
        tenants:
          - id: hue
            name: Thành phố Huế
            agencies:
              - {id: hue-ubnd, name: UBND thành phố Huế, kind: PEOPLES_COMMITTEE}
              - {id: hue-skhcn, name: Sở Khoa học và Công nghệ, kind: DEPARTMENT, parent: hue-khong-co}
        """, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> start("app.directory-file=file:" + directory).close())
        .rootCause()
        .hasMessageContaining("bad-directory.yaml")
        .hasMessageContaining("tenants[0] (hue).agencies[1] (hue-skhcn).parent")
        .hasMessageContaining("hue-khong-co");
  }
}
