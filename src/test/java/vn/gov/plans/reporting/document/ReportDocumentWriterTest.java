package vn.gov.plans.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

/**
 * Writes the Huế half-year report, opens the bytes again with POI and checks text, fonts and page.
 * Set REPORT_EXAMPLE_DIR to keep a copy of the example to open in Word or LibreOffice.
 */
class ReportDocumentWriterTest {

  private static final double TWIPS_PER_MM = 1440 / 25.4;

  @TempDir
  static Path directory;

  private static byte[] bytes;
  private static XWPFDocument document;

  @BeforeAll
  static void writeExample() throws IOException {
    bytes = new ReportDocumentWriter().write(HueHalfYearReport.model());
    Path example = Files.write(directory.resolve("report-example.docx"), bytes);
    String keep = System.getenv("REPORT_EXAMPLE_DIR");
    if (keep != null && !keep.isBlank()) {
      Path target = Files.createDirectories(Path.of(keep));
      Files.copy(example, target.resolve("report-example.docx"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    document = open(Files.readAllBytes(example));
  }

  @Test
  void opensAsAWordDocument() {
    assertThat(bytes).startsWith('P', 'K');
    assertThat(document.getBodyElements()).isNotEmpty();
    assertThat(document.getTables()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void containsTheHeaderTitleAndResultsInVietnamese() {
    List<String> texts = texts(document);

    assertThat(texts).contains(
        "UBND THÀNH PHỐ HUẾ",
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 15/BC-SKHCN",
        "Huế, ngày 19 tháng 6 năm 2026",
        "BÁO CÁO",
        "Kết quả thực hiện Kế hoạch số 310/KH-UBND 6 tháng đầu năm 2026",
        "Sở Văn hóa và Thể thao",
        "Sở Giáo dục và Đào tạo",
        "UBND phường Phú Xuân",
        "Đúng hạn",
        "Quá hạn",
        "Chưa gửi",
        "10/6/2026",
        "Hoàn thành quá hạn",
        "Đang thực hiện quá hạn",
        "≥ 100%",
        "92,5%",
        "Đạt",
        "Chưa đạt",
        "Nơi nhận:",
        "- UBND thành phố (để b/c);",
        "- Lưu: VT, QLKH.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Trần Văn Minh");
    assertThat(String.join("\n", texts))
        .contains("Tổng số cơ quan, đơn vị phải gửi báo cáo: 03; trong đó 01 đơn vị gửi đúng hạn,"
            + " 01 đơn vị gửi quá hạn, 01 đơn vị chưa gửi.")
        .contains("kính báo cáo UBND thành phố./.");
  }

  @Test
  void headerIsABorderlessTwoColumnTable() {
    XWPFTable header = (XWPFTable) document.getBodyElements().get(0);

    assertThat(header.getRow(0).getTableCells()).hasSize(2);
    assertThat(text(header.getRow(0).getCell(0))).contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    assertThat(text(header.getRow(0).getCell(1))).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assertThat(text(header.getRow(1).getCell(0))).isEqualTo("Số: 15/BC-SKHCN");
    assertThat(header.getCTTbl().getTblPr().isSetTblBorders()).isFalse();

    XWPFRun body = runWithText(header, "SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    assertThat(body.isBold()).isTrue();
    XWPFRun motto = runWithText(header, "Độc lập - Tự do - Hạnh phúc");
    assertThat(motto.isBold()).isTrue();
    assertThat(motto.getUnderline().name()).isEqualTo("SINGLE");
    assertThat(runWithText(header, "Huế, ngày 19 tháng 6 năm 2026").isItalic()).isTrue();
  }

  @Test
  void titleIsCentredAndBoldAndTextIsJustifiedWithIndent() {
    XWPFParagraph title = paragraphWithText("BÁO CÁO");
    assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    assertThat(title.getRuns().get(0).isBold()).isTrue();

    XWPFParagraph text = document.getParagraphs().stream()
        .filter(paragraph -> paragraph.getText().startsWith("Thực hiện Kế hoạch số 310/KH-UBND"))
        .findFirst().orElseThrow();
    assertThat(text.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
    assertThat(text.getIndentationFirstLine()).isBetween(567, 720);
  }

  @Test
  void agencyTablesHaveBordersAndABoldHeaderRow() {
    XWPFTable overview = document.getTables().stream()
        .filter(table -> text(table.getRow(0)).contains("Cơ quan, đơn vị"))
        .findFirst().orElseThrow();

    assertThat(overview.getRows()).hasSize(4);
    assertThat(text(overview.getRow(2))).contains("Sở Giáo dục và Đào tạo", "Quá hạn", "16/6/2026");
    assertThat(text(overview.getRow(3))).contains("UBND phường Phú Xuân", "Chưa gửi");
    assertThat(overview.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
    assertThat(overview.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
    assertThat(overview.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
    assertThat(overview.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();

    XWPFTable targets = document.getTables().stream()
        .filter(table -> text(table.getRow(0)).contains("Đánh giá"))
        .skip(1)
        .findFirst().orElseThrow();
    assertThat(text(targets.getRow(1))).contains("≥ 100%", "92,5%", "Chưa đạt");
    assertThat(text(targets.getRow(2))).contains("≥ 3 chương trình", "Chưa có số liệu");
  }

  @Test
  void closingTableHasRecipientsLeftAndSignatureRight() {
    XWPFTable closing = document.getTables().get(document.getTables().size() - 1);
    XWPFTableCell recipients = closing.getRow(0).getCell(0);
    XWPFTableCell signature = closing.getRow(0).getCell(1);

    XWPFRun label = recipients.getParagraphs().get(0).getRuns().get(0);
    assertThat(label.text()).isEqualTo("Nơi nhận:");
    assertThat(label.isBold()).isTrue();
    assertThat(label.isItalic()).isTrue();
    assertThat(label.getFontSizeAsDouble()).isEqualTo(12.0);
    assertThat(closing.getCTTbl().getTblPr().isSetTblBorders()).isFalse();

    List<String> lines = signature.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    assertThat(lines.get(0)).isEqualTo("KT. GIÁM ĐỐC");
    assertThat(lines.get(1)).isEqualTo("PHÓ GIÁM ĐỐC");
    assertThat(lines.subList(2, lines.size() - 1)).hasSizeGreaterThanOrEqualTo(3).allMatch(String::isEmpty);
    assertThat(lines.get(lines.size() - 1)).isEqualTo("Trần Văn Minh");
    signature.getParagraphs().stream().flatMap(paragraph -> paragraph.getRuns().stream())
        .forEach(run -> assertThat(run.isBold()).as(run.text()).isTrue());
  }

  @Test
  void everyRunIsTimesNewRomanBetween11And14Points() {
    List<XWPFRun> runs = runs(document);

    assertThat(runs).isNotEmpty();
    assertThat(runs).allSatisfy(run -> {
      assertThat(run.getFontFamily(FontCharRange.ascii)).as(run.text()).isEqualTo("Times New Roman");
      assertThat(run.getFontFamily(FontCharRange.hAnsi)).as(run.text()).isEqualTo("Times New Roman");
      assertThat(run.getFontSizeAsDouble()).as(run.text()).isBetween(11.0, 14.0);
    });
    List<XWPFRun> bodyRuns = document.getParagraphs().stream()
        .flatMap(paragraph -> paragraph.getRuns().stream()).toList();
    assertThat(bodyRuns).allSatisfy(run -> assertThat(run.getFontSizeAsDouble()).isBetween(13.0, 14.0));
    assertThat(document.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(14.0);
  }

  @Test
  void pageIsA4PortraitWithDecree30Margins() {
    var section = document.getDocument().getBody().getSectPr();
    CTPageSz size = section.getPgSz();
    CTPageMar margins = section.getPgMar();

    assertThat(twips(size.getW())).isEqualTo(11906);
    assertThat(twips(size.getH())).isEqualTo(16838);
    assertThat(millimetres(margins.getLeft())).isBetween(30.0, 35.0);
    assertThat(millimetres(margins.getRight())).isBetween(15.0, 20.0);
    assertThat(millimetres(margins.getTop())).isBetween(20.0, 25.0);
    assertThat(millimetres(margins.getBottom())).isBetween(20.0, 25.0);
    assertThat(section.isSetTitlePg()).as("no page number on the first page").isTrue();
  }

  @Test
  void unsignedReportLeavesRoomForTheNumberAndDate() throws IOException {
    byte[] draft = new ReportDocumentWriter()
        .write(HueHalfYearReport.model(DocumentNumber.unnumbered("BC-SKHCN"), null));

    try (XWPFDocument opened = open(draft)) {
      List<String> texts = texts(opened);
      assertThat(texts).contains("Số:      /BC-SKHCN");
      assertThat(texts).anyMatch(text -> text.matches("Huế, ngày +tháng +năm +"));
      assertThat(texts).noneMatch(text -> text.contains("ngày 19 tháng 6"));
    }
  }

  @Test
  void headOfBodySigningWithoutAuthorityLine() throws IOException {
    ReportDocumentModel model = HueHalfYearReport.model();
    ReportDocumentModel signedByHead = new ReportDocumentModel(model.issuer(), model.motto(),
        DocumentNumber.of(7, "BC-SKHCN"), model.place(), LocalDate.of(2026, 1, 5),
        model.documentType(), model.subject(), model.content(),
        new SignatureBlock(List.of(), "GIÁM ĐỐC", null), model.recipients());

    try (XWPFDocument opened = open(new ReportDocumentWriter().write(signedByHead))) {
      List<String> texts = texts(opened);
      assertThat(texts).contains("Số: 07/BC-SKHCN", "Huế, ngày 05 tháng 01 năm 2026", "GIÁM ĐỐC");
      assertThat(texts).doesNotContain("KT. GIÁM ĐỐC", "Trần Văn Minh");
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  private static XWPFDocument open(byte[] content) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(content));
  }

  /** The text of every paragraph in the body and in every table cell, in order. */
  private static List<String> texts(XWPFDocument opened) {
    return paragraphs(opened.getBodyElements()).map(XWPFParagraph::getText).toList();
  }

  private static List<XWPFRun> runs(XWPFDocument opened) {
    return paragraphs(opened.getBodyElements())
        .flatMap(paragraph -> paragraph.getRuns().stream())
        .filter(run -> !run.text().isEmpty())
        .toList();
  }

  private static Stream<XWPFParagraph> paragraphs(List<IBodyElement> elements) {
    List<XWPFParagraph> all = new ArrayList<>();
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        all.add(paragraph);
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            paragraphs(cell.getBodyElements()).forEach(all::add);
          }
        }
      }
    }
    return all.stream();
  }

  private static String text(XWPFTableCell cell) {
    return String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
  }

  private static String text(XWPFTableRow row) {
    return String.join(" | ", row.getTableCells().stream().map(ReportDocumentWriterTest::text).toList());
  }

  private static XWPFRun runWithText(XWPFTable table, String text) {
    return paragraphs(List.of(table)).flatMap(paragraph -> paragraph.getRuns().stream())
        .filter(run -> run.text().equals(text)).findFirst().orElseThrow();
  }

  private static XWPFParagraph paragraphWithText(String text) {
    return document.getParagraphs().stream().filter(paragraph -> paragraph.getText().equals(text))
        .findFirst().orElseThrow();
  }

  private static long twips(Object value) {
    return ((BigInteger) value).longValue();
  }

  private static double millimetres(Object value) {
    return twips(value) / TWIPS_PER_MM;
  }
}
