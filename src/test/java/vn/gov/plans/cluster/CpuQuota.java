package vn.gov.plans.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Linux control group that lets the processes in it use at most a share of one CPU per 100 ms (a
 * CFS quota), as a machine with that much CPU would: the benchmark gives each node such a budget so
 * that the nodes, not PostgreSQL or the mail server on the same two cores, are what runs out.
 * Needs a writable cgroup file system (cgroup v1 {@code /sys/fs/cgroup/cpu}, or cgroup v2 with the
 * cpu controller enabled), as root in a container.
 */
final class CpuQuota implements AutoCloseable {

  static final Path V1 = Path.of("/sys/fs/cgroup/cpu");
  static final Path V2 = Path.of("/sys/fs/cgroup");
  static final int PERIOD_MICROS = 100_000;

  private final Path group;

  private CpuQuota(Path group) {
    this.group = group;
  }

  /** A new group {@code name} whose processes together get {@code cpus} (0.5: half a core). */
  static CpuQuota create(String name, double cpus) {
    if (!(cpus > 0)) {
      throw new IllegalArgumentException("CPU quota must be positive: " + cpus);
    }
    long quota = Math.round(cpus * PERIOD_MICROS);
    try {
      if (Files.isWritable(V1.resolve("cgroup.procs"))) {
        Path group = Files.createDirectories(V1.resolve(name));
        Files.writeString(group.resolve("cpu.cfs_period_us"), String.valueOf(PERIOD_MICROS));
        Files.writeString(group.resolve("cpu.cfs_quota_us"), String.valueOf(quota));
        return new CpuQuota(group);
      }
      if (Files.isWritable(V2.resolve("cgroup.subtree_control"))) {
        Path group = Files.createDirectories(V2.resolve(name));
        Files.writeString(group.resolve("cpu.max"), quota + " " + PERIOD_MICROS);
        return new CpuQuota(group);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set up the CPU quota group " + name, e);
    }
    throw new IllegalStateException("no writable cgroup cpu controller under /sys/fs/cgroup: a CPU quota needs root");
  }

  /** A launcher prefix that puts the launched process into this group before it runs. */
  List<String> launcher() {
    return List.of("sh", "-c", "echo $$ > '" + group.resolve("cgroup.procs") + "' && exec \"$@\"", "sh");
  }

  /**
   * How often the group ran out of its quota so far: of {@code periods} of 100 ms in which it ran,
   * {@code throttled} ended with its processes stopped, for {@code seconds} in all.
   */
  record Throttling(long periods, long throttled, double seconds) {

    Throttling since(Throttling before) {
      return new Throttling(periods - before.periods, throttled - before.throttled, seconds - before.seconds);
    }
  }

  Throttling throttling() {
    try {
      return parseThrottling(Files.readAllLines(group.resolve("cpu.stat")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + group.resolve("cpu.stat"), e);
    }
  }

  /** cgroup v1: {@code throttled_time} in ns; v2: {@code throttled_usec}. */
  static Throttling parseThrottling(List<String> cpuStat) {
    Map<String, Long> values = new HashMap<>();
    for (String line : cpuStat) {
      String[] pair = line.trim().split("\\s+");
      if (pair.length == 2) {
        values.put(pair[0], Long.parseLong(pair[1]));
      }
    }
    double seconds = values.containsKey("throttled_time") ? values.get("throttled_time") / 1e9
        : values.getOrDefault("throttled_usec", 0L) / 1e6;
    return new Throttling(values.getOrDefault("nr_periods", 0L), values.getOrDefault("nr_throttled", 0L), seconds);
  }

  /** Removes the group; its processes must have ended. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(group);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the CPU quota group " + group, e);
    }
  }
}
