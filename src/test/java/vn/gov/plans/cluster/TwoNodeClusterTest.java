package vn.gov.plans.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.plans.cluster.DeadlineWave.waveLog;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.plans.reporting.AgencyReportProcess;
import vn.gov.plans.reporting.ReportingPeriodProcess;

/**
 * Two nodes of the application, two JVMs on two ports, sharing one new PostgreSQL database, work
 * off a wave of deadlines ({@link DeadlineWave}): {@value #DUTIES} periods of {@value #AGENCIES}
 * agencies, each period's sweep timer and its sweeps of {@value #BATCH} agencies (each sends its mails
 * in its own job). Every job runs exactly once across both nodes, both take part, and when one node
 * is killed in the middle of the wave (SIGKILL, holding locked jobs) the other finishes: nothing is
 * lost and nothing runs twice. The jobs' lock time is 10 s here, so the dead node's jobs are taken
 * over quickly. Skipped without PostgreSQL, except in CI.
 */
@Tag("standalone")
class TwoNodeClusterTest {

  static final int AGENCIES = 20;
  static final int DUTIES = 40;
  /** Agencies per sweep job: 20 sweeps per period, so that the wave lasts long enough to kill a node in it. */
  static final int BATCH = 1;
  static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  static final Duration WAVE_TIMEOUT = Duration.ofMinutes(3);
  static final List<String> NODE_JVM = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  @TempDir Path folder;
  ClusterDatabase database;
  JdbcTemplate jdbc;
  GreenMail mail;
  Node nodeA;
  Node nodeB;

  @BeforeEach
  void setUp() throws Exception {
    database = ClusterDatabase.create("twonode");
    jdbc = database.jdbc;
    mail = new GreenMail(new ServerSetup(Node.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
  }

  @AfterEach
  void tearDown() throws Exception {
    for (Node node : new Node[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
    if (mail != null) {
      mail.stop();
    }
    if (database != null) {
      database.drop();
    }
  }

  @Test
  void aWaveOfDeadlinesRunsExactlyOnceOnTwoNodesAndSurvivesTheLossOfOne() throws Exception {
    DeadlineWave wave = new DeadlineWave(AGENCIES, DUTIES);
    int reports = wave.reports();
    String adminPassword = "Wave-" + UUID.randomUUID() + "-A1";
    Path directory = wave.writeDirectory(folder);
    DeadlineWave.Prepared prepared = wave.prepare(database, folder.resolve("setup"), directory, adminPassword, 1);
    assertThat(prepared.timers()).as("a sweep timer per period").isEqualTo(DUTIES);
    assertThat(jdbc.queryForObject("select count(*) from ACT_RU_JOB where PROCESS_DEF_KEY_ = ?", Integer.class,
        AgencyReportProcess.KEY)).as("no job in the agencies' instances").isZero();
    List<String> timerJobs = jdbc.queryForList(
        "select ID_ from ACT_RU_JOB where PROCESS_DEF_KEY_ = ? and TYPE_ = 'timer' and DUEDATE_ < now()",
        String.class, ReportingPeriodProcess.KEY);
    assertThat(timerJobs).as("every sweep timer of the wave is due").hasSize(DUTIES);

    Map<String, String> env = new HashMap<>(Map.of(
        "POSTGRES_URL", database.url(),
        "POSTGRES_USER", ClusterDatabase.USER,
        "DIRECTORY_FILE", "file:" + directory,
        "SMTP_HOST", "127.0.0.1",
        "SMTP_PORT", String.valueOf(mail.getSmtp().getPort()),
        "ADMIN_PASSWORD", adminPassword,
        "JOB_LOCK_MILLIS", "10000"));
    nodeA = Node.start("node-a", folder.resolve("a"), env, NODE_JVM, "--camunda.bpm.webapp.enabled=false",
        "--app.reporting.notice-batch=" + BATCH);
    nodeB = Node.start("node-b", folder.resolve("b"), env, NODE_JVM, "--camunda.bpm.webapp.enabled=false",
        "--app.reporting.notice-batch=" + BATCH);
    nodeA.awaitStarted(START_TIMEOUT);
    nodeB.awaitStarted(START_TIMEOUT);

    DeadlineWave.activate(nodeA.port, adminPassword);

    int waveJobs = DUTIES + DUTIES * (AGENCIES / BATCH);
    awaitCondition("a quarter of the wave done, node b working and holding locked jobs", () -> {
      int done = successfulJobs();
      assertThat(done).as("the wave ended before node b could be killed").isLessThan(waveJobs);
      return done >= waveJobs / 4 && successesOn("node-b") > 0 && lockedBy("node-b").size() > 0;
    });
    nodeB.kill();
    List<String> orphans = lockedBy("node-b");
    int doneAtKill = successfulJobs();
    assertThat(orphans).as("jobs node b held when it was killed").isNotEmpty();

    awaitCondition("node a finishes the wave", () -> successfulJobs() == waveJobs
        && jdbc.queryForObject(DeadlineWave.waveJobsLeft(), Integer.class) == 0);

    // Exactly once: one successful run per job, the timers found at the start.
    Map<String, Integer> successesPerJob = new HashMap<>();
    jdbc.query("select JOB_ID_, count(*) " + waveLog("JOB_STATE_ = 2") + " group by JOB_ID_",
        rs -> {
          successesPerJob.put(rs.getString(1), rs.getInt(2));
        });
    assertThat(successesPerJob).hasSize(waveJobs);
    assertThat(successesPerJob.values()).as("no job ran twice").containsOnly(1);
    assertThat(successesPerJob.keySet()).as("the sweep timers found at the start").containsAll(timerJobs);
    assertThat(jdbc.queryForList("select INCIDENT_MSG_ from ACT_RU_INCIDENT", String.class)).as("incidents").isEmpty();

    // Both nodes worked; what node b held when it died was done by node a.
    int onA = successesOn("node-a");
    int onB = successesOn("node-b");
    assertThat(onA).isPositive();
    assertThat(onB).isPositive();
    assertThat(onA + onB).isEqualTo(waveJobs);
    for (String orphan : orphans) {
      assertThat(jdbc.queryForList("select HOSTNAME_ from ACT_HI_JOB_LOG where JOB_ID_ = ? and JOB_STATE_ = 2",
          String.class, orphan)).as("orphaned job " + orphan).containsExactly("node-a");
    }

    // The application's own effects: every agency marked overdue-notified, every report task still open.
    assertThat(jdbc.queryForObject("select count(*) from agency_report where overdue_notified", Integer.class))
        .isEqualTo(reports);
    assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = ?", Integer.class,
        AgencyReportProcess.Elements.WRITE_REPORT)).as("no report task lost").isEqualTo(reports);

    // Mail is not transactional: a node killed after sending and before committing sends again on retry.
    // Both moments are long past: each agency gets its overdue notice (a reminder would come too late),
    // the compiling agency one list per sweep.
    Map<String, Integer> perRecipient = new HashMap<>();
    MimeMessage[] messages = mail.getReceivedMessages();
    for (MimeMessage message : messages) {
      assertThat(message.getSubject()).startsWith("[Quá hạn]");
      for (Address to : message.getAllRecipients()) {
        perRecipient.merge(((InternetAddress) to).getAddress(), 1, Integer::sum);
      }
    }
    for (int i = 1; i <= AGENCIES; i++) {
      assertThat(perRecipient.get(DeadlineWave.email(i))).as("overdue notices of agency " + i + ", one per period")
          .isGreaterThanOrEqualTo(DUTIES);
    }
    int sweeps = waveJobs - DUTIES;
    assertThat(perRecipient.get(DeadlineWave.COMPILER_EMAIL)).as("one list per sweep").isGreaterThanOrEqualTo(sweeps);
    int failedRuns = jdbc.queryForObject("select count(*) " + waveLog("JOB_STATE_ = 1"), Integer.class);
    int duplicates = messages.length - (reports + sweeps);
    assertThat(duplicates).as("mails sent again: only by jobs that were running on node b or failed once")
        .isBetween(0, (BATCH + 1) * (orphans.size() + failedRuns));
    System.out.printf("Two nodes: %d wave jobs, %d on node-a, %d on node-b; node-b killed at %d done holding %d"
        + " jobs; %d failed runs (retried), %d mails sent twice%n",
        waveJobs, onA, onB, doneAtKill, orphans.size(), failedRuns, duplicates);
  }

  int successfulJobs() {
    return jdbc.queryForObject("select count(distinct JOB_ID_) " + waveLog("JOB_STATE_ = 2"), Integer.class);
  }

  int successesOn(String node) {
    return jdbc.queryForObject("select count(*) " + waveLog("JOB_STATE_ = 2 and HOSTNAME_ = ?"), Integer.class, node);
  }

  List<String> lockedBy(String node) {
    return jdbc.queryForList("select ID_ from ACT_RU_JOB where LOCK_OWNER_ = ?", String.class, node);
  }

  void awaitCondition(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAVE_TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + WAVE_TIMEOUT + ": " + what + "\nnode-a:\n" + nodeA.logTail());
      }
      Thread.sleep(100);
    }
  }
}
