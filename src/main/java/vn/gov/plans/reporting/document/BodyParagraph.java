package vn.gov.plans.reporting.document;

import java.util.Objects;

/** One paragraph of the report's text: a heading ("I. TÌNH HÌNH TRIỂN KHAI", bold) or running text. */
public record BodyParagraph(Kind kind, String text) {

  public enum Kind { HEADING, TEXT }

  public BodyParagraph {
    Objects.requireNonNull(kind, "kind");
    text = IssuingBody.requireText(text, "text");
  }

  public static BodyParagraph heading(String text) {
    return new BodyParagraph(Kind.HEADING, text);
  }

  public static BodyParagraph text(String text) {
    return new BodyParagraph(Kind.TEXT, text);
  }
}
