package vn.gov.plans.cluster;

import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subethamail.smtp.server.SMTPServer;
import vn.gov.plans.benchmark.BenchmarkTable;
import vn.gov.plans.reporting.ReportingPeriodProcess;

/**
 * Benchmark item 3: a wave of deadlines due at the same instant (every period's sweep: the overdue
 * notice of each agency and a list per batch to the compiling agency, 250 agencies per job), worked
 * off by one node and by two nodes of the application on PostgreSQL, each in a copy of the same
 * generated database.
 * Not part of the test command:
 *
 * <pre>./mvnw -B -ntp test -Pbenchmark -Dtest=DeadlineWaveBenchmark</pre>
 *
 * <p>{@code -Dbenchmark.deadlines=100000} (the default) sets the number of agency reports;
 * {@code -Dbenchmark.agencies=500} how many communes report in each of the {@code deadlines /
 * agencies} reporting duties; {@code -Dbenchmark.nodeCpus=0,1} gives each node a core of its own;
 * {@code -Dbenchmark.nodeCpuQuota=0.5} gives each node half a core ({@link CpuQuota}, needs root).
 * The mails go to an SMTP server in this JVM that receives and counts them and keeps nothing
 * (SubEtha SMTP): GreenMail, which keeps every mail as a parsed message, cost about a millisecond
 * of CPU per mail, as much as the node's whole work on a deadline, on the same two cores.
 */
@Tag("benchmark")
class DeadlineWaveBenchmark {

  static final int DEADLINES = Integer.getInteger("benchmark.deadlines", 100_000);
  static final int AGENCIES = Integer.getInteger("benchmark.agencies", 500);
  static final int SETUP_THREADS = Integer.getInteger("benchmark.setupThreads", 4);
  static final Duration TARGET_100K = Duration.ofMinutes(10);
  static final double TARGET_SPEED_UP = 1.7;
  static final List<String> NODE_JVM = List.of("-Xmx1g");
  /**
   * {@code -Dbenchmark.nodeCpus=0,1}: node i runs on CPU i only ({@code taskset}), as nodes with
   * cores of their own would; the one-node run gets the first. Unset: every node on every core.
   */
  static final List<String> NODE_CPUS = System.getProperty("benchmark.nodeCpus", "").isBlank() ? List.of()
      : List.of(System.getProperty("benchmark.nodeCpus").split(","));
  /**
   * {@code -Dbenchmark.nodeCpuQuota=0.5}: each node may use half a core (a cgroup CPU quota), as a
   * node on a small machine of its own, while PostgreSQL and the mail server have the rest of this
   * one. Unset: no quota.
   */
  static final double NODE_CPU_QUOTA = Double.parseDouble(System.getProperty("benchmark.nodeCpuQuota", "0"));
  static final String NAME = "deadline wave (PostgreSQL)";
  /** How far ahead of the activation the wave falls due (longer than a node's idle poll, 10 s). */
  static final Duration DUE_AHEAD = Duration.ofSeconds(15);

  @TempDir Path folder;

  @Test
  void aWaveOfDeadlinesOnOneNodeAndOnTwo() throws Exception {
    DeadlineWave wave = new DeadlineWave(AGENCIES, Math.max(1, DEADLINES / AGENCIES));
    int deadlines = wave.reports();
    String adminPassword = "Wave-" + UUID.randomUUID() + "-A1";
    Path directory = wave.writeDirectory(folder);
    AtomicLong received = new AtomicLong();
    SMTPServer mail = SMTPServer.port(Node.freePort())
        .bindAddress(InetAddress.getLoopbackAddress())
        .messageHandler((context, from, to, data) -> received.incrementAndGet())
        .build();
    mail.start();
    ClusterDatabase template = ClusterDatabase.create("wave_template");
    List<ClusterDatabase> databases = new ArrayList<>(List.of(template));
    try {
      long begin = System.nanoTime();
      DeadlineWave.Prepared prepared = wave.prepare(template, folder.resolve("setup"), directory, adminPassword,
          SETUP_THREADS);
      Duration generation = Duration.ofNanos(System.nanoTime() - begin);
      if (prepared.timers() != wave.duties) {
        throw new AssertionError("expected " + wave.duties + " sweep timers, found " + prepared.timers());
      }
      Duration opening = prepared.opening();
      BenchmarkTable.info(NAME, "generate %,d deadlines: %,d periods of %,d agencies, an agency report with its task each"
          .formatted(deadlines, wave.duties, wave.agencies), "%s (start-up %s, opening the periods with their agency reports %s, %.1f ms each)"
          .formatted(seconds(generation), seconds(prepared.startUp()), seconds(opening),
              opening.toMillis() / (double) deadlines));

      Map<String, String> env = new HashMap<>(Map.of(
          "POSTGRES_USER", ClusterDatabase.USER,
          "DIRECTORY_FILE", "file:" + directory,
          "SMTP_HOST", "127.0.0.1",
          "SMTP_PORT", String.valueOf(mail.getPort()),
          "ADMIN_PASSWORD", adminPassword));
      ClusterDatabase one = ClusterDatabase.copyOf(template, "wave_one");
      databases.add(one);
      ClusterDatabase two = ClusterDatabase.copyOf(template, "wave_two");
      databases.add(two);

      long before = received.get();
      Wave oneNode = run(one, env, deadlines, "node-1");
      BenchmarkTable.info(NAME, "1 node: mails received", "%,d".formatted(received.get() - before));
      before = received.get();
      Wave twoNodes = run(two, env, deadlines, "node-2a", "node-2b");
      BenchmarkTable.info(NAME, "2 nodes: mails received", "%,d".formatted(received.get() - before));

      Duration extrapolated = Duration.ofMillis(oneNode.took.toMillis() * 100_000L / deadlines);
      BenchmarkTable.row(NAME, "1 node%s: %,d deadlines due at once, until every overdue notice is out and marked (%,d jobs)"
              .formatted(nodeLimits(), deadlines, oneNode.jobs),
          "%s (%,.0f deadlines/s)".formatted(seconds(oneNode.took), deadlines / (oneNode.took.toMillis() / 1000.0)), "–",
          deadlines == 100_000 ? "≤ 10 min" : "≤ 10 min at 100,000 (this size × %.1f: %s)"
              .formatted(100_000.0 / deadlines, seconds(extrapolated)),
          extrapolated.compareTo(TARGET_100K) <= 0);
      double speedUp = oneNode.took.toMillis() / (double) twoNodes.took.toMillis();
      BenchmarkTable.row(NAME, "2 nodes%s: the same wave (%,d jobs)".formatted(nodeLimits(), twoNodes.jobs),
          "%s (%,.0f deadlines/s)".formatted(seconds(twoNodes.took), deadlines / (twoNodes.took.toMillis() / 1000.0)),
          seconds(oneNode.took) + " (1 node)", "≥ %.1f× faster: %.2f×".formatted(TARGET_SPEED_UP, speedUp),
          speedUp >= TARGET_SPEED_UP);
    } finally {
      mail.stop();
      for (ClusterDatabase database : databases) {
        database.drop();
      }
    }
  }

  /** How long a wave took, and how many of its jobs ran. */
  record Wave(Duration took, int jobs) {}

  /** Starts the nodes on {@code database}, lets the wave fire and returns the time until it is done. */
  Wave run(ClusterDatabase database, Map<String, String> env, int deadlines, String... nodeIds) throws Exception {
    Map<String, String> nodeEnv = new HashMap<>(env);
    nodeEnv.put("POSTGRES_URL", database.url());
    List<Node> nodes = new ArrayList<>();
    List<CpuQuota> quotas = new ArrayList<>();
    try {
      for (String id : nodeIds) {
        List<String> launcher = new ArrayList<>();
        if (NODE_CPU_QUOTA > 0) {
          CpuQuota quota = CpuQuota.create("plan-tracker-" + id, NODE_CPU_QUOTA);
          quotas.add(quota);
          launcher.addAll(quota.launcher());
        }
        if (!NODE_CPUS.isEmpty()) {
          launcher.addAll(List.of("taskset", "-c", NODE_CPUS.get(nodes.size() % NODE_CPUS.size()).trim()));
        }
        nodes.add(Node.start(id, folder.resolve(id), nodeEnv, launcher, NODE_JVM));
      }
      for (Node node : nodes) {
        node.awaitStarted(Duration.ofMinutes(5));
      }
      // The wave falls due at one instant that no node is told of, as a real one does: the timers are
      // set a few seconds ahead and activated, and every node finds them by polling. The time runs
      // from that instant.
      Instant due = Instant.now().plus(DUE_AHEAD);
      database.jdbc.update("update ACT_RU_JOB set DUEDATE_ = ? where PROCESS_DEF_KEY_ = ? and TYPE_ = 'timer'",
          Timestamp.from(due), ReportingPeriodProcess.KEY);
      DeadlineWave.activate(nodes.get(0).port, adminPassword(env));
      Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()));
      long start = System.nanoTime();
      long deadline = start + Duration.ofMinutes(90).toNanos();
      while (database.jdbc.queryForObject(DeadlineWave.waveJobsLeft(), Integer.class) > 0) {
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
      return new Wave(took, database.jdbc.queryForObject("select count(*) " + DeadlineWave.waveLog("JOB_STATE_ = 2"),
          Integer.class));
    } finally {
      for (Node node : nodes) {
        node.close();
      }
      for (CpuQuota quota : quotas) {
        quota.close();
      }
    }
  }

  /** What each node was limited to, for the table: nothing, a core of its own, a CPU quota. */
  static String nodeLimits() {
    List<String> limits = new ArrayList<>();
    if (!NODE_CPUS.isEmpty()) {
      limits.add("a core of its own");
    }
    if (NODE_CPU_QUOTA > 0) {
      limits.add("%.2f of a core (CPU quota)".formatted(NODE_CPU_QUOTA));
    }
    return limits.isEmpty() ? "" : " (each node " + String.join(", ", limits) + ")";
  }

  private static String adminPassword(Map<String, String> env) {
    return env.get("ADMIN_PASSWORD");
  }

  static String seconds(Duration duration) {
    return "%.1f s".formatted(duration.toMillis() / 1000.0);
  }
}
