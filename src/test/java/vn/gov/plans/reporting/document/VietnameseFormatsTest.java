package vn.gov.plans.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseFormatsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "2026-01-05, ngày 05 tháng 01 năm 2026",
    "2026-06-19, ngày 19 tháng 6 năm 2026",
    "2026-02-01, ngày 01 tháng 02 năm 2026",
    "2026-12-20, ngày 20 tháng 12 năm 2026",
    "2026-03-09, ngày 09 tháng 3 năm 2026",
    "2025-07-21, ngày 21 tháng 7 năm 2025",
  })
  void longDateFollowsDecree30(LocalDate date, String expected) {
    assertThat(VietnameseFormats.longDate(date)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "2026-01-05, 05/01/2026",
    "2026-06-19, 19/6/2026",
    "2026-02-01, 01/02/2026",
    "2026-12-20, 20/12/2026",
  })
  void shortDateUsesTheSameLeadingZeros(LocalDate date, String expected) {
    assertThat(VietnameseFormats.shortDate(date)).isEqualTo(expected);
  }

  @Test
  void placeAndDate() {
    assertThat(VietnameseFormats.placeAndDate("Huế", LocalDate.of(2026, 6, 19)))
        .isEqualTo("Huế, ngày 19 tháng 6 năm 2026");
    assertThat(VietnameseFormats.placeAndDate("Huế", null))
        .startsWith("Huế, ngày ")
        .contains(" tháng ", " năm")
        .doesNotContainPattern("\\d");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
    "80|80",
    "92.5|92,5",
    "100.00|100",
    "21914|21.914",
    "1234567.25|1.234.567,25",
    "-1500|-1.500",
  })
  void numbersUseVietnameseSeparators(BigDecimal value, String expected) {
    assertThat(VietnameseFormats.number(value)).isEqualTo(expected);
  }

  @Test
  void countsBelowTenHaveALeadingZero() {
    assertThat(VietnameseFormats.count(3)).isEqualTo("03");
    assertThat(VietnameseFormats.count(0)).isEqualTo("00");
    assertThat(VietnameseFormats.count(12)).isEqualTo("12");
  }
}
