package vn.gov.plans.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.plans.system.StartupBenchmark.Start;

/** The start-up benchmark's figures: medians taken measure by measure, ratios paired by round. */
class StartupBenchmarkStatisticsTest {

  @Test
  void mediansAreTakenForEachMeasureOnItsOwn() {
    Start median = StartupBenchmark.median(List.of(
        new Start(7.0, 12.0, 500_000), new Start(6.0, 14.0, 400_000), new Start(8.0, 13.0, 450_000)));

    assertThat(median).isEqualTo(new Start(7.0, 13.0, 450_000));
  }

  @Test
  void ratiosArePairedByRoundAndDescribedWithTheirSpread() {
    double[] ratios = StartupBenchmark.roundRatios(
        List.of(new Start(6.0, 0, 0), new Start(7.8, 0, 0), new Start(6.6, 0, 0)),
        List.of(new Start(5.0, 0, 0), new Start(6.0, 0, 0), new Start(6.0, 0, 0)));

    assertThat(ratios).containsExactly(new double[] {1.2, 1.3, 1.1}, within(1e-9));
    assertThat(StartupBenchmark.describe(ratios)).isEqualTo("1.20×, 1.30×, 1.10× (median 1.20×, 1.10–1.30×)");
  }

  @Test
  void theBareApplicationDeploysWhatThisProjectsConfigurationNames() throws Exception {
    assertThat(StartupBenchmark.deploymentResourcePattern())
        .containsExactly("classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn", "classpath*:bpmn/**/*.form");
  }
}
