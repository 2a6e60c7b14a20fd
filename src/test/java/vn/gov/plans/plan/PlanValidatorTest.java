package vn.gov.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.plans.agency.Directory;
import vn.gov.plans.agency.DirectoryReader;

class PlanValidatorTest {

  static Directory directory;
  static String plan;

  @BeforeAll
  static void readFiles() throws IOException {
    try (InputStream file = PlanValidatorTest.class.getResourceAsStream("/directory/directory.yaml")) {
      directory = DirectoryReader.read("directory.yaml", file);
    }
    try (InputStream file = PlanValidatorTest.class.getResourceAsStream("/plans/new-plan-haiphong-2027.yaml")) {
      plan = new String(file.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<PlanError> validate(String yaml, boolean numbersTaken) {
    PlanValidator validator = new PlanValidator(directory, new PlanValidator.Registry() {
      @Override
      public boolean numberTaken(String issuer, String documentType, int year, int number) {
        return numbersTaken;
      }

      @Override
      public boolean planExists(long planId) {
        return planId == 1;
      }
    });
    return validator.validate(PlanDefinitionReader.read(yaml));
  }

  @Test
  void theNewPlanIsValid() {
    assertThat(validate(plan, false)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown agency          | 'lead: haiphong-baoptth'         | 'lead: haiphong-khong-co'          | tasks[1].lead          | không có trong danh mục",
      "task without lead       | '    lead: haiphong-svhttdl\n'   | ''                                 | tasks[2].lead          | đúng một đơn vị chủ trì",
      "date outside the period | 'due: 2027-03-15'                | 'due: 2028-03-15'                  | tasks[0].due           | nằm ngoài thời gian",
      "deadline without date   | 'kind: DEADLINE\n    due: 2027-03-15' | 'kind: DEADLINE'              | tasks[0].due           | ngày (due) hoặc năm",
      "unknown province        | 'province: haiphong'             | 'province: atlantis'               | province               | không có trong danh mục",
      "plan duty w/o deadline  | '    deadline: 2027-03-31\n'     | ''                                 | recipients[0].deadline | hạn ban hành",
      "duplicate task key      | 'key: \"2\"'                     | 'key: \"1\"'                       | tasks[1].key           | bị trùng",
      "period reversed         | 'to: 2027-12-31'                 | 'to: 2026-12-31'                   | period.to              | trước ngày bắt đầu",
      "unknown parent plan     | 'reference: Nghị'                | 'planId: 99\n  reference: Nghị'    | parent.planId          | Không có kế hoạch số 99"})
  void everyFaultIsReportedWithItsPath(String fault, String from, String to, String path, String message) {
    String faulty = plan.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
    assertThat(faulty).as("the test changes the file").isNotEqualTo(plan);

    assertThat(validate(faulty, false))
        .anySatisfy(error -> {
          assertThat(error.path()).isEqualTo(path);
          assertThat(error.message()).contains(message);
        });
  }

  @Test
  void aNumberAlreadyInTheIssuersRegisterIsRefused() {
    String issued = plan + """
        issued:
          number: 12
          symbol: 12/KH-UBND
          date: 2027-01-05
          signatures:
            - issuer: haiphong-ubnd
              authority: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
              signerTitle: PHÓ CHỦ TỊCH
              signerName: Nguyễn Văn A
        """;

    assertThat(validate(issued, false)).isEmpty();
    assertThat(validate(issued, true))
        .singleElement()
        .satisfies(error -> assertThat(error.path()).isEqualTo("issued.number"));
  }

  @Test
  void aSignatureMustNameItsAuthorityProperly() {
    String issued = plan + """
        issued:
          number: 12
          symbol: 12/KH-UBND
          date: 2027-01-05
          signatures:
            - issuer: haiphong-ubnd
              authority: ["THAY MẶT ỦY BAN"]
              signerTitle: PHÓ CHỦ TỊCH
              signerName: Nguyễn Văn A
        """;

    assertThat(validate(issued, false))
        .extracting(PlanError::path).containsExactly("issued.signatures[0].authority[0]");
  }

  @Test
  void malformedYamlAndUnknownFieldsAreReportedNotThrownAway() {
    assertThatThrownBy(() -> PlanDefinitionReader.read("title: \"unclosed"))
        .isInstanceOfSatisfying(InvalidPlanException.class,
            e -> assertThat(e.errors()).singleElement()
                .satisfies(error -> assertThat(error.message()).startsWith("YAML sai cú pháp")));
    assertThatThrownBy(() -> PlanDefinitionReader.read(plan.replace("place: Hải Phòng", "venue: Hải Phòng")))
        .isInstanceOfSatisfying(InvalidPlanException.class,
            e -> assertThat(e.errors()).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("\"venue\"")));
    assertThatThrownBy(() -> PlanDefinitionReader.read(plan.replace("kinds: [DEPARTMENT]\n    action", "kinds: [MINISTRY]\n    action")))
        .isInstanceOfSatisfying(InvalidPlanException.class,
            e -> assertThat(e.errors()).singleElement()
                .satisfies(error -> assertThat(error.path()).isEqualTo("recipients[0].to.kinds[0]")));
    assertThatThrownBy(() -> PlanDefinitionReader.read(plan.replace("kind: DEADLINE", "kind: SOMETIMES")))
        .isInstanceOfSatisfying(InvalidPlanException.class,
            e -> assertThat(e.errors()).singleElement()
                .satisfies(error -> assertThat(error.path()).isEqualTo("tasks[0].kind")));
  }
}
