package vn.gov.plans.reporting.document;

import java.util.Objects;

/**
 * The issuing body in the top left corner: the body it belongs to (optional, "UBND THÀNH PHỐ HUẾ")
 * and its own name ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", printed bold), both in capitals as given.
 */
public record IssuingBody(String parent, String name) {

  public IssuingBody {
    parent = parent == null || parent.isBlank() ? null : parent.strip();
    name = requireText(name, "name");
  }

  public static IssuingBody of(String parent, String name) {
    return new IssuingBody(parent, name);
  }

  static String requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value.strip();
  }
}
