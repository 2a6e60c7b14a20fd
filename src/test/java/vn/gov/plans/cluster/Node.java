package vn.gov.plans.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.gov.plans.PlanTrackerApplication;

/**
 * One node of the cluster: the application in a JVM of its own (this test's class path), with the
 * {@code postgres} profile, its own port and data folder, its output in {@code node.log} there.
 * {@link #launch} starts any Spring Boot main class of the class path the same way.
 */
public final class Node implements AutoCloseable {

  final String id;
  final int port;
  final Path dataDir;
  final Path log;
  private final Process process;
  private final String started;
  private final long startNanos = System.nanoTime();

  private Node(String id, int port, Path dataDir, Process process, String mainClass) {
    this.id = id;
    this.started = "Started " + mainClass.substring(mainClass.lastIndexOf('.') + 1) + " in";
    this.port = port;
    this.dataDir = dataDir;
    this.log = dataDir.resolve("node.log");
    this.process = process;
  }

  /**
   * Starts a node; {@code env} adds to the environment (the database, the directory, SMTP...),
   * {@code args} are further {@code --name=value} arguments.
   */
  static Node start(String id, Path dataDir, Map<String, String> env, List<String> jvmOptions, String... args) {
    return start(id, dataDir, env, List.of(), jvmOptions, args);
  }

  /**
   * As {@link #start(String, Path, Map, List, String...)}, the JVM run through {@code launcher}
   * (such as {@code taskset -c 1}, to give the node a core of its own).
   */
  static Node start(String id, Path dataDir, Map<String, String> env, List<String> launcher, List<String> jvmOptions,
      String... args) {
    List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres", "--app.node-id=" + id));
    arguments.addAll(List.of(args));
    return launch(id, dataDir, env, launcher, jvmOptions, PlanTrackerApplication.class.getName(), arguments);
  }

  /** Starts {@code mainClass} of this class path on a free port ({@code --server.port}). */
  public static Node launch(String id, Path dataDir, Map<String, String> env, List<String> jvmOptions, String mainClass,
      List<String> args) {
    return launch(id, dataDir, env, List.of(), jvmOptions, mainClass, args);
  }

  static Node launch(String id, Path dataDir, Map<String, String> env, List<String> launcher, List<String> jvmOptions,
      String mainClass, List<String> args) {
    try {
      Files.createDirectories(dataDir);
      int port = freePort();
      List<String> command = new ArrayList<>(launcher);
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      // The engine's timestamps carry no zone: the nodes read them in the zone of this JVM, which
      // wrote the prepared data (a wave's due dates).
      command.add("-Duser.timezone=" + java.util.TimeZone.getDefault().getID());
      command.addAll(jvmOptions);
      command.addAll(List.of("-cp", classPath(), mainClass, "--server.port=" + port, "--spring.main.banner-mode=off"));
      command.addAll(args);
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(dataDir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(dataDir.resolve("node.log").toFile());
      builder.environment().put("DATA_DIR", dataDir.toString());
      builder.environment().putAll(env);
      return new Node(id, port, dataDir, builder.start(), mainClass);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * This JVM's class path without empty entries: an empty entry means the working directory, where
   * the top-level bpmn/ folder would be found a second time beside target/classes/bpmn/.
   */
  static String classPath() {
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Waits until the application has started; fails with the end of its log if it stops or takes too long. */
  public Duration awaitStarted(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (logText().contains(started)) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("node " + id + " stopped (exit " + process.exitValue() + "):\n" + logTail());
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("node " + id + " not started within " + timeout + ":\n" + logTail());
  }

  /** Spring Boot's "(process running for 12.3)" of the start-up line, in seconds. */
  public double processRunningSeconds() {
    var matcher = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(started)
        + " [0-9.]+ seconds \\(process running for ([0-9.]+)\\)").matcher(logText());
    if (!matcher.find()) {
      throw new IllegalStateException("no start-up line in the log of " + id);
    }
    return Double.parseDouble(matcher.group(1));
  }

  /** User and system CPU time the JVM has used so far, in seconds (/proc/&lt;pid&gt;/stat; Linux). */
  public double cpuSeconds() {
    return CpuUse.processSeconds(process.pid());
  }

  /** Resident memory of the JVM in kB (VmRSS of /proc/<pid>/status; Linux). */
  public long residentKilobytes() throws IOException {
    return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
        .filter(line -> line.startsWith("VmRSS:"))
        .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
        .findFirst().orElseThrow();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the JVM at once (SIGKILL): no shutdown hook, no commit, its locks stay in the database. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  String logText() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** The log's errors and its last lines. */
  String logTail() {
    String text = logText();
    String errors = text.lines().filter(line -> line.contains(" ERROR ") || line.startsWith("Caused by"))
        .limit(20).collect(java.util.stream.Collectors.joining("\n"));
    return errors + "\n...\n" + text.substring(Math.max(0, text.length() - 3000));
  }

  /** Keeps the node's log in target/cluster-logs for a look after the test. */
  void keepLog() {
    try {
      Path kept = Path.of("target", "cluster-logs", id + ".log");
      Files.createDirectories(kept.getParent());
      Files.copy(log, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      // only a convenience
    }
  }

  @Override
  public void close() throws InterruptedException {
    keepLog();
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
