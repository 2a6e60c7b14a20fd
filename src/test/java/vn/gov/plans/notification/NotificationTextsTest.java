package vn.gov.plans.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.plans.notification.ReportOverdue.Recipient.COMPILING_AGENCY;
import static vn.gov.plans.notification.ReportOverdue.Recipient.LATE_AGENCY;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotificationTextsTest {

  private final NotificationTexts texts = new NotificationTexts();

  @ParameterizedTest
  @CsvSource({
    "2026-06-19, ngày 19 tháng 6 năm 2026, 19/06/2026",
    "2026-12-19, ngày 19 tháng 12 năm 2026, 19/12/2026",
    "2026-01-05, ngày 05 tháng 01 năm 2026, 05/01/2026",
    "2026-02-28, ngày 28 tháng 02 năm 2026, 28/02/2026",
    "2026-03-09, ngày 09 tháng 3 năm 2026, 09/03/2026",
    "2026-10-10, ngày 10 tháng 10 năm 2026, 10/10/2026"
  })
  void writesDatesTheVietnameseWay(LocalDate date, String longForm, String shortForm) {
    assertThat(NotificationTexts.longDate(date)).isEqualTo(longForm);
    assertThat(NotificationTexts.shortDate(date)).isEqualTo(shortForm);
  }

  @Test
  void deadlineNamesTheDayOfTheWeek() {
    assertThat(NotificationTexts.deadline(LocalDate.of(2026, 6, 19)))
        .isEqualTo("hết thứ Sáu, ngày 19 tháng 6 năm 2026 (19/06/2026)");
    assertThat(NotificationTexts.deadline(LocalDate.of(2026, 6, 21)))
        .startsWith("hết Chủ nhật, ngày 21 tháng 6 năm 2026");
  }

  @Test
  void reminder() {
    ReportReminder reminder = SampleNotices.reminder();

    assertThat(texts.subject(reminder))
        .isEqualTo(
            "[Nhắc hạn] Báo cáo 6 tháng đầu năm 2026 – Kế hoạch 310/KH-UBND – hạn 19/06/2026");
    assertThat(texts.body(reminder))
        .startsWith("Kính gửi: Sở Văn hóa và Thể thao,\n\n")
        .contains(
            "Thực hiện Kế hoạch số 310/KH-UBND, Quý cơ quan có trách nhiệm gửi báo cáo sau đến"
                + " Sở Khoa học và Công nghệ:",
            "- Báo cáo: Báo cáo kết quả thực hiện Kế hoạch",
            "- Kỳ báo cáo: 6 tháng đầu năm 2026",
            "- Thời hạn gửi: hết thứ Sáu, ngày 19 tháng 6 năm 2026 (19/06/2026)",
            "Báo cáo gửi đến trước 24 giờ 00 ngày 19 tháng 6 năm 2026 được tính là đúng hạn",
            "\n" + SampleNotices.LINK + "\n",
            "Trân trọng.",
            "\nHệ thống theo dõi thực hiện kế hoạch\n");
  }

  @Test
  void overdueToTheLateAgency() {
    ReportOverdue overdue = SampleNotices.overdue(LATE_AGENCY);

    assertThat(texts.subject(overdue))
        .isEqualTo(
            "[Quá hạn] Báo cáo 6 tháng đầu năm 2026 – Kế hoạch 310/KH-UBND – hạn 19/06/2026");
    assertThat(texts.body(overdue))
        .startsWith("Kính gửi: Sở Văn hóa và Thể thao,\n")
        .contains(
            "- Thời hạn gửi: hết thứ Sáu, ngày 19 tháng 6 năm 2026 (19/06/2026)",
            "chưa nhận được báo cáo của Quý cơ quan",
            "quá hạn",
            "khẩn trương hoàn thành và gửi báo cáo",
            SampleNotices.LINK,
            "Hệ thống theo dõi thực hiện kế hoạch");
  }

  @Test
  void overdueToTheCompilingAgencyNamesTheLateAgency() {
    ReportOverdue overdue = SampleNotices.overdue(COMPILING_AGENCY);

    assertThat(texts.subject(overdue))
        .isEqualTo(
            "[Quá hạn] Sở Văn hóa và Thể thao chưa gửi báo cáo 6 tháng đầu năm 2026"
                + " – Kế hoạch 310/KH-UBND – hạn 19/06/2026");
    assertThat(texts.body(overdue))
        .startsWith("Kính gửi: Sở Khoa học và Công nghệ,\n")
        .contains(
            "- Cơ quan chưa gửi báo cáo: Sở Văn hóa và Thể thao",
            "- Kỳ báo cáo: 6 tháng đầu năm 2026",
            "Đề nghị Quý cơ quan theo dõi, đôn đốc Sở Văn hóa và Thể thao gửi báo cáo.",
            SampleNotices.LINK);
  }

  @Test
  void noValueCanBreakASubjectLine() {
    ReportReminder reminder =
        new ReportReminder(
            "Sở Văn hóa\r\nvà Thể thao",
            null,
            "6 tháng đầu\nnăm 2026",
            "Báo cáo",
            LocalDate.of(2026, 6, 19),
            "310/KH-UBND\r\nBcc: x@example.org",
            "Sở Khoa học và Công nghệ",
            "https://example.org/tasklist");

    assertThat(texts.subject(reminder)).doesNotContain("\r", "\n").contains("6 tháng đầu năm 2026");
    assertThat(texts.body(reminder)).startsWith("Kính gửi: Sở Văn hóa và Thể thao,\n");
  }

  @Test
  void recordsCheckTheirValues() {
    assertThat(SampleNotices.reminder("  ").agencyEmail()).isNull();
    assertThatThrownBy(
            () ->
                new ReportReminder(
                    " ", "a@b.vn", "năm 2026", "Báo cáo", LocalDate.of(2026, 12, 19), "1/KH-UBND",
                    "UBND", "https://example.org"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agencyName");

    ReportOverdue toLate = SampleNotices.overdue(LATE_AGENCY);
    assertThat(toLate.recipientEmail()).isEqualTo(SampleNotices.LATE_AGENCY_EMAIL);
    assertThat(toLate.recipientName()).isEqualTo(SampleNotices.LATE_AGENCY);
    ReportOverdue toCompiler = toLate.to(COMPILING_AGENCY);
    assertThat(toCompiler.recipientEmail()).isEqualTo(SampleNotices.COMPILING_AGENCY_EMAIL);
    assertThat(toCompiler.recipientName()).isEqualTo(SampleNotices.COMPILING_AGENCY);
  }
}
