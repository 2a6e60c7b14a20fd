package vn.gov.plans.plan;

import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.gov.plans.forms.InvalidInput;

/**
 * The server's own check of what the lifecycle forms submit (a form can be bypassed through REST).
 * Failures are {@link InvalidInput}: the REST API answers 400 with the Vietnamese message
 * and nothing of the step is saved.
 */
final class PlanForms {

  static final Pattern AUTHORITY = Pattern.compile("((TM|KT|Q|TL|TUQ)\\. .+)?");
  /** "15/KH-SKHCN", or a Party body's "05-KH/ĐU". */
  static final Pattern IMPLEMENTING_SYMBOL =
      Pattern.compile("\\d+(/[A-ZĐ][A-Za-zĐđ]*-|-[A-ZĐ][A-Za-zĐđ]*/)[A-Za-zĐđ0-9&-]+");

  private PlanForms() {}

  record Signature(String authority, String signerTitle, String signerName) {}

  static int consultationWorkingDays(Object value) {
    if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
        || number.intValue() < 1 || number.intValue() > 30) {
      throw InvalidInput.because("Số ngày làm việc để lấy ý kiến phải là số nguyên từ 1 đến 30.");
    }
    return number.intValue();
  }

  static Signature signature(Object authority, Object signerTitle, Object signerName) {
    String authorityText = authority == null ? "" : authority.toString().trim();
    if (!AUTHORITY.matcher(authorityText).matches()) {
      throw InvalidInput.because(
          "Thẩm quyền ký phải bắt đầu bằng TM., KT., Q., TL. hoặc TUQ. (ví dụ \"KT. CHỦ TỊCH\").");
    }
    return new Signature(authorityText.isEmpty() ? null : authorityText,
        required(signerTitle, "Chức vụ người ký"), required(signerName, "Họ và tên người ký"));
  }

  static String implementingSymbol(Object value) {
    String symbol = required(value, "Số, ký hiệu kế hoạch của đơn vị");
    if (!IMPLEMENTING_SYMBOL.matcher(symbol).matches()) {
      throw InvalidInput.because("Số, ký hiệu \"" + symbol + "\" không đúng dạng, ví dụ 15/KH-SKHCN.");
    }
    return symbol;
  }

  static LocalDate requiredDate(Object value, String label) {
    if (value == null || value.toString().isBlank()) {
      throw InvalidInput.because(label + " là bắt buộc.");
    }
    try {
      return PlanDates.toLocalDate(value);
    } catch (RuntimeException e) {
      throw InvalidInput.because(label + " không hợp lệ: " + value);
    }
  }

  static String required(Object value, String label) {
    if (value == null || value.toString().isBlank()) {
      throw InvalidInput.because(label + " là bắt buộc.");
    }
    return value.toString().trim();
  }
}
