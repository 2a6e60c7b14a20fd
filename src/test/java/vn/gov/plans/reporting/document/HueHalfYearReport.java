package vn.gov.plans.reporting.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.gov.plans.reporting.document.TargetLine.Comparison;

/**
 * A realistic example: the Huế Department of Science and Technology compiles the departments' and
 * wards' half-year reports on Plan 310/KH-UBND for the city People's Committee. Of three agencies,
 * one reported on time, one late and one not at all.
 */
final class HueHalfYearReport {

  static final String CULTURE = "Sở Văn hóa và Thể thao";
  static final String EDUCATION = "Sở Giáo dục và Đào tạo";
  static final String WARD = "UBND phường Phú Xuân";

  private HueHalfYearReport() {}

  static ReportDocumentModel model() {
    return model(DocumentNumber.of(15, "BC-SKHCN"), LocalDate.of(2026, 6, 19));
  }

  static ReportDocumentModel model(DocumentNumber number, LocalDate date) {
    List<AgencyReport> agencies = agencies();
    ReportContent content = new ReportContent(
        List.of(
            BodyParagraph.text("Thực hiện Kế hoạch số 310/KH-UBND ngày 21 tháng 7 năm 2025 của UBND"
                + " thành phố Huế về thực hiện Chương trình “Đẩy mạnh truyền thông thực hiện Nghị quyết"
                + " số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa"
                + " học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia đến năm 2030” trên địa"
                + " bàn thành phố Huế; trên cơ sở báo cáo của các cơ quan, đơn vị, Sở Khoa học và Công"
                + " nghệ báo cáo kết quả thực hiện 6 tháng đầu năm 2026 như sau:"),
            BodyParagraph.heading("I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN"),
            BodyParagraph.text("Các cơ quan, đơn vị đã tổ chức quán triệt, tuyên truyền Nghị quyết số"
                + " 57-NQ/TW đến cán bộ, công chức, viên chức và người lao động; hưởng ứng Ngày Khoa"
                + " học và Công nghệ Việt Nam 18/5 với nhiều hình thức phong phú, thiết thực."),
            BodyParagraph.text("Theo Công văn số 512/SKHCN-QLKH ngày 02 tháng 6 năm 2026 của Sở Khoa"
                + " học và Công nghệ, các cơ quan, đơn vị gửi báo cáo trước ngày 13 tháng 6 năm 2026.")),
        "II. TÌNH HÌNH GỬI BÁO CÁO",
        SubmissionSummary.of(agencies),
        "III. KẾT QUẢ THỰC HIỆN CỦA CÁC CƠ QUAN, ĐƠN VỊ",
        agencies,
        List.of(
            BodyParagraph.heading("IV. ĐỀ XUẤT, KIẾN NGHỊ"),
            BodyParagraph.text("Đề nghị UBND thành phố chỉ đạo UBND phường Phú Xuân khẩn trương gửi"
                + " báo cáo; Sở Giáo dục và Đào tạo hoàn thành các nhiệm vụ đang chậm tiến độ."),
            BodyParagraph.text("Trên đây là báo cáo kết quả thực hiện Kế hoạch số 310/KH-UBND 6 tháng"
                + " đầu năm 2026, Sở Khoa học và Công nghệ kính báo cáo UBND thành phố.")));
    return new ReportDocumentModel(
        IssuingBody.of("UBND THÀNH PHỐ HUẾ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
        NationalMotto.VIETNAM,
        number,
        "Huế",
        date,
        "BÁO CÁO",
        "Kết quả thực hiện Kế hoạch số 310/KH-UBND 6 tháng đầu năm 2026",
        content,
        new SignatureBlock(List.of("KT. GIÁM ĐỐC"), "PHÓ GIÁM ĐỐC", "Trần Văn Minh"),
        List.of(
            "UBND thành phố (để b/c)",
            "Các Sở, ban ngành, địa phương",
            "Giám đốc, các PGĐ Sở",
            "Lưu: VT, QLKH"));
  }

  static List<AgencyReport> agencies() {
    String trainedStaff = "Tỷ lệ cán bộ, công chức, viên chức được tuyên truyền, phổ biến Nghị quyết"
        + " số 57-NQ/TW";
    return List.of(
        new AgencyReport(
            CULTURE,
            SubmissionStatus.ON_TIME,
            LocalDate.of(2026, 6, 10),
            List.of(
                new TaskLine("Phối hợp tổ chức các hoạt động truyền thông hưởng ứng Ngày Khoa học và"
                    + " Công nghệ Việt Nam 18/5", "Hoàn thành đúng hạn"),
                new TaskLine("Duy trì chuyên mục truyền thông Nghị quyết số 57-NQ/TW trên Trang thông"
                    + " tin điện tử của Sở", "Đang thực hiện trong hạn")),
            List.of(new TargetLine(
                trainedStaff, Comparison.AT_LEAST, new BigDecimal("100"), "%", new BigDecimal("100")))),
        new AgencyReport(
            EDUCATION,
            SubmissionStatus.LATE,
            LocalDate.of(2026, 6, 16),
            List.of(
                new TaskLine("Ban hành kế hoạch triển khai thực hiện Chương trình", "Hoàn thành quá hạn"),
                new TaskLine("Lồng ghép nội dung khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
                    + " vào hoạt động ngoại khóa của học sinh", "Đang thực hiện quá hạn")),
            List.of(
                new TargetLine(trainedStaff, Comparison.AT_LEAST, new BigDecimal("100"), "%",
                    new BigDecimal("92.5")),
                new TargetLine("Số chương trình đào tạo, bồi dưỡng về văn hóa sáng tạo được xây dựng",
                    Comparison.AT_LEAST, new BigDecimal("3"), "chương trình", null))),
        AgencyReport.missing(WARD));
  }
}
