package vn.gov.plans.system;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import vn.gov.plans.PlanTrackerApplication;
import vn.gov.plans.benchmark.BenchmarkTable;
import vn.gov.plans.cluster.Node;

/**
 * Benchmark item 4: start-up time and resident memory of this application against a bare Camunda
 * 7.24 webapp + REST application ({@link BareCamundaApplication}) that deploys nothing, all as JVMs
 * of their own with the same options and an H2 database in file mode in a new folder: the first
 * start (empty database) and a restart, {@code -Dbenchmark.rounds} times (3) in turns, reporting
 * the medians and the ratio within each round (the development machine is shared: single starts
 * vary by half, the host lends its CPU unevenly). An information row compares with the same bare
 * application deploying this project's diagrams and forms, the part of the first start that any
 * Camunda application running them pays. Start-up is Spring Boot's
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
  static final String PATTERN = "camunda.bpm.deployment-resource-pattern";

  @TempDir Path folder;

  /** Start-up time, CPU time used until "Started" (read within 50 ms of it) and resident memory. */
  record Start(double seconds, double cpuSeconds, long rssKb) {}

  @Test
  void startUpAndMemoryAgainstABareCamundaApplication() throws Exception {
    String password = "Start-" + UUID.randomUUID() + "-A1";
    Subject ours = new Subject("ours", PlanTrackerApplication.class.getName(), Map.of("ADMIN_PASSWORD", password),
        dir -> List.of());
    Subject bare = new Subject("bare", BareCamundaApplication.class.getName(), Map.of(),
        dir -> bareArguments(dir, password, List.of("--camunda.bpm.auto-deployment-enabled=false")));
    // Stock Camunda with this project's diagrams and forms: what Camunda itself needs to run them.
    String diagrams = "--" + PATTERN + "=" + String.join(",", deploymentResourcePattern());
    Subject bareWithDiagrams = new Subject("bare-with-diagrams", BareCamundaApplication.class.getName(), Map.of(),
        dir -> bareArguments(dir, password, List.of(diagrams)));
    // starts[subject][run], one entry per round: rounds in turns, so a slow minute of the host
    // falls on every subject alike and the ratios are taken within a round
    Map<Subject, List<List<Start>>> starts = new LinkedHashMap<>();
    for (Subject subject : List.of(ours, bare, bareWithDiagrams)) {
      starts.put(subject, List.of(new ArrayList<>(), new ArrayList<>()));
    }
    for (int round = 0; round < ROUNDS; round++) {
      for (Subject subject : starts.keySet()) {
        Path dataDir = folder.resolve(subject.name() + "-" + round);
        for (int run = 0; run < 2; run++) {
          starts.get(subject).get(run).add(measure(subject.name() + "-" + run, dataDir, subject.mainClass(),
              subject.env(), subject.arguments().apply(dataDir)));
        }
      }
    }
    String[] which = {"first start (empty database)", "restart"};
    for (int run = 0; run < 2; run++) {
      List<Start> oursRuns = starts.get(ours).get(run);
      List<Start> bareRuns = starts.get(bare).get(run);
      List<Start> withDiagramsRuns = starts.get(bareWithDiagrams).get(run);
      Start ourMedian = median(oursRuns);
      Start bareMedian = median(bareRuns);
      double time = ourMedian.seconds() / bareMedian.seconds();
      BenchmarkTable.row(NAME, "start-up time, %s, median of %d".formatted(which[run], ROUNDS),
          "%.1f s".formatted(ourMedian.seconds()),
          "%.1f s (bare Camunda webapp + REST)".formatted(bareMedian.seconds()),
          "≤ %.1f×: %.2f×".formatted(TARGET, time), time <= TARGET);
      BenchmarkTable.info(NAME, "start-up time, %s, ratio within each round".formatted(which[run]),
          describe(roundRatios(oursRuns, bareRuns)));
      // Both cores are busy through the whole start (README, item 4): the wall time follows the CPU.
      BenchmarkTable.info(NAME, "CPU time until \"Started\" (user + system, all threads), %s, median of %d"
              .formatted(which[run], ROUNDS),
          "ours %.1f s, bare %.1f s: %.2f×".formatted(ourMedian.cpuSeconds(), bareMedian.cpuSeconds(),
              ourMedian.cpuSeconds() / bareMedian.cpuSeconds()));
      Start withDiagrams = median(withDiagramsRuns);
      BenchmarkTable.info(NAME, ("start-up time, %s, against bare Camunda deploying the same diagrams and forms,"
              + " median of %d").formatted(which[run], ROUNDS),
          "ours %.1f s, bare with diagrams %.1f s: %.2f× (within rounds: %s)".formatted(ourMedian.seconds(),
              withDiagrams.seconds(), ourMedian.seconds() / withDiagrams.seconds(),
              describe(roundRatios(oursRuns, withDiagramsRuns))));
      double memory = ourMedian.rssKb() / (double) bareMedian.rssKb();
      BenchmarkTable.row(NAME, "resident memory %d s after start, %s, median of %d".formatted(SETTLE_SECONDS,
              which[run], ROUNDS),
          "%d MB".formatted(ourMedian.rssKb() / 1024), "%d MB".formatted(bareMedian.rssKb() / 1024),
          "≤ %.1f×: %.2f×".formatted(TARGET, memory), memory <= TARGET);
    }
  }

  /** An application measured: its main class, environment and arguments for its data folder. */
  record Subject(String name, String mainClass, Map<String, String> env, Function<Path, List<String>> arguments) {}

  /** This project's {@code camunda.bpm.deployment-resource-pattern}, read from its application.yaml. */
  static List<String> deploymentResourcePattern() throws IOException {
    List<PropertySource<?>> sources = new YamlPropertySourceLoader()
        .load("application.yaml", new ClassPathResource("application.yaml"));
    List<String> patterns = new ArrayList<>();
    for (int i = 0; sources.get(0).containsProperty(PATTERN + "[" + i + "]"); i++) {
      patterns.add(String.valueOf(sources.get(0).getProperty(PATTERN + "[" + i + "]")));
    }
    return patterns;
  }

  /** The bare application's settings: none of this project's, its own H2 file, the same admin password. */
  static List<String> bareArguments(Path dataDir, String password, List<String> more) {
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.config.name=bare-camunda",
        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("camunda") + ";DB_CLOSE_ON_EXIT=FALSE",
        "--spring.datasource.username=sa",
        "--camunda.bpm.admin-user.id=admin",
        "--camunda.bpm.admin-user.password=" + password));
    arguments.addAll(more);
    return arguments;
  }

  /** Ours over the baseline, round by round (the same round's starts ran minutes apart at most). */
  static double[] roundRatios(List<Start> ours, List<Start> baseline) {
    double[] ratios = new double[ours.size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = ours.get(i).seconds() / baseline.get(i).seconds();
    }
    return ratios;
  }

  /** "1.21×, 1.30×, 1.18× (median 1.21×, 1.18–1.30×)". */
  static String describe(double[] ratios) {
    DoubleSummaryStatistics range = Arrays.stream(ratios).summaryStatistics();
    return "%s (median %.2f×, %.2f–%.2f×)".formatted(
        Arrays.stream(ratios).mapToObj("%.2f×"::formatted).collect(Collectors.joining(", ")),
        middle(ratios), range.getMin(), range.getMax());
  }

  /** The middle value (the upper one of an even count), as every median here is taken. */
  static double middle(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** The medians of time, of CPU time and of memory, each on its own. */
  static Start median(List<Start> starts) {
    return new Start(
        middle(starts.stream().mapToDouble(Start::seconds).toArray()),
        middle(starts.stream().mapToDouble(Start::cpuSeconds).toArray()),
        (long) middle(starts.stream().mapToDouble(Start::rssKb).toArray()));
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
