package vn.gov.plans.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's CPU readings of /proc and of a quota group's cpu.stat. */
class CpuUseTest {

  @Test
  void theMachineLineSplitsIntoBusyIdleAndStolen() {
    CpuUse.Machine before = CpuUse.Machine.parse("cpu  18485 0 1576 35259 1126 0 171 21123 0 0");
    CpuUse.Machine after = CpuUse.Machine.parse("cpu  18685 0 1676 35359 1126 10 181 21323 0 0");

    CpuUse.Machine wave = after.since(before);

    assertThat(wave.busy()).isCloseTo(3.2, within(1e-9));
    assertThat(wave.idle()).isCloseTo(1.0, within(1e-9));
    assertThat(wave.steal()).isCloseTo(2.0, within(1e-9));
    assertThat(wave.asCores(2.0, 2)).isEqualTo("busy 1.60, idle 0.50, stolen by the host 1.00 of 2 CPUs");
  }

  @Test
  void aProcessCountsUserAndSystemTimeEvenWithSpacesInItsName() {
    String stat = "5126 (java main) R 5124 5124 4191 0 -1 4194304 97 0 0 0 250 30 7 9 20 0 1 0 33530 3133440 381";

    assertThat(CpuUse.parseProcessSeconds(stat)).isCloseTo(2.8, within(1e-9));
  }

  @Test
  void thisJvmHasUsedSomeCpu() {
    assertThat(CpuUse.processSeconds(ProcessHandle.current().pid())).isPositive();
  }

  @Test
  void throttlingIsReadFromEitherCgroupVersion() {
    assertThat(CpuQuota.parseThrottling(List.of("nr_periods 40", "nr_throttled 12", "throttled_time 1500000000",
        "nr_bursts 0"))).isEqualTo(new CpuQuota.Throttling(40, 12, 1.5));
    assertThat(CpuQuota.parseThrottling(List.of("usage_usec 9", "nr_periods 40", "nr_throttled 12",
        "throttled_usec 2500000"))).isEqualTo(new CpuQuota.Throttling(40, 12, 2.5));
  }
}
