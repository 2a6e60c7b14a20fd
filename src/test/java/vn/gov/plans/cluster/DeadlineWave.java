package vn.gov.plans.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.plans.PlanTrackerApplication;
import vn.gov.plans.plan.PlanDefinitionReader;
import vn.gov.plans.plan.PlanService;
import vn.gov.plans.reporting.ReportingPeriodProcess;
import vn.gov.plans.reporting.ReportingPeriods;

/**
 * A wave of deadlines on one day, as on 20 June: a plan of the province {@code tinhthu} with
 * {@code duties} reporting duties, each reported on by the same {@code agencies} communes, whose
 * periods are opened on 1 June 2026 (the engine clock set back), so that every agency report waits
 * at its task and every period waits at its sweep timer ({@code reporting-period.bpmn}), set to the
 * reminder (8:00 on 16 June); the reminder and the due date (end of 19 June) are both long past, so
 * the first sweep finds every agency late: the overdue notices of the whole period, a batch per
 * job. The period's jobs are then suspended, so that nothing fires before the test lets them
 * ({@link #activate}). Once a period's sweeps are done its cut-off timer (also past) fires too: the
 * compilation is prepared while the wave goes on, which the wave's figures include.
 *
 * <p>Built in this JVM by the application itself with the {@code postgres} profile and no job
 * executor; the periods' jobs (which start the agency reports, 250 per transaction) run on
 * {@code threads} threads, as a job executor would.
 */
final class DeadlineWave {

  static final String PROVINCE = "tinhthu";
  static final String COMPILER = PROVINCE + "-skhcn";
  static final String COMPILER_EMAIL = "skhcn@tinhthu.example.vn";
  static final LocalDate DUE = LocalDate.of(2026, 6, 19);
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  /** The wave's jobs: each period's sweep timer and the sweep's jobs, one per batch of agencies. */
  static final List<String> WAVE_ACTIVITIES =
      List.of(ReportingPeriodProcess.Elements.NEXT_DEADLINE, ReportingPeriodProcess.Elements.SEND_NOTICES);

  final int agencies;
  final int duties;

  DeadlineWave(int agencies, int duties) {
    this.agencies = agencies;
    this.duties = duties;
  }

  int reports() {
    return agencies * duties;
  }

  static String agency(int i) {
    return "%s-xa-%05d".formatted(PROVINCE, i);
  }

  static String email(int i) {
    return "xa%05d@tinhthu.example.vn".formatted(i);
  }

  /** The directory: the province's People's Committee, the compiling department and the communes. */
  Path writeDirectory(Path folder) throws IOException {
    StringBuilder yaml = new StringBuilder("""
        nationalSupervisors: {id: national-supervisors, name: Tổ giám sát cấp quốc gia}
        tenants:
          - id: tinhthu
            name: Tỉnh Thử
            agencies:
              - {id: tinhthu-ubnd, name: Ủy ban nhân dân tỉnh Thử, kind: PEOPLES_COMMITTEE, email: ubnd@tinhthu.example.vn}
              - {id: tinhthu-skhcn, name: Sở Khoa học và Công nghệ, kind: DEPARTMENT, parent: tinhthu-ubnd, email: %s}
        """.formatted(COMPILER_EMAIL));
    for (int i = 1; i <= agencies; i++) {
      yaml.append("      - {id: %s, name: UBND xã Thử %d, kind: COMMUNE, parent: tinhthu-ubnd, email: %s}\n"
          .formatted(agency(i), i, email(i)));
    }
    Path file = folder.resolve("directory-tinhthu.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  String planYaml() {
    StringBuilder yaml = new StringBuilder("""
        province: tinhthu
        documentType: KH
        title: Kế hoạch thử đợt hạn báo cáo ngày 20 tháng 6
        period: {from: 2026-01-01, to: 2026-06-30}
        leadAgency: tinhthu-skhcn
        issuers: [{agency: tinhthu-ubnd, symbol: UBND}]
        issued:
          number: 7
          symbol: 7/KH-UBND
          date: 2026-01-05
          signatures: [{issuer: tinhthu-ubnd, authority: ["KT. CHỦ TỊCH"], signerTitle: PHÓ CHỦ TỊCH, signerName: Nguyễn Văn Thử}]
        reporting:
        """);
    for (int d = 1; d <= duties; d++) {
      yaml.append("""
            - {key: BC%d, name: Báo cáo định kỳ số %d, reporters: {kinds: [COMMUNE]}, compiler: tinhthu-skhcn,
               receiver: tinhthu-ubnd, schedule: {kind: ANNUAL_DATES, dates: ["06-20"], before: true}}
          """.formatted(d, d));
    }
    return yaml.toString();
  }

  /** What {@link #prepare} built and how long it took. */
  record Prepared(int timers, Duration startUp, Duration opening) {}

  /**
   * Builds the wave in {@code database}: the schema (Flyway), the directory, the administrator
   * (password {@code adminPassword}), the plan, its periods with their sweep timers and every agency report.
   */
  Prepared prepare(ClusterDatabase database, Path dataDir, Path directory, String adminPassword, int threads)
      throws Exception {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(VIETNAM).toInstant()));
    long begin = System.nanoTime();
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlanTrackerApplication.class).run(
        "--spring.profiles.active=postgres",
        "--POSTGRES_URL=" + database.url(),
        "--POSTGRES_USER=" + ClusterDatabase.USER,
        "--app.data-dir=" + dataDir,
        "--app.directory-file=file:" + directory,
        "--ADMIN_PASSWORD=" + adminPassword,
        "--server.port=0",
        "--spring.main.banner-mode=off",
        "--camunda.bpm.process-engine-name=wave-setup",
        "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.job-execution.enabled=false")) {
      long started = System.nanoTime();
      String yaml = planYaml();
      long planId = app.getBean(PlanService.class).store(PlanDefinitionReader.read(yaml), yaml).planId();
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      ReportingPeriods periods = app.getBean(ReportingPeriods.class);
      ManagementService management = app.getBean(ManagementService.class);
      for (Long dutyId : jdbc.queryForList(
          "select id from plan_reporting_duty where plan_id = ? order by id", Long.class, planId)) {
        periods.open(dutyId, DUE);
      }
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        runAll(management, pool, ReportingPeriodProcess.KEY);
        long opened = System.nanoTime();
        int timers = (int) management.createJobQuery().processDefinitionKey(ReportingPeriodProcess.KEY).timers().count();
        management.updateJobSuspensionState().byProcessDefinitionKey(ReportingPeriodProcess.KEY).suspend();
        return new Prepared(timers, Duration.ofNanos(started - begin), Duration.ofNanos(opened - started));
      } finally {
        pool.shutdownNow();
      }
    } finally {
      ClockUtil.reset();
    }
  }

  /** Executes the executable message jobs of a process until none is left, as the job executor would. */
  private static void runAll(ManagementService management, ExecutorService pool, String processKey) throws Exception {
    List<Job> jobs;
    while (!(jobs = management.createJobQuery().processDefinitionKey(processKey).executable().messages()
        .listPage(0, 2_000)).isEmpty()) {
      List<Future<?>> running = new ArrayList<>();
      for (Job job : jobs) {
        running.add(pool.submit(() -> management.executeJob(job.getId())));
      }
      for (Future<?> future : running) {
        future.get();
      }
    }
  }

  /** Lets the wave's jobs run: the administrator activates them through the REST API of a node. */
  static void activate(int port, String adminPassword) throws Exception {
    var request = java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://127.0.0.1:" + port + "/engine-rest/job/suspended"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
            .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8)))
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
            "{\"processDefinitionKey\":\"" + ReportingPeriodProcess.KEY + "\",\"suspended\":false}"))
        .build();
    var response = java.net.http.HttpClient.newHttpClient()
        .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 204) {
      throw new IllegalStateException("activating the wave: " + response.statusCode() + " " + response.body());
    }
  }

  /** The wave's jobs not done yet (timers and sweeps of the periods). */
  static String waveJobsLeft() {
    return "select count(*) from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ where d.PROC_DEF_KEY_ = '"
        + ReportingPeriodProcess.KEY + "' and d.ACT_ID_ in (" + WAVE_ACTIVITIES.stream().map(id -> "'" + id + "'")
            .collect(Collectors.joining(", ")) + ")";
  }

  /** Job log of the wave's activities, per state (0 created, 1 failed, 2 successful, 3 deleted). */
  static String waveLog(String where) {
    return "from ACT_HI_JOB_LOG where PROCESS_DEF_KEY_ = '" + ReportingPeriodProcess.KEY + "' and ACT_ID_ in ("
        + WAVE_ACTIVITIES.stream().map(id -> "'" + id + "'")
            .collect(Collectors.joining(", "))
        + ") and " + where;
  }
}
