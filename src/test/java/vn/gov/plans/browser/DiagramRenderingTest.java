package vn.gov.plans.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every diagram in {@code bpmn/} imports in the bpmn-js viewer (headless Chromium) without error or
 * warning, and every flow element has a shape or an edge ({@code e2e/render-diagrams.mjs}); one
 * picture per diagram in {@code target/e2e/diagrams/}.
 */
class DiagramRenderingTest {

  @Test
  void everyDiagramRendersInBpmnJsWithALayoutForEveryElement() throws Exception {
    BrowserChecks.requireBrowser();
    List<String> diagrams;
    try (Stream<Path> files = Files.list(BrowserChecks.PROJECT.resolve("bpmn"))) {
      diagrams = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bpmn")).sorted().toList();
    }
    assertThat(diagrams).isNotEmpty();

    BrowserChecks.Run run = BrowserChecks.node("e2e/render-diagrams.mjs",
        Map.of("DIAGRAMS_OUT", "target/e2e/diagrams"), 5);

    assertThat(run.lines()).as(run.output()).noneMatch(line -> line.startsWith("FAIL"));
    assertThat(run.lines()).as(run.output()).contains("diagrams: " + diagrams.size() + " passed, 0 failed");
    assertThat(run.exitCode()).as(run.output()).isZero();
    for (String diagram : diagrams) {
      String picture = diagram.replace(".bpmn", ".png");
      assertThat(BrowserChecks.PROJECT.resolve("target/e2e/diagrams").resolve(picture)).as(picture).isNotEmptyFile();
    }
  }
}
