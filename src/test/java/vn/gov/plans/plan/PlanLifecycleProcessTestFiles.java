package vn.gov.plans.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test plan files. */
final class PlanLifecycleProcessTestFiles {

  private PlanLifecycleProcessTestFiles() {}

  /** A new plan of Hải Phòng for 2027 (src/test/resources/plans/new-plan-haiphong-2027.yaml). */
  static String newPlan() {
    try (InputStream file = PlanLifecycleProcessTestFiles.class.getResourceAsStream("/plans/new-plan-haiphong-2027.yaml")) {
      return new String(file.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
