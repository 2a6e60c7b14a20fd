package vn.gov.plans.notification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.gov.plans.calendar.VietnameseDates;

/**
 * Subjects and bodies of the notification e-mails, in formal Vietnamese.
 *
 * <p>Dates are written two ways: {@link #shortDate} "19/06/2026" (subjects, lists) and {@link
 * #longDate} "ngày 19 tháng 6 năm 2026" (sentences), the latter with the leading zero that Decree
 * 30/2020/NĐ-CP asks for days below 10 and for January and February ("ngày 05 tháng 01 năm 2026").
 * A due date is the last day on which the report is on time, so the texts say the report is due by
 * 24:00 of that day (Civil Code 2015, Art. 148(6)).
 */
public class NotificationTexts {

  /** The signature of every notice, also the sender's display name. */
  public static final String SIGNATURE = "Hệ thống theo dõi thực hiện kế hoạch";

  private static final String DASH = " – ";
  /** The last lines of every notice. */
  private static final String CLOSING =
      String.join("\n", "Trân trọng.", "", SIGNATURE, "(Thư được gửi tự động, đề nghị không trả lời thư này.)", "");

  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** "[Nhắc hạn] Báo cáo 6 tháng đầu năm 2026 – Kế hoạch 310/KH-UBND – hạn 19/06/2026". */
  public String subject(ReportReminder reminder) {
    return oneLine(
        "[Nhắc hạn] Báo cáo "
            + reminder.periodLabel()
            + DASH
            + "Kế hoạch "
            + reminder.planSymbol()
            + DASH
            + "hạn "
            + shortDate(reminder.dueDate()));
  }

  /**
   * To the late agency: "[Quá hạn] Báo cáo 6 tháng đầu năm 2026 – Kế hoạch 310/KH-UBND – hạn
   * 19/06/2026"; to the compiling agency: "[Quá hạn] Sở Văn hóa và Thể thao chưa gửi báo cáo 6 tháng
   * đầu năm 2026 – Kế hoạch 310/KH-UBND – hạn 19/06/2026".
   */
  public String subject(ReportOverdue overdue) {
    String what =
        switch (overdue.recipient()) {
          case LATE_AGENCY -> "Báo cáo " + overdue.report().periodLabel();
          case COMPILING_AGENCY ->
              overdue.report().agencyName() + " chưa gửi báo cáo " + overdue.report().periodLabel();
        };
    return oneLine(
        "[Quá hạn] "
            + what
            + DASH
            + "Kế hoạch "
            + overdue.report().planSymbol()
            + DASH
            + "hạn "
            + shortDate(overdue.report().dueDate()));
  }

  public String body(ReportReminder reminder) {
    return String.join(
        "\n",
        "Kính gửi: " + oneLine(reminder.agencyName()) + ",",
        "",
        "Thực hiện Kế hoạch số "
            + oneLine(reminder.planSymbol())
            + ", Quý cơ quan có trách nhiệm gửi báo cáo sau đến "
            + oneLine(reminder.compilingAgencyName())
            + ":",
        "",
        facts(reminder.reportName(), reminder.periodLabel(), reminder.dueDate()),
        "",
        endOfDay(reminder.dueDate())
            + "; báo cáo gửi sau thời điểm này được ghi nhận là quá hạn.",
        "",
        "Đề nghị Quý cơ quan đăng nhập Tasklist của Hệ thống, lập và gửi báo cáo tại địa chỉ:",
        oneLine(reminder.tasklistLink()),
        "",
        CLOSING);
  }

  public String body(ReportOverdue overdue) {
    return switch (overdue.recipient()) {
      case LATE_AGENCY -> lateAgencyBody(overdue);
      case COMPILING_AGENCY -> compilingAgencyBody(overdue);
    };
  }

  private String lateAgencyBody(ReportOverdue overdue) {
    return String.join(
        "\n",
        "Kính gửi: " + oneLine(overdue.report().agencyName()) + ",",
        "",
        "Theo Kế hoạch số "
            + oneLine(overdue.report().planSymbol())
            + ", Quý cơ quan có trách nhiệm gửi báo cáo sau đến "
            + oneLine(overdue.report().compilingAgencyName())
            + ":",
        "",
        facts(overdue.report().reportName(), overdue.report().periodLabel(), overdue.report().dueDate()),
        "",
        "Đã quá thời hạn trên nhưng Hệ thống chưa nhận được báo cáo của Quý cơ quan;"
            + " báo cáo được ghi nhận là quá hạn.",
        "",
        "Đề nghị Quý cơ quan khẩn trương hoàn thành và gửi báo cáo qua Tasklist tại địa chỉ:",
        oneLine(overdue.report().tasklistLink()),
        "",
        CLOSING);
  }

  private String compilingAgencyBody(ReportOverdue overdue) {
    String late = oneLine(overdue.report().agencyName());
    return String.join(
        "\n",
        "Kính gửi: " + oneLine(overdue.report().compilingAgencyName()) + ",",
        "",
        SIGNATURE
            + " thông báo: đã quá thời hạn nhưng "
            + late
            + " chưa gửi báo cáo theo Kế hoạch số "
            + oneLine(overdue.report().planSymbol())
            + ":",
        "",
        "- Cơ quan chưa gửi báo cáo: " + late,
        facts(overdue.report().reportName(), overdue.report().periodLabel(), overdue.report().dueDate()),
        "",
        "Đề nghị Quý cơ quan theo dõi, đôn đốc " + late + " gửi báo cáo.",
        "Tình hình thực hiện xem tại địa chỉ:",
        oneLine(overdue.report().tasklistLink()),
        "",
        CLOSING);
  }

  /**
   * "[Quá hạn] 12 cơ quan chưa gửi báo cáo 6 tháng đầu năm 2026 – Kế hoạch 310/KH-UBND", or with
   * one late agency its name: "[Quá hạn] Sở Văn hóa và Thể thao chưa gửi báo cáo …".
   */
  public String subject(OverdueDigest digest) {
    String who = digest.late().size() == 1 ? digest.late().get(0).agencyName()
        : digest.late().size() + " cơ quan";
    return oneLine("[Quá hạn] " + who + " chưa gửi báo cáo " + digest.periodLabel() + DASH + "Kế hoạch "
        + digest.planSymbol());
  }

  public String body(OverdueDigest digest) {
    StringBuilder list = new StringBuilder();
    for (OverdueDigest.Late late : digest.late()) {
      list.append("- ").append(oneLine(late.agencyName())).append(" (hạn ").append(shortDate(late.dueDate()))
          .append(")\n");
    }
    return String.join(
        "\n",
        "Kính gửi: " + oneLine(digest.compilingAgencyName()) + ",",
        "",
        SIGNATURE
            + " thông báo: đã quá thời hạn nhưng các cơ quan sau chưa gửi "
            + oneLine(digest.reportName())
            + ", kỳ "
            + oneLine(digest.periodLabel())
            + ", theo Kế hoạch số "
            + oneLine(digest.planSymbol())
            + " (" + digest.late().size() + " cơ quan):",
        "",
        list.toString(),
        "Đề nghị Quý cơ quan theo dõi, đôn đốc các cơ quan trên gửi báo cáo.",
        "Tình hình thực hiện xem tại địa chỉ:",
        oneLine(digest.progressLink()),
        "",
        CLOSING);
  }

  /** The report, its period and its deadline, one list line each. */
  private static String facts(String reportName, String periodLabel, LocalDate dueDate) {
    return String.join(
        "\n",
        "- Báo cáo: " + oneLine(reportName),
        "- Kỳ báo cáo: " + oneLine(periodLabel),
        "- Thời hạn gửi: " + deadline(dueDate));
  }

  /** "19/06/2026". */
  public static String shortDate(LocalDate date) {
    return SHORT.format(date);
  }

  /**
   * "ngày 19 tháng 6 năm 2026"; days below 10 and months 1 and 2 take a leading zero: "ngày 05
   * tháng 01 năm 2026" (Decree 30/2020/NĐ-CP, Appendix I).
   */
  public static String longDate(LocalDate date) {
    return VietnameseDates.longDate(date);
  }

  /** "thứ Sáu", "Chủ nhật". */
  public static String dayOfWeek(DayOfWeek day) {
    return VietnameseDates.dayOfWeek(day);
  }

  /** "hết thứ Sáu, ngày 19 tháng 6 năm 2026 (19/06/2026)". */
  static String deadline(LocalDate dueDate) {
    return "hết "
        + dayOfWeek(dueDate.getDayOfWeek())
        + ", "
        + longDate(dueDate)
        + " ("
        + shortDate(dueDate)
        + ")";
  }

  /** "Báo cáo gửi đến trước 24 giờ 00 ngày 19 tháng 6 năm 2026 được tính là đúng hạn". */
  private static String endOfDay(LocalDate dueDate) {
    return "Báo cáo gửi đến trước 24 giờ 00 " + longDate(dueDate) + " được tính là đúng hạn";
  }

  /** Collapses line breaks and runs of white space, so no value can break a header or a line. */
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
