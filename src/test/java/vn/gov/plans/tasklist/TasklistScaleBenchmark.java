package vn.gov.plans.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.gov.plans.LocalPostgres;
import vn.gov.plans.PlanTrackerApplication;
import vn.gov.plans.access.ProvinceTenantIdProvider;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.benchmark.BenchmarkTable;
import vn.gov.plans.identity.DemoUsers;
import vn.gov.plans.identity.InitialPasswords;
import vn.gov.plans.plan.PlanTaskProcess;

/**
 * Issue 7, benchmark item 2: with about a million open tasks over 34 provinces, one agency staff
 * member's Tasklist, asked as Tasklist asks it: the shared filter "Nhiệm vụ của đơn vị" through
 * {@code POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=50} (HAL, as Tasklist: the 50
 * tasks, the count and the card variables) and {@code POST /engine-rest/filter/{id}/count}, with
 * HTTP Basic, authorization and tenant checks on, against the application started with the
 * {@code postgres} profile on a database of its own ({@code scale_tasklist}, dropped afterwards
 * unless {@code SCALE_KEEP_DATABASE=true}; a kept, loaded database is reused without loading).
 *
 * <p>Loading: the directory's agencies plus 32 generated provinces of 205 agencies (identity rows
 * and grants copied from a real agency's), one real plan task process started through the engine,
 * then copied in bulk ({@link ScaleData}) to {@link #TASKS} open tasks, about 150 per agency.
 *
 * <p>{@code ./mvnw -B -ntp test -Pbenchmark -Dtest=TasklistScaleBenchmark}
 */
@Tag("benchmark")
class TasklistScaleBenchmark {

  static final String NAME = "2. Tasklist at a million open tasks (PostgreSQL, authorization and tenant checks on)";
  static final String HOST = LocalPostgres.HOST;
  static final int PORT = LocalPostgres.PORT;
  static final String USER = LocalPostgres.USER;
  static final String DATABASE = System.getenv().getOrDefault("SCALE_DATABASE", "scale_tasklist");
  static final boolean KEEP = Boolean.parseBoolean(System.getenv("SCALE_KEEP_DATABASE"));
  static final Path DATA_DIR = Path.of("target", DATABASE + "-data").toAbsolutePath();

  static final int TASKS = Integer.getInteger("benchmark.tasks", 1_000_000);
  static final int GENERATED_TENANTS = 32;
  static final int AGENCIES_PER_TENANT = 205;
  static final int WARM_UP = 50;
  static final int SAMPLES = Integer.getInteger("benchmark.samples", 200);

  static final String AGENCY = "hue-skhcn";
  static final String STAFF_USER = DemoUsers.staffOf(AGENCY);
  static final String SUPERVISOR = "hue-gs";

  static ConfigurableApplicationContext app;
  static SingleConnectionDataSource sql;
  static JdbcTemplate jdbc;

  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void startOnALoadedDatabase() throws Exception {
    Assumptions.assumeTrue(LocalPostgres.reachable(), "no PostgreSQL on " + HOST + ":" + PORT);
    boolean exists = exists();
    if (exists && (!KEEP || !loaded())) {
      admin("drop database " + DATABASE + " with (force)");
      exists = false;
    }
    if (!exists) {
      admin("create database " + DATABASE);
    }
    app = new SpringApplicationBuilder(PlanTrackerApplication.class).run(
        "--spring.profiles.active=postgres,demo",
        "--POSTGRES_URL=jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE,
        "--POSTGRES_USER=" + USER,
        "--app.data-dir=" + DATA_DIR,
        "--app.demo-plans=false",
        "--server.port=0",
        "--spring.main.banner-mode=off",
        "--camunda.bpm.job-execution.enabled=false");
    sql = new SingleConnectionDataSource(
        "jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE, USER, "", true);
    jdbc = new JdbcTemplate(sql);
    if (openTasks() < TASKS) {
      load();
    }
  }

  @AfterAll
  static void stopAndDrop() throws Exception {
    if (sql != null) {
      sql.destroy();
    }
    if (app != null) {
      app.close();
    }
    if (!KEEP && LocalPostgres.reachable()) {
      admin("drop database if exists " + DATABASE + " with (force)");
    }
  }

  /** Whether the kept database holds a complete load (a failed load is started again from scratch). */
  static boolean loaded() {
    try (Connection connection = DriverManager.getConnection(
            "jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE, USER, "");
        ResultSet count = connection.createStatement().executeQuery("select count(*) from act_ru_task")) {
      return count.next() && count.getInt(1) >= TASKS;
    } catch (SQLException noSchema) {
      return false;
    }
  }

  static void load() {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    ScaleData data = new ScaleData(jdbc);
    long start = System.nanoTime();
    data.provinces(GENERATED_TENANTS, AGENCIES_PER_TENANT, AGENCY, "hue", "national-supervisors");
    int agencies = data.agencies();
    long identity = System.nanoTime();

    Map<String, Object> variables = PlanTaskProcess.start(
        AgencyGroups.staff(AGENCY), AgencyGroups.leaders(AGENCY), null);
    variables.put(ProvinceTenantIdProvider.PROVINCE, "hue");
    variables.put(PlanTaskProcess.Variables.PLAN_SYMBOL, "310/KH-UBND");
    String template = engine.getRuntimeService()
        .startProcessInstanceByKey(PlanTaskProcess.KEY, variables).getId();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(template)
        .taskCandidateGroup(AgencyGroups.staff(AGENCY)).count()).isOne();

    data.tasks(template, TASKS - 1, agencies,
        TasklistFilters.CARD_VARIABLES.stream().map(v -> v.get("name")).toList());
    long tasks = System.nanoTime();
    // As after any bulk load: the visibility map set and statistics current, so that autovacuum
    // does not start on the fresh rows while the requests are timed.
    for (String table : List.of("act_ru_execution", "act_ru_task", "act_ru_identitylink", "act_ru_variable")) {
      jdbc.execute("vacuum analyze " + table);
    }
    jdbc.execute("analyze");
    long analyzed = System.nanoTime();

    BenchmarkTable.info(NAME, "provinces (tenants), agencies", "%d, %d".formatted(
        jdbc.queryForObject("select count(*) from act_id_tenant", Integer.class), agencies));
    BenchmarkTable.info(NAME, "load the generated directory (groups, memberships, grants)",
        "%.1f s, %d grant rows".formatted(seconds(start, identity),
            jdbc.queryForObject("select count(*) from act_ru_authorization", Integer.class)));
    BenchmarkTable.info(NAME, "bulk load %,d tasks (executions, tasks, candidate links, variables)".formatted(TASKS - 1),
        "%.1f s".formatted(seconds(identity, tasks)));
    BenchmarkTable.info(NAME, "VACUUM ANALYZE", "%.1f s".formatted(seconds(tasks, analyzed)));
  }

  @Test
  void agencyStaffTasklistAtAMillionOpenTasks() throws Exception {
    assertThat(openTasks()).isGreaterThanOrEqualTo(TASKS);
    BenchmarkTable.info(NAME, "rows ACT_RU_TASK / EXECUTION / IDENTITYLINK / VARIABLE",
        "%,d / %,d / %,d / %,d".formatted(openTasks(), rows("act_ru_execution"),
            rows("act_ru_identitylink"), rows("act_ru_variable")));

    String filterId = agencyFilterId();
    int expected = jdbc.queryForObject("""
        select count(distinct t.id_) from act_ru_task t join act_ru_identitylink i on i.task_id_ = t.id_
        where i.type_ = 'candidate' and i.group_id_ = ?""", Integer.class, AgencyGroups.staff(AGENCY));
    int perAgency = TASKS / rows(ScaleData.AGENCY_TABLE);
    assertThat(expected).as("about %d tasks per agency", perAgency).isBetween(perAgency / 2, perAgency * 2);

    // What the staff member gets: only their agency's tasks, in due-date order, the right count.
    JsonNode page = post(STAFF_USER, "/filter/" + filterId + "/list?firstResult=0&maxResults=50", true);
    assertThat(page.path("count").asInt()).isEqualTo(expected);
    JsonNode tasks = page.path("_embedded").path("task");
    assertThat(tasks).hasSize(Math.min(50, expected));
    List<String> ids = new ArrayList<>();
    tasks.forEach(task -> ids.add(task.path("id").asText()));
    assertThat(groupsOf(ids)).containsExactly(AgencyGroups.staff(AGENCY));
    Set<String> tenants = new HashSet<>();
    tasks.forEach(task -> tenants.add(task.path("tenantId").asText()));
    assertThat(tenants).containsExactly("hue");
    List<String> due = new ArrayList<>();
    tasks.forEach(task -> due.add(task.path("due").asText()));
    assertThat(due).isSorted();
    tasks.forEach(task -> assertThat(task.path("_embedded").path("variable").findValuesAsText("name"))
        .as("card variables of " + task.path("id").asText()).contains(PlanTaskProcess.Variables.PLAN_SYMBOL));
    assertThat(post(STAFF_USER, "/filter/" + filterId + "/count", false).path("count").asInt()).isEqualTo(expected);

    int supervisorExpected = jdbc.queryForObject(
        "select count(*) from act_ru_task where tenant_id_ = 'hue'", Integer.class);
    assertThat(post(SUPERVISOR, "/task/count", false).path("count").asInt()).isEqualTo(supervisorExpected);

    String list = "/filter/" + filterId + "/list?firstResult=0&maxResults=50";
    String count = "/filter/" + filterId + "/count";
    double[] hal = measure(() -> post(STAFF_USER, list, true));
    double[] plain = measure(() -> post(STAFF_USER, list, false));
    double[] counted = measure(() -> post(STAFF_USER, count, false));
    double[] province = measure(() -> post(SUPERVISOR, "/task/count", false));

    BenchmarkTable.row(NAME, "an agency staff member's first 50 by due date as Tasklist asks (HAL: tasks, count, card variables) p50 / p95",
        ms(hal[0]) + " / " + ms(hal[1]), "–", "p95 ≤ 100 ms", hal[1] <= 100);
    BenchmarkTable.row(NAME, "first 50 by due date (JSON) p50 / p95",
        ms(plain[0]) + " / " + ms(plain[1]), "–", "p95 ≤ 100 ms", plain[1] <= 100);
    BenchmarkTable.row(NAME, "count of the agency's tasks (%d) p50 / p95".formatted(expected),
        ms(counted[0]) + " / " + ms(counted[1]), "–", "p95 ≤ 200 ms", counted[1] <= 200);
    BenchmarkTable.info(NAME, "Huế supervisor: count of the whole province (/task/count) (%,d) p50 / p95".formatted(supervisorExpected),
        ms(province[0]) + " / " + ms(province[1]));
  }

  /** Warm-up, then {@link #SAMPLES} timed calls one after another: p50 and p95 in milliseconds. */
  double[] measure(ThrowingCall call) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      call.run();
    }
    double[] samples = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      long start = System.nanoTime();
      call.run();
      samples[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(samples);
    return new double[] {samples[SAMPLES / 2], samples[(int) Math.ceil(SAMPLES * 0.95) - 1]};
  }

  interface ThrowingCall {
    Object run() throws Exception;
  }

  /** Tasklist's request: the filter's own query plus the sorting it shows (due date, ascending). */
  JsonNode post(String user, String path, boolean hal) throws Exception {
    String body = """
        {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],
         "sorting":[{"sortBy":"dueDate","sortOrder":"asc"}]}""";
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .header("Authorization", basic(user))
        .header("Content-Type", "application/json")
        .header("Accept", hal ? "application/hal+json" : "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  String basic(String user) {
    String password = app.getBean(InitialPasswords.class).passwordOf(user).orElseThrow();
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  String baseUrl() {
    return "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/engine-rest";
  }

  String agencyFilterId() {
    Filter filter = app.getBean(ProcessEngine.class).getFilterService().createFilterQuery()
        .filterName(TasklistFilters.AGENCY_TASKS).singleResult();
    return filter.getId();
  }

  Set<String> groupsOf(List<String> taskIds) {
    String in = String.join(",", taskIds.stream().map(id -> "'" + id + "'").toList());
    return new HashSet<>(jdbc.queryForList(
        "select distinct group_id_ from act_ru_identitylink where type_ = 'candidate' and task_id_ in (" + in + ")",
        String.class));
  }

  static int openTasks() {
    return rows("act_ru_task");
  }

  static int rows(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  static String ms(double value) {
    return "%.1f ms".formatted(value);
  }

  static double seconds(long from, long to) {
    return (to - from) / 1e9;
  }

  static void admin(String sql) {
    LocalPostgres.admin(sql);
  }

  static boolean exists() throws SQLException {
    try (Connection connection = DriverManager.getConnection(LocalPostgres.url("test"), USER, "");
        PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      query.setString(1, DATABASE);
      return query.executeQuery().next();
    }
  }

}
