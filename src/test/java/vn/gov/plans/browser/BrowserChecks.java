package vn.gov.plans.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the Node.js browser checks of {@code e2e/} (Debian's Chromium driven by playwright-core)
 * from JUnit, so that a failing check fails the build. The build installs what they need
 * ({@code npm ci}, {@code tools/install-browser.sh}); where either is missing they are skipped,
 * except in CI ({@code CI} set), where they must run.
 */
final class BrowserChecks {

  static final Path PROJECT = Path.of("").toAbsolutePath();
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

  private BrowserChecks() {}

  /** Skips (or fails in CI) unless Chromium and the npm packages are installed. */
  static void requireBrowser() {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(CHROMIUM)) {
      missing.add("Chromium at " + CHROMIUM + " (tools/install-browser.sh)");
    }
    if (!Files.isDirectory(PROJECT.resolve("node_modules/playwright-core"))) {
      missing.add("node_modules/playwright-core (npm ci)");
    }
    if (missing.isEmpty()) {
      return;
    }
    String message = "browser checks need " + String.join(" and ", missing);
    if (System.getenv("CI") != null) {
      Assertions.fail(message + " in CI");
    }
    Assumptions.abort(message);
  }

  record Run(int exitCode, List<String> lines) {
    String output() {
      return String.join("\n", lines);
    }
  }

  /** Runs {@code node <script>} in the project folder, echoing its output, and waits for its end. */
  static Run node(String script, Map<String, String> environment, long timeoutMinutes)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("node", script).directory(PROJECT.toFile()).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    List<String> lines = new ArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          System.out.println(line);
          synchronized (lines) {
            lines.add(line);
          }
        }
      } catch (IOException e) {
        // the process ended
      }
    });
    reader.start();
    if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      reader.join(5000);
      Assertions.fail("node " + script + " did not end within " + timeoutMinutes + " minutes:\n" + String.join("\n", lines));
    }
    reader.join(5000);
    synchronized (lines) {
      assertThat(lines).as("output of node %s", script).isNotEmpty();
      return new Run(process.exitValue(), List.copyOf(lines));
    }
  }
}
