package vn.gov.plans.notification;

import java.time.LocalDate;

/** The Huế plan 310/KH-UBND: departments report before 20 June, so by the end of 19 June. */
final class SampleNotices {

  static final String LATE_AGENCY = "Sở Văn hóa và Thể thao";
  static final String LATE_AGENCY_EMAIL = "svhtt@hue.gov.vn";
  static final String COMPILING_AGENCY = "Sở Khoa học và Công nghệ";
  static final String COMPILING_AGENCY_EMAIL = "skhcn@hue.gov.vn";
  static final String LINK = "https://theodoi.hue.gov.vn/camunda/app/tasklist/";

  private SampleNotices() {}

  static ReportReminder reminder() {
    return reminder(LATE_AGENCY_EMAIL);
  }

  static ReportReminder reminder(String agencyEmail) {
    return new ReportReminder(
        LATE_AGENCY,
        agencyEmail,
        "6 tháng đầu năm 2026",
        "Báo cáo kết quả thực hiện Kế hoạch",
        LocalDate.of(2026, 6, 19),
        "310/KH-UBND",
        COMPILING_AGENCY,
        LINK);
  }

  static ReportOverdue overdue(ReportOverdue.Recipient recipient) {
    return ReportOverdue.of(reminder(), COMPILING_AGENCY_EMAIL, recipient);
  }

  static OverdueDigest digest(String... lateAgencies) {
    return new OverdueDigest(COMPILING_AGENCY, COMPILING_AGENCY_EMAIL, "Báo cáo kết quả thực hiện Kế hoạch",
        "6 tháng đầu năm 2026", "310/KH-UBND", LINK, java.util.Arrays.stream(lateAgencies)
            .map(agency -> new OverdueDigest.Late(agency, LocalDate.of(2026, 6, 19))).toList());
  }
}
