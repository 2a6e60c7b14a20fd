package vn.gov.plans.reporting.document;

/** The two lines in the top right corner ("Quốc hiệu và Tiêu ngữ"). */
public record NationalMotto(String countryName, String motto) {

  public static final NationalMotto VIETNAM =
      new NationalMotto("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");

  public NationalMotto {
    countryName = IssuingBody.requireText(countryName, "countryName");
    motto = IssuingBody.requireText(motto, "motto");
  }
}
