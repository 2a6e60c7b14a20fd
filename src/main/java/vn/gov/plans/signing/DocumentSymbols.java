package vn.gov.plans.signing;

import java.util.List;

/**
 * Number and symbol of a document (Decree 30/2020, Art. 15 and Appendix III): "310/KH-UBND" for a
 * state body; Party bodies write the type before the slash: "05-CTPH/BTGDVTU-SKHCN". Numbers are
 * written with at least two digits ("05").
 */
public final class DocumentSymbols {

  private DocumentSymbols() {}

  public static String format(int number, String documentType, List<String> issuerSymbols, boolean partyStyle) {
    String issuers = String.join("-", issuerSymbols);
    String numberText = String.format("%02d", number);
    return partyStyle
        ? numberText + "-" + documentType + "/" + issuers
        : numberText + "/" + documentType + "-" + issuers;
  }
}
