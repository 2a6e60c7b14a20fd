package vn.gov.plans.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.plans.benchmark.BenchmarkTable;
import vn.gov.plans.reporting.AgencyReportProcess;

/**
 * Benchmark item 3: a wave of deadlines due at the same instant (every agency report's reminder and
 * due-date timer, then the reminder mail and the overdue notices), worked off by one node and by
 * two nodes of the application on PostgreSQL, each in a copy of the same generated database.
 * Not part of the test command:
 *
 * <pre>./mvnw -B -ntp test -Pbenchmark -Dtest=DeadlineWaveBenchmark</pre>
 *
 * <p>{@code -Dbenchmark.deadlines=100000} (the default) sets the number of agency reports;
 * {@code -Dbenchmark.agencies=500} how many communes report in each of the {@code deadlines /
 * agencies} reporting duties. The mails go to a GreenMail server in this JVM, emptied every few
 * seconds.
 */
@Tag("benchmark")
class DeadlineWaveBenchmark {

  static final int DEADLINES = Integer.getInteger("benchmark.deadlines", 100_000);
  static final int AGENCIES = Integer.getInteger("benchmark.agencies", 500);
  static final int SETUP_THREADS = Integer.getInteger("benchmark.setupThreads", 4);
  static final Duration TARGET_100K = Duration.ofMinutes(10);
  static final double TARGET_SPEED_UP = 1.7;
  static final List<String> NODE_JVM = List.of("-Xmx1g");
  static final String NAME = "deadline wave (PostgreSQL)";

  @TempDir Path folder;

  @Test
  void aWaveOfDeadlinesOnOneNodeAndOnTwo() throws Exception {
    DeadlineWave wave = new DeadlineWave(AGENCIES, Math.max(1, DEADLINES / AGENCIES));
    int deadlines = wave.reports();
    String adminPassword = "Wave-" + UUID.randomUUID() + "-A1";
    Path directory = wave.writeDirectory(folder);
    GreenMail mail = new GreenMail(new ServerSetup(Node.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    ScheduledExecutorService purge = Executors.newSingleThreadScheduledExecutor();
    purge.scheduleWithFixedDelay(() -> {
      try {
        mail.purgeEmailFromAllMailboxes();
      } catch (Exception e) {
        // the next round empties them
      }
    }, 5, 5, TimeUnit.SECONDS);
    ClusterDatabase template = ClusterDatabase.create("wave_template");
    List<ClusterDatabase> databases = new ArrayList<>(List.of(template));
    try {
      long begin = System.nanoTime();
      DeadlineWave.Prepared prepared = wave.prepare(template, folder.resolve("setup"), directory, adminPassword,
          SETUP_THREADS);
      Duration generation = Duration.ofNanos(System.nanoTime() - begin);
      if (prepared.timers() != 2 * deadlines) {
        throw new AssertionError("expected " + 2 * deadlines + " timers, found " + prepared.timers());
      }
      Duration opening = prepared.periods().plus(prepared.agencyReports());
      BenchmarkTable.info(NAME, "generate %,d deadlines: %,d agency reports with their task and 2 timers"
          .formatted(deadlines, deadlines), "%s (start-up %s, opening the periods with their agency reports %s, %.1f ms each)"
          .formatted(seconds(generation), seconds(prepared.startUp()), seconds(opening),
              opening.toMillis() / (double) deadlines));

      Map<String, String> env = new HashMap<>(Map.of(
          "POSTGRES_USER", ClusterDatabase.USER,
          "DIRECTORY_FILE", "file:" + directory,
          "SMTP_HOST", "127.0.0.1",
          "SMTP_PORT", String.valueOf(mail.getSmtp().getPort()),
          "ADMIN_PASSWORD", adminPassword));
      ClusterDatabase one = ClusterDatabase.copyOf(template, "wave_one");
      databases.add(one);
      ClusterDatabase two = ClusterDatabase.copyOf(template, "wave_two");
      databases.add(two);

      Duration oneNode = run(one, env, deadlines, "node-1");
      Duration twoNodes = run(two, env, deadlines, "node-2a", "node-2b");

      int jobs = 2 * deadlines;
      Duration extrapolated = Duration.ofMillis(oneNode.toMillis() * 100_000L / deadlines);
      BenchmarkTable.row(NAME, "1 node: %,d deadlines due at once, until every reminder and overdue notice is done (%,d jobs)"
              .formatted(deadlines, jobs),
          "%s (%.0f jobs/s)".formatted(seconds(oneNode), jobs / (oneNode.toMillis() / 1000.0)), "–",
          deadlines == 100_000 ? "≤ 10 min" : "≤ 10 min at 100,000 (this size × %.1f: %s)"
              .formatted(100_000.0 / deadlines, seconds(extrapolated)),
          extrapolated.compareTo(TARGET_100K) <= 0);
      double speedUp = oneNode.toMillis() / (double) twoNodes.toMillis();
      BenchmarkTable.row(NAME, "2 nodes: the same wave (%,d jobs)".formatted(jobs),
          "%s (%.0f jobs/s)".formatted(seconds(twoNodes), jobs / (twoNodes.toMillis() / 1000.0)),
          seconds(oneNode) + " (1 node)", "≥ %.1f× faster: %.2f×".formatted(TARGET_SPEED_UP, speedUp),
          speedUp >= TARGET_SPEED_UP);
    } finally {
      purge.shutdownNow();
      mail.stop();
      for (ClusterDatabase database : databases) {
        database.drop();
      }
    }
  }

  /** Starts the nodes on {@code database}, lets the wave fire and returns the time until it is done. */
  Duration run(ClusterDatabase database, Map<String, String> env, int deadlines, String... nodeIds) throws Exception {
    Map<String, String> nodeEnv = new HashMap<>(env);
    nodeEnv.put("POSTGRES_URL", database.url());
    List<Node> nodes = new ArrayList<>();
    try {
      for (String id : nodeIds) {
        nodes.add(Node.start(id, folder.resolve(id), nodeEnv, NODE_JVM));
      }
      for (Node node : nodes) {
        node.awaitStarted(Duration.ofMinutes(5));
      }
      long start = System.nanoTime();
      DeadlineWave.activate(nodes.get(0).port, adminPassword(env));
      long deadline = start + Duration.ofMinutes(90).toNanos();
      while (database.jdbc.queryForObject("select count(*) from ACT_RU_JOB where PROCESS_DEF_KEY_ = ?",
          Integer.class, AgencyReportProcess.KEY) > 0) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("wave not done after 90 min");
        }
        Thread.sleep(1_000);
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      int notified = database.jdbc.queryForObject("select count(*) from agency_report where overdue_notified",
          Integer.class);
      if (notified != deadlines) {
        throw new AssertionError(notified + " of " + deadlines + " agencies notified");
      }
      for (String id : nodeIds) {
        BenchmarkTable.info(NAME, "%d node(s): jobs run by %s".formatted(nodeIds.length, id),
            "%,d".formatted(database.jdbc.queryForObject(
                "select count(*) " + DeadlineWave.waveLog("JOB_STATE_ = 2 and HOSTNAME_ = ?"), Integer.class, id)));
      }
      return took;
    } finally {
      for (Node node : nodes) {
        node.close();
      }
    }
  }

  private static String adminPassword(Map<String, String> env) {
    return env.get("ADMIN_PASSWORD");
  }

  static String seconds(Duration duration) {
    return "%.1f s".formatted(duration.toMillis() / 1000.0);
  }
}
