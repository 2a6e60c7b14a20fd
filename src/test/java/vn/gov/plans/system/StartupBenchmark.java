package vn.gov.plans.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.plans.PlanTrackerApplication;
import vn.gov.plans.benchmark.BenchmarkTable;
import vn.gov.plans.cluster.Node;

/**
 * Benchmark item 4: start-up time and resident memory of this application against a bare Camunda
 * 7.24 webapp + REST application ({@link BareCamundaApplication}), both as JVMs of their own with
 * the same options and an H2 database in file mode in a new folder: the first start (empty
 * database) and a restart, {@code -Dbenchmark.rounds} times (3) in turns, reporting the medians
 * (the development machine is shared, single starts vary by half). Start-up is Spring Boot's
 * "process running for"; the JVM's CPU time is read as soon as "Started" is in its log (an
 * information row: with both cores busy the wall time follows it, and the host's stolen time
 * does not count in it); memory is VmRSS {@value #SETTLE_SECONDS} seconds after "Started". Not part
 * of the test command:
 *
 * <pre>./mvnw -B -ntp test -Pbenchmark -Dtest=StartupBenchmark</pre>
 */
@Tag("benchmark")
class StartupBenchmark {

  static final int SETTLE_SECONDS = 10;
  static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
  static final double TARGET = 1.2;
  static final List<String> JVM = List.of("-Xmx1g");
  static final String NAME = "start-up (H2 file)";

  @TempDir Path folder;

  /** Start-up time, CPU time used until "Started" (read within 50 ms of it) and resident memory. */
  record Start(double seconds, double cpuSeconds, long rssKb) {}

  @Test
  void startUpAndMemoryAgainstABareCamundaApplication() throws Exception {
    String password = "Start-" + UUID.randomUUID() + "-A1";
    List<List<Start>> ours = List.of(new ArrayList<>(), new ArrayList<>());
    List<List<Start>> bare = List.of(new ArrayList<>(), new ArrayList<>());
    for (int round = 0; round < ROUNDS; round++) {
      Path oursDir = folder.resolve("ours-" + round);
      Path bareDir = folder.resolve("bare-" + round);
      for (int run = 0; run < 2; run++) {
        ours.get(run).add(measure("ours-" + run, oursDir, PlanTrackerApplication.class.getName(),
            Map.of("ADMIN_PASSWORD", password), List.of()));
        bare.get(run).add(measure("bare-" + run, bareDir, BareCamundaApplication.class.getName(), Map.of(), List.of(
            "--spring.config.name=bare-camunda",
            "--spring.datasource.url=jdbc:h2:file:" + bareDir.resolve("camunda") + ";DB_CLOSE_ON_EXIT=FALSE",
            "--spring.datasource.username=sa",
            "--camunda.bpm.admin-user.id=admin",
            "--camunda.bpm.admin-user.password=" + password,
            "--camunda.bpm.auto-deployment-enabled=false")));
      }
    }
    String[] which = {"first start (empty database)", "restart"};
    for (int run = 0; run < 2; run++) {
      Start ourMedian = median(ours.get(run));
      Start bareMedian = median(bare.get(run));
      double time = ourMedian.seconds() / bareMedian.seconds();
      BenchmarkTable.row(NAME, "start-up time, %s, median of %d".formatted(which[run], ROUNDS),
          "%.1f s".formatted(ourMedian.seconds()),
          "%.1f s (bare Camunda webapp + REST)".formatted(bareMedian.seconds()),
          "≤ %.1f×: %.2f×".formatted(TARGET, time), time <= TARGET);
      // Both cores are busy through the whole start (README, item 4): the wall time follows the CPU.
      BenchmarkTable.info(NAME, "CPU time until \"Started\" (user + system, all threads), %s, median of %d"
              .formatted(which[run], ROUNDS),
          "ours %.1f s, bare %.1f s: %.2f×".formatted(ourMedian.cpuSeconds(), bareMedian.cpuSeconds(),
              ourMedian.cpuSeconds() / bareMedian.cpuSeconds()));
      double memory = ourMedian.rssKb() / (double) bareMedian.rssKb();
      BenchmarkTable.row(NAME, "resident memory %d s after start, %s, median of %d".formatted(SETTLE_SECONDS,
              which[run], ROUNDS),
          "%d MB".formatted(ourMedian.rssKb() / 1024), "%d MB".formatted(bareMedian.rssKb() / 1024),
          "≤ %.1f×: %.2f×".formatted(TARGET, memory), memory <= TARGET);
    }
  }

  /** The medians of time, of CPU time and of memory, each on its own. */
  static Start median(List<Start> starts) {
    double[] seconds = starts.stream().mapToDouble(Start::seconds).sorted().toArray();
    double[] cpu = starts.stream().mapToDouble(Start::cpuSeconds).sorted().toArray();
    long[] rss = starts.stream().mapToLong(Start::rssKb).sorted().toArray();
    return new Start(seconds[seconds.length / 2], cpu[cpu.length / 2], rss[rss.length / 2]);
  }

  Start measure(String id, Path dataDir, String mainClass, Map<String, String> env, List<String> args)
      throws Exception {
    try (Node node = Node.launch(id, dataDir, env, JVM, mainClass, args)) {
      node.awaitStarted(Duration.ofMinutes(5));
      double cpu = node.cpuSeconds();
      Thread.sleep(SETTLE_SECONDS * 1000L);
      return new Start(node.processRunningSeconds(), cpu, node.residentKilobytes());
    }
  }
}
