package vn.gov.plans.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSymbolsTest {

  @Test
  void stateBodiesWriteTheTypeAfterTheSlash() {
    assertThat(DocumentSymbols.format(310, "KH", List.of("UBND"), false)).isEqualTo("310/KH-UBND");
    assertThat(DocumentSymbols.format(7, "KH", List.of("SKHCN"), false)).isEqualTo("07/KH-SKHCN");
  }

  @Test
  void partyBodiesAndJointProgrammesWriteTheTypeBeforeTheSlash() {
    assertThat(DocumentSymbols.format(5, "CTPH", List.of("BTGDVTU", "SKHCN"), true))
        .isEqualTo("05-CTPH/BTGDVTU-SKHCN");
  }
}
