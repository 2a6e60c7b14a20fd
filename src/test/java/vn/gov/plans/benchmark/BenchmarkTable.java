package vn.gov.plans.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The benchmark command's table: every benchmark (tag {@code benchmark}) adds its rows here. Each
 * row is printed and appended to {@code target/benchmark/results.md} (or {@code BENCHMARK_OUT}), so
 * one run of several benchmarks leaves one table side by side.
 */
public final class BenchmarkTable {

  static final String HEADER =
      "| benchmark | measure | ours | baseline | ratio or target | met |\n|---|---|---|---|---|---|\n";

  private BenchmarkTable() {}

  /** One measured row; {@code baseline} and {@code target} may be "–" where there is none. */
  public static synchronized void row(
      String benchmark, String measure, String ours, String baseline, String target, boolean met) {
    String line = "| %s | %s | %s | %s | %s | %s |%n"
        .formatted(benchmark, measure, ours, baseline, target, met ? "yes" : "**no**");
    System.out.print(line);
    append(line);
  }

  /** A row that only informs (no target). */
  public static synchronized void info(String benchmark, String measure, String value) {
    String line = "| %s | %s | %s | – | – | – |%n".formatted(benchmark, measure, value);
    System.out.print(line);
    append(line);
  }

  static Path file() {
    String out = System.getenv("BENCHMARK_OUT");
    return Path.of(out != null && !out.isBlank() ? out : "target/benchmark/results.md");
  }

  private static void append(String line) {
    Path file = file();
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (!Files.exists(file)) {
        String machine = "%d cores, %d MB max heap, %s %s".formatted(
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() / (1024 * 1024),
            System.getProperty("java.vm.name"), System.getProperty("java.version"));
        Files.writeString(file, "# Benchmark %s\n\nMachine: %s (%s)\n\n%s".formatted(
            ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), machine,
            ManagementFactory.getOperatingSystemMXBean().getName(), HEADER), StandardCharsets.UTF_8);
      }
      Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
