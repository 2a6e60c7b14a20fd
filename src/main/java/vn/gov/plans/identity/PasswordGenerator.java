package vn.gov.plans.identity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Strong random passwords that satisfy the engine's default password policy. */
final class PasswordGenerator {

  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SPECIAL = "!#%+-=?@_";
  private static final String ALL = UPPER + LOWER + DIGITS + SPECIAL;
  static final int LENGTH = 20;

  private final SecureRandom random = new SecureRandom();

  String next() {
    List<Character> chars = new ArrayList<>(LENGTH);
    chars.add(pick(UPPER));
    chars.add(pick(LOWER));
    chars.add(pick(DIGITS));
    chars.add(pick(SPECIAL));
    while (chars.size() < LENGTH) {
      chars.add(pick(ALL));
    }
    Collections.shuffle(chars, random);
    StringBuilder password = new StringBuilder(LENGTH);
    chars.forEach(password::append);
    return password.toString();
  }

  private char pick(String alphabet) {
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }
}
