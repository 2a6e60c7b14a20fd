package vn.gov.plans.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where the CPU went during a part of a benchmark, read from Linux's {@code /proc}: the machine's
 * busy, idle and stolen time (a virtual machine's CPUs that its host gave to someone else) and the
 * CPU time of one process. Clock ticks are {@value #TICKS_PER_SECOND} per second (USER_HZ).
 */
final class CpuUse {

  static final double TICKS_PER_SECOND = 100.0;

  private CpuUse() {}

  /** The machine's CPU time in seconds since boot, summed over its CPUs (the {@code cpu} line of /proc/stat). */
  record Machine(double busy, double idle, double steal) {

    static Machine now() {
      try {
        return parse(Files.readAllLines(Path.of("/proc/stat")).get(0));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** {@code cpu user nice system idle iowait irq softirq steal ...} */
    static Machine parse(String cpuLine) {
      long[] t = Arrays.stream(cpuLine.trim().split("\\s+")).skip(1).mapToLong(Long::parseLong).toArray();
      if (t.length < 8) {
        throw new IllegalArgumentException("not a cpu line of /proc/stat: " + cpuLine);
      }
      return new Machine((t[0] + t[1] + t[2] + t[5] + t[6]) / TICKS_PER_SECOND, (t[3] + t[4]) / TICKS_PER_SECOND,
          t[7] / TICKS_PER_SECOND);
    }

    Machine since(Machine before) {
      return new Machine(busy - before.busy, idle - before.idle, steal - before.steal);
    }

    /** "busy 1.21, idle 0.35, stolen by the host 0.44 of 2 CPUs": CPUs in use over {@code seconds} of wall time. */
    String asCores(double seconds, int cpus) {
      return "busy %.2f, idle %.2f, stolen by the host %.2f of %d CPUs".formatted(busy / seconds, idle / seconds,
          steal / seconds, cpus);
    }
  }

  /** User and system CPU time of a running process in seconds (/proc/&lt;pid&gt;/stat, fields 14 and 15). */
  static double processSeconds(long pid) {
    try {
      return parseProcessSeconds(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double parseProcessSeconds(String stat) {
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
  }
}
