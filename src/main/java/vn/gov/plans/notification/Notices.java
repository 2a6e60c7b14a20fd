package vn.gov.plans.notification;

/** Checks shared by the notice records. */
final class Notices {

  private Notices() {}

  static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
