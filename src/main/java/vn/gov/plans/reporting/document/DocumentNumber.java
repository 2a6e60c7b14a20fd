package vn.gov.plans.reporting.document;

/**
 * "Số: 15/BC-SKHCN". The symbol is the part after the slash ("BC-SKHCN"); the number is null until
 * the document is signed and registered, and the line then leaves room to write it in by hand
 * ("Số:      /BC-SKHCN"). Numbers below 10 take a leading zero (Decree 30/2020, Appendix I).
 */
public record DocumentNumber(Integer number, String symbol) {

  /** What stands in place of a number not given yet. */
  static final String BLANK_NUMBER = "      ";

  public DocumentNumber {
    symbol = IssuingBody.requireText(symbol, "symbol");
    if (symbol.startsWith("/")) {
      symbol = symbol.substring(1);
    }
    if (number != null && number < 1) {
      throw new IllegalArgumentException("number must be positive: " + number);
    }
  }

  public static DocumentNumber of(int number, String symbol) {
    return new DocumentNumber(number, symbol);
  }

  /** Before signing. */
  public static DocumentNumber unnumbered(String symbol) {
    return new DocumentNumber(null, symbol);
  }

  /** "15", "05", or blanks. */
  public String numberText() {
    return number == null ? BLANK_NUMBER : VietnameseFormats.count(number);
  }

  /** "Số: 15/BC-SKHCN" or "Số:      /BC-SKHCN". */
  public String render() {
    return number == null ? "Số:" + BLANK_NUMBER + "/" + symbol : "Số: " + numberText() + "/" + symbol;
  }
}
