package vn.gov.plans.reporting.document;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target (chỉ tiêu) as one agency reported it: "Tỷ lệ cán bộ ... được tuyên truyền", at least
 * 100 %, reported 92.5 → "Chưa đạt". A null value means the agency gave no figure.
 */
public record TargetLine(
    String description, Comparison comparison, BigDecimal threshold, String unit, BigDecimal value) {

  /** How the value is held against the threshold. */
  public enum Comparison {
    AT_LEAST("≥"),
    AT_MOST("≤"),
    EXACTLY("=");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** The verdict printed in the last column. */
  public enum Assessment {
    ACHIEVED("Đạt"),
    NOT_ACHIEVED("Chưa đạt"),
    NO_DATA("Chưa có số liệu");

    private final String label;

    Assessment(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public TargetLine {
    description = IssuingBody.requireText(description, "description");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(threshold, "threshold");
    unit = unit == null ? "" : unit.strip();
  }

  public Assessment assessment() {
    if (value == null) {
      return Assessment.NO_DATA;
    }
    int order = value.compareTo(threshold);
    boolean met = switch (comparison) {
      case AT_LEAST -> order >= 0;
      case AT_MOST -> order <= 0;
      case EXACTLY -> order == 0;
    };
    return met ? Assessment.ACHIEVED : Assessment.NOT_ACHIEVED;
  }

  /** "≥ 100%", "≥ 3 chương trình". */
  public String thresholdText() {
    return comparison.symbol() + " " + withUnit(threshold);
  }

  /** "92,5%", or "-" when no figure was given. */
  public String valueText() {
    return value == null ? "-" : withUnit(value);
  }

  private String withUnit(BigDecimal number) {
    String text = VietnameseFormats.number(number);
    if (unit.isEmpty()) {
      return text;
    }
    return unit.equals("%") ? text + unit : text + " " + unit;
  }
}
