package vn.gov.plans.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The benchmark's CPU quota: where cgroups are writable (root), a launched process runs in the group. */
class CpuQuotaTest {

  @Test
  void aLaunchedProcessRunsInTheGroupWithItsQuota() throws Exception {
    assumeTrue(Files.isWritable(CpuQuota.V1.resolve("cgroup.procs"))
        || Files.isWritable(CpuQuota.V2.resolve("cgroup.subtree_control")), "no writable cgroup here");
    String name = "plan-tracker-test-" + UUID.randomUUID();
    try (CpuQuota quota = CpuQuota.create(name, 0.25)) {
      List<String> command = new ArrayList<>(quota.launcher());
      command.addAll(List.of("cat", "/proc/self/cgroup"));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor()).isZero();
      assertThat(output).contains("/" + name);
      String limit = Files.exists(CpuQuota.V1.resolve(name))
          ? Files.readString(CpuQuota.V1.resolve(name).resolve("cpu.cfs_quota_us")).trim()
          : Files.readString(CpuQuota.V2.resolve(name).resolve("cpu.max")).trim();
      assertThat(limit).startsWith("25000");
    }
    assertThat(CpuQuota.V1.resolve(name)).doesNotExist();
    assertThat(CpuQuota.V2.resolve(name)).doesNotExist();
  }

  @Test
  void aQuotaMustBePositive() {
    assertThatThrownBy(() -> CpuQuota.create("plan-tracker-test-zero", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
