package vn.gov.plans.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormRulesTest {

  static FormRules form(String file) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("bpmn", file))) {
      return FormRules.parse(in);
    }
  }

  static Stream<Path> forms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files.filter(f -> f.toString().endsWith(".form")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("forms")
  void everyFormOfTheDiagramsHasRulesTheServerCanCheck(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(FormRules.parse(in).fields()).as(file.toString()).isNotEmpty()
          .allSatisfy(field -> assertThat(field.label()).isNotBlank());
    }
  }

  @Test
  void requiredLengthsNumbersPatternsAndOptionsAreChecked() throws IOException {
    Map<String, Object> values = new HashMap<>();
    values.put("draftSummary", "ngắn");
    values.put("consultationWorkingDays", 40);

    assertThat(form("plan-draft.form").check(values))
        .anySatisfy(p -> assertThat(p).contains("cần ít nhất 20 ký tự"))
        .anySatisfy(p -> assertThat(p).contains("không được lớn hơn 30"));
    assertThat(form("plan-sign.form").check(Map.of("authority", "THAY MẶT", "signerTitle", "PHÓ CHỦ TỊCH")))
        .anySatisfy(p -> assertThat(p).contains("không đúng định dạng"))
        .anySatisfy(p -> assertThat(p).contains("là bắt buộc"));
    assertThat(form("plan-review.form").check(Map.of("draftApproved", "maybe")))
        .anySatisfy(p -> assertThat(p).contains("không nằm trong các lựa chọn"));
  }

  @Test
  void validValuesPassAndHiddenFieldsAreNotRequired() throws IOException {
    assertThat(form("plan-sign.form").check(Map.of(
        "authority", "KT. CHỦ TỊCH", "signerTitle", "PHÓ CHỦ TỊCH", "signerName", "Lê Văn Minh"))).isEmpty();
    assertThat(form("plan-comments.form").check(Map.of("agrees", true))).isEmpty();
  }
}
