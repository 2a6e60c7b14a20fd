package vn.gov.plans.cluster;

import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
 * {@code -Dbenchmark.nodeCpuQuota=0.5} gives each node half a core ({@link CpuQuota}, needs root);
 * {@code -Dbenchmark.waveRounds=3} runs one node and two nodes in turns, three times each. Beside the
 * times it prints where the CPU went while each wave ran ({@link CpuUse}): the machine's busy, idle
 * and stolen time, each node's CPU time per deadline and how often a node's quota ran out.
 * The mails go to an SMTP server in this JVM that receives and counts them and keeps nothing
 * (SubEtha SMTP): GreenMail, which keeps every mail as a parsed message, cost about a millisecond
 * of CPU per mail, as much as the node's whole work on a deadline, on the same two cores.
 */
@Tag("benchmark")
class DeadlineWaveBenchmark {

  static final int DEADLINES = Integer.getInteger("benchmark.deadlines", 100_000);
  static final int AGENCIES = Integer.getInteger("benchmark.agencies", 500);
  /**
   * {@code -Dbenchmark.waveRounds=3}: one node, then two, this many times over, each on a fresh copy of
   * the generated database; the table has the medians. This machine's host lends it CPU unevenly
   * (the "stolen" share of /proc/stat moves between a tenth and over half while a wave runs), so a
   * single pair of parts can be minutes apart in what CPU they got.
   */
  static final int ROUNDS = Integer.getInteger("benchmark.waveRounds", 1);
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
      List<Wave> oneNode = new ArrayList<>();
      List<Wave> twoNodes = new ArrayList<>();
      for (int round = 1; round <= ROUNDS; round++) {
        // Each part on a copy of the same generated database; dropped at once (a copy is a few GB).
        String label = ROUNDS == 1 ? "" : " (round %d)".formatted(round);
        ClusterDatabase one = ClusterDatabase.copyOf(template, "wave_one");
        databases.add(one);
        long before = received.get();
        oneNode.add(run(one, env, deadlines, label, "node-1"));
        BenchmarkTable.info(NAME, "1 node" + label + ": mails received", "%,d".formatted(received.get() - before));
        one.drop();
        ClusterDatabase two = ClusterDatabase.copyOf(template, "wave_two");
        databases.add(two);
        before = received.get();
        twoNodes.add(run(two, env, deadlines, label, "node-2a", "node-2b"));
        BenchmarkTable.info(NAME, "2 nodes" + label + ": mails received", "%,d".formatted(received.get() - before));
        two.drop();
        if (ROUNDS > 1) {
          BenchmarkTable.info(NAME, "round %d: 1 node / 2 nodes".formatted(round), "%s / %s = %.2f×".formatted(
              seconds(oneNode.get(round - 1).took), seconds(twoNodes.get(round - 1).took),
              speedUp(oneNode.get(round - 1), twoNodes.get(round - 1))));
        }
      }

      Wave one = median(oneNode);
      Wave two = median(twoNodes);
      String of = ROUNDS == 1 ? "" : ", median of %d rounds".formatted(ROUNDS);
      Duration extrapolated = Duration.ofMillis(one.took.toMillis() * 100_000L / deadlines);
      BenchmarkTable.row(NAME, "1 node%s: %,d deadlines due at once, until every overdue notice is out and marked (%,d jobs%s)"
              .formatted(nodeLimits(), deadlines, one.jobs, of),
          "%s (%,.0f deadlines/s)".formatted(seconds(one.took), deadlines / (one.took.toMillis() / 1000.0)), "–",
          deadlines == 100_000 ? "≤ 10 min" : "≤ 10 min at 100,000 (this size × %.1f: %s)"
              .formatted(100_000.0 / deadlines, seconds(extrapolated)),
          extrapolated.compareTo(TARGET_100K) <= 0);
      double speedUp = speedUp(one, two);
      BenchmarkTable.row(NAME, "2 nodes%s: the same wave (%,d jobs%s)".formatted(nodeLimits(), two.jobs, of),
          "%s (%,.0f deadlines/s)".formatted(seconds(two.took), deadlines / (two.took.toMillis() / 1000.0)),
          seconds(one.took) + " (1 node)", "≥ %.1f× faster: %.2f×".formatted(TARGET_SPEED_UP, speedUp),
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

  static double speedUp(Wave oneNode, Wave twoNodes) {
    return oneNode.took.toMillis() / (double) twoNodes.took.toMillis();
  }

  /** The wave of median duration (the lower middle one of an even number). */
  static Wave median(List<Wave> waves) {
    List<Wave> sorted = waves.stream().sorted(Comparator.comparing(Wave::took)).toList();
    return sorted.get((sorted.size() - 1) / 2);
  }

  /** Starts the nodes on {@code database}, lets the wave fire and returns the time until it is done. */
  Wave run(ClusterDatabase database, Map<String, String> env, int deadlines, String label, String... nodeIds)
      throws Exception {
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
      CpuAtStart cpuAtStart = CpuAtStart.read(nodes, quotas);
      long deadline = start + Duration.ofMinutes(90).toNanos();
      while (database.jdbc.queryForObject(DeadlineWave.waveJobsLeft(), Integer.class) > 0) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("wave not done after 90 min");
        }
        Thread.sleep(1_000);
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      String part = "%d node(s)%s".formatted(nodeIds.length, label);
      reportCpu(part, deadlines, took, nodes, quotas, cpuAtStart);
      int notified = database.jdbc.queryForObject("select count(*) from agency_report where overdue_notified",
          Integer.class);
      if (notified != deadlines) {
        throw new AssertionError(notified + " of " + deadlines + " agencies notified");
      }
      for (String id : nodeIds) {
        BenchmarkTable.info(NAME, part + ": jobs run by " + id,
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

  /** The CPU readings when a wave falls due, subtracted from those at its end: machine, nodes, quotas. */
  record CpuAtStart(CpuUse.Machine machine, List<Double> nodes, List<CpuQuota.Throttling> quotas) {

    static CpuAtStart read(List<Node> nodes, List<CpuQuota> quotas) {
      return new CpuAtStart(CpuUse.Machine.now(), nodes.stream().map(Node::cpuSeconds).toList(),
          quotas.stream().map(CpuQuota::throttling).toList());
    }
  }

  /**
   * Where the CPU went while the wave ran: the machine (busy, idle, and stolen by the host of this
   * virtual machine, as /proc/stat counts them: on these machines the three add up to more than
   * the CPUs, so they show the trend, not an account), each node's CPU time per deadline, and how
   * often a node's quota ran out.
   */
  static void reportCpu(String part, int deadlines, Duration took, List<Node> nodes, List<CpuQuota> quotas,
      CpuAtStart start) {
    double seconds = took.toMillis() / 1000.0;
    BenchmarkTable.info(NAME, part + ": the machine during the wave",
        CpuUse.Machine.now().since(start.machine()).asCores(seconds, Runtime.getRuntime().availableProcessors()));
    double nodesCpu = 0;
    for (int i = 0; i < nodes.size(); i++) {
      double cpu = nodes.get(i).cpuSeconds() - start.nodes().get(i);
      nodesCpu += cpu;
      String throttled = "";
      if (i < quotas.size()) {
        CpuQuota.Throttling t = quotas.get(i).throttling().since(start.quotas().get(i));
        throttled = "; quota ran out in %,d of %,d periods of 100 ms, stopped %.1f s"
            .formatted(t.throttled(), t.periods(), t.seconds());
      }
      BenchmarkTable.info(NAME, part + ": CPU of " + nodes.get(i).id, "%.1f s (%.2f of a core)%s"
          .formatted(cpu, cpu / seconds, throttled));
    }
    BenchmarkTable.info(NAME, part + ": node CPU per deadline", "%.2f ms".formatted(nodesCpu * 1000 / deadlines));
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
