package vn.gov.plans.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DirectoryReaderTest {

  static final String HEADER = """
      nationalSupervisors: {id: national-supervisors, name: Tổ giám sát}
      tenants:
        - id: hue
          name: Thành phố Huế
          agencies:
            - {id: hue-ubnd, name: Ủy ban nhân dân thành phố Huế, kind: PEOPLES_COMMITTEE}
      """;

  static Directory read(String yaml) {
    return DirectoryReader.read("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsTheShippedDirectory() throws Exception {
    try (InputStream file = getClass().getResourceAsStream("/directory/directory.yaml")) {
      Directory directory = DirectoryReader.read("directory.yaml", file);

      assertThat(directory.tenants()).extracting(Directory.Tenant::id).contains("hue", "haiphong");
      assertThat(directory.agency("hue-skhcn")).hasValueSatisfying(agency -> {
        assertThat(agency.name()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(agency.kind()).isEqualTo(AgencyKind.DEPARTMENT);
      });
      assertThat(directory.agency("haiphong-btgdv")).isPresent();
      assertThat(directory.tenantOf("haiphong-skhcn")).map(Directory.Tenant::id).hasValue("haiphong");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown parent      | '- {id: hue-skhcn, name: Sở KHCN, kind: DEPARTMENT, parent: hue-x}' | tenants[0] (hue).agencies[1] (hue-skhcn).parent",
      "duplicate id        | '- {id: hue-ubnd, name: Trùng, kind: OFFICE}'                        | tenants[0] (hue).agencies[1] (hue-ubnd).id: mã đơn vị bị trùng",
      "missing name        | '- {id: hue-skhcn, kind: DEPARTMENT}'                                | tenants[0] (hue).agencies[1] (hue-skhcn).name: thiếu tên",
      "missing kind        | '- {id: hue-skhcn, name: Sở KHCN}'                                   | tenants[0] (hue).agencies[1] (hue-skhcn).kind",
      "id of other tenant  | '- {id: haiphong-skhcn, name: Sở KHCN, kind: DEPARTMENT}'            | phải bắt đầu bằng \"hue-\"",
      "id with upper case  | '- {id: hue-SKHCN, name: Sở KHCN, kind: DEPARTMENT}'                 | chỉ gồm chữ thường",
      "unknown kind        | '- {id: hue-skhcn, name: Sở KHCN, kind: MINISTRY}'                   | tenants[0].agencies[1].kind",
      "unknown property    | '- {id: hue-skhcn, name: Sở KHCN, kind: DEPARTMENT, boss: x}'        | boss",
      "broken yaml         | '- {id: hue-skhcn, name: \"unclosed'                                  | YAML sai cú pháp, dòng"})
  void aFaultyEntryIsNamedWithItsFault(String fault, String agencyLine, String expected) {
    String yaml = HEADER + "      " + agencyLine + "\n";

    assertThatThrownBy(() -> read(yaml))
        .isInstanceOf(DirectoryException.class)
        .hasMessageContaining("test.yaml")
        .hasMessageContaining(expected);
  }

  @Test
  void everyProblemIsListedAtOnce() {
    String yaml = HEADER + """
              - {id: hue-a, name: A, kind: OFFICE, parent: hue-nowhere}
              - {id: hue-b, kind: OFFICE}
        """;

    assertThatThrownBy(() -> read(yaml))
        .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void anEmptyDirectoryIsRefused() {
    assertThatThrownBy(() -> read("nationalSupervisors: {id: national-supervisors, name: G}\ntenants: []\n"))
        .hasMessageContaining("tenants: danh mục phải có ít nhất một tỉnh");
  }
}
