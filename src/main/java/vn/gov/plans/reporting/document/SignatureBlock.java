package vn.gov.plans.reporting.document;

import java.util.List;

/**
 * The signature block (Decree 30/2020, Art. 8 and Appendix I): authority lines such as
 * "TM. ỦY BAN NHÂN DÂN" and "KT. CHỦ TỊCH" (none when the head signs in person), the signer's
 * title ("PHÓ GIÁM ĐỐC"), room for the signature and seal, then the signer's name (null before it
 * is known).
 */
public record SignatureBlock(List<String> authorityLines, String signerTitle, String signerName) {

  public SignatureBlock {
    authorityLines = authorityLines == null
        ? List.of()
        : authorityLines.stream().map(line -> IssuingBody.requireText(line, "authority line")).toList();
    signerTitle = IssuingBody.requireText(signerTitle, "signerTitle");
    signerName = signerName == null || signerName.isBlank() ? null : signerName.strip();
  }
}
