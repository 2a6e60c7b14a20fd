package vn.gov.plans.reporting.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on a compiled periodic report in the layout of Decree 30/2020/NĐ-CP: the
 * header (issuing body, national motto, number and symbol, place and date), the type ("BÁO CÁO")
 * and subject, the content, the signature block and the recipients ("Nơi nhận").
 *
 * @param date null before signing: the date line then leaves the day, month and year blank
 * @param recipients one entry per line, without the leading "- " and the closing ";" (both added,
 *     and removed first when given): "UBND thành phố (để b/c)", "Lưu: VT, QLKH"
 */
public record ReportDocumentModel(
    IssuingBody issuer,
    NationalMotto motto,
    DocumentNumber number,
    String place,
    LocalDate date,
    String documentType,
    String subject,
    ReportContent content,
    SignatureBlock signature,
    List<String> recipients) {

  public ReportDocumentModel {
    Objects.requireNonNull(issuer, "issuer");
    motto = motto == null ? NationalMotto.VIETNAM : motto;
    Objects.requireNonNull(number, "number");
    place = IssuingBody.requireText(place, "place");
    documentType = IssuingBody.requireText(documentType, "documentType");
    subject = IssuingBody.requireText(subject, "subject");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(signature, "signature");
    recipients = recipients == null
        ? List.of()
        : recipients.stream().map(ReportDocumentModel::bareRecipient).toList();
  }

  /** "Huế, ngày 19 tháng 6 năm 2026". */
  public String placeAndDate() {
    return VietnameseFormats.placeAndDate(place, date);
  }

  /** The recipient lines as printed: "- UBND thành phố (để b/c);" ... "- Lưu: VT, QLKH." */
  public List<String> recipientLines() {
    return java.util.stream.IntStream.range(0, recipients.size())
        .mapToObj(i -> "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";"))
        .toList();
  }

  private static String bareRecipient(String recipient) {
    String bare = IssuingBody.requireText(recipient, "recipient");
    if (bare.startsWith("-")) {
      bare = bare.substring(1).strip();
    }
    while (bare.endsWith(";") || bare.endsWith(".")) {
      bare = bare.substring(0, bare.length() - 1).strip();
    }
    return IssuingBody.requireText(bare, "recipient");
  }
}
