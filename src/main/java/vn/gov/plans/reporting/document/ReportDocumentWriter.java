package vn.gov.plans.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes a {@link ReportDocumentModel} as a Word document (.docx) in the layout of Decree
 * 30/2020/NĐ-CP, Appendix I: A4 portrait, margins top and bottom 20 mm, left 30 mm, right 15 mm,
 * Times New Roman; the header as a borderless two-column table (issuing body and number on the
 * left, national motto and place and date on the right); the type and subject centred and bold;
 * justified text with a first-line indent; the agencies' tables with borders; the closing
 * borderless table with "Nơi nhận:" on the left and the signature block on the right; page
 * numbers centred in the header from page 2 on.
 *
 * <p>Plain class, no Spring: {@code new ReportDocumentWriter().write(model)}. Thread-safe.
 */
public class ReportDocumentWriter {

  static final String FONT = "Times New Roman";
  static final String LANGUAGE = "vi-VN";

  /** A4 in twentieths of a point (twips). */
  static final int PAGE_WIDTH = 11906;
  static final int PAGE_HEIGHT = 16838;
  static final int MARGIN_TOP = millimetres(20);
  static final int MARGIN_BOTTOM = millimetres(20);
  static final int MARGIN_LEFT = millimetres(30);
  static final int MARGIN_RIGHT = millimetres(15);
  static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

  /** The body text size (13 to 14 pt in Decree 30). */
  static final int BODY_SIZE = 14;
  private static final int TABLE_SIZE = 13;
  /** Issuing body and country name: 12 to 13 pt in Decree 30; 12 keeps each on one line. */
  private static final int HEADER_SIZE = 12;
  private static final int FIRST_LINE_INDENT = 720; // 1.27 cm
  private static final int PARAGRAPH_SPACING = 120; // 6 pt
  private static final int BLANK_SIGNATURE_LINES = 4;
  /** A column width meaning "the rest of the text width". */
  private static final int REST = 0;

  private static final int HEADER_LEFT = 3969; // 7 cm
  private static final int HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;
  private static final int CLOSING_LEFT = 4535; // 8 cm
  private static final int CLOSING_RIGHT = TEXT_WIDTH - CLOSING_LEFT;

  private record Style(int size, boolean bold, boolean italic, boolean underline) {
    static Style plain(int size) {
      return new Style(size, false, false, false);
    }

    static Style bold(int size) {
      return new Style(size, true, false, false);
    }

    static Style italic(int size) {
      return new Style(size, false, true, false);
    }
  }

  /** The document as bytes. */
  public byte[] write(ReportDocumentModel model) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(model, out);
    return out.toByteArray();
  }

  /** Writes the document to the stream (left open). */
  public void write(ReportDocumentModel model, OutputStream out) {
    try (XWPFDocument document = new XWPFDocument()) {
      defaults(document);
      page(document);
      properties(document, model);
      header(document, model);
      title(document, model);
      content(document, model.content());
      closing(document, model);
      pageNumbers(document);
      document.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the report document", e);
    }
  }

  // --- document set-up ---------------------------------------------------------------------

  private static void defaults(XWPFDocument document) {
    CTStyles styles = CTStyles.Factory.newInstance();
    CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    fonts(run.addNewRFonts());
    run.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
    run.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
    run.addNewLang().setVal(LANGUAGE);
    document.createStyles().setStyles(styles);
  }

  private static void fonts(CTFonts fonts) {
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
  }

  private static void page(XWPFDocument document) {
    CTSectPr section = sectionProperties(document);
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN_TOP));
    margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    margins.setHeader(BigInteger.valueOf(millimetres(10)));
    margins.setFooter(BigInteger.valueOf(millimetres(10)));
    margins.setGutter(BigInteger.ZERO);
  }

  private static CTSectPr sectionProperties(XWPFDocument document) {
    var body = document.getDocument().getBody();
    return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
  }

  private static void properties(XWPFDocument document, ReportDocumentModel model) {
    var core = document.getProperties().getCoreProperties();
    core.setTitle(model.documentType() + " " + model.subject());
    core.setCreator(model.issuer().name());
  }

  /** Page numbers centred in the header, not on the first page (Decree 30, Appendix I). */
  private static void pageNumbers(XWPFDocument document) {
    CTSectPr section = sectionProperties(document);
    if (!section.isSetTitlePg()) {
      section.addNewTitlePg();
    }
    document.createHeader(HeaderFooterType.FIRST);
    XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph paragraph =
        header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    CTSimpleField field = paragraph.getCTP().addNewFldSimple();
    field.setInstr(" PAGE ");
    CTR run = field.addNewR();
    CTRPr style = run.addNewRPr();
    fonts(style.addNewRFonts());
    style.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
    run.addNewT().setStringValue("2");
  }

  // --- header: issuing body, number | motto, place and date ----------------------------------

  private static void header(XWPFDocument document, ReportDocumentModel model) {
    XWPFTable table = document.createTable(2, 2);
    borderless(table);
    columns(table, HEADER_LEFT, HEADER_RIGHT);

    XWPFTableCell body = cell(table, 0, 0);
    XWPFParagraph paragraph = first(body);
    IssuingBody issuer = model.issuer();
    if (issuer.parent() != null) {
      compact(paragraph, ParagraphAlignment.CENTER);
      run(paragraph, issuer.parent(), Style.plain(HEADER_SIZE));
      paragraph = body.addParagraph();
    }
    compact(paragraph, ParagraphAlignment.CENTER);
    run(paragraph, issuer.name(), Style.bold(HEADER_SIZE));
    rule(body.addParagraph(), HEADER_LEFT - 216, 3);

    XWPFTableCell motto = cell(table, 0, 1);
    paragraph = first(motto);
    compact(paragraph, ParagraphAlignment.CENTER);
    run(paragraph, model.motto().countryName(), Style.bold(HEADER_SIZE));
    paragraph = motto.addParagraph();
    compact(paragraph, ParagraphAlignment.CENTER);
    run(paragraph, model.motto().motto(), new Style(13, true, false, true));

    paragraph = first(cell(table, 1, 0));
    compact(paragraph, ParagraphAlignment.CENTER);
    paragraph.setSpacingBefore(PARAGRAPH_SPACING);
    DocumentNumber number = model.number();
    if (number.number() == null) {
      // Separate runs so the blank keeps its spaces (a run starting with spaces is written with
      // xml:space="preserve").
      run(paragraph, "Số:", Style.plain(13));
      run(paragraph, DocumentNumber.BLANK_NUMBER + "/" + number.symbol(), Style.plain(13));
    } else {
      run(paragraph, number.render(), Style.plain(13));
    }

    paragraph = first(cell(table, 1, 1));
    compact(paragraph, ParagraphAlignment.CENTER);
    paragraph.setSpacingBefore(PARAGRAPH_SPACING);
    run(paragraph, model.placeAndDate(), Style.italic(BODY_SIZE));
  }

  // --- type and subject ------------------------------------------------------------------------

  private static void title(XWPFDocument document, ReportDocumentModel model) {
    XWPFParagraph type = document.createParagraph();
    compact(type, ParagraphAlignment.CENTER);
    type.setSpacingBefore(360);
    run(type, model.documentType(), Style.bold(BODY_SIZE));

    XWPFParagraph subject = document.createParagraph();
    compact(subject, ParagraphAlignment.CENTER);
    run(subject, model.subject(), Style.bold(BODY_SIZE));
    XWPFParagraph line = document.createParagraph();
    rule(line, TEXT_WIDTH, 4);
    line.setSpacingAfter(240);
  }

  // --- content ---------------------------------------------------------------------------------

  private static void content(XWPFDocument document, ReportContent content) {
    content.opening().forEach(paragraph -> body(document, paragraph, false));

    body(document, BodyParagraph.heading(content.submissionHeading()), false);
    body(document, BodyParagraph.text(content.submissionSummary().render()), false);
    if (!content.agencies().isEmpty()) {
      overview(document, content.agencies());
    }

    body(document, BodyParagraph.heading(content.resultsHeading()), false);
    List<AgencyReport> agencies = content.agencies();
    for (int i = 0; i < agencies.size(); i++) {
      agency(document, i + 1, agencies.get(i));
    }

    List<BodyParagraph> closing = content.closing();
    for (int i = 0; i < closing.size(); i++) {
      body(document, closing.get(i), i == closing.size() - 1);
    }
  }

  private static void body(XWPFDocument document, BodyParagraph text, boolean last) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.BOTH);
    paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
    paragraph.setSpacingBefore(0);
    paragraph.setSpacingAfter(PARAGRAPH_SPACING);
    paragraph.setSpacingBetween(1.15, LineSpacingRule.AUTO);
    String value = last ? endMark(text.text()) : text.text();
    run(paragraph, value, text.kind() == BodyParagraph.Kind.HEADING
        ? Style.bold(BODY_SIZE) : Style.plain(BODY_SIZE));
  }

  /** The text of a document ends with "./." (Decree 30, Appendix I). */
  static String endMark(String text) {
    if (text.endsWith("./.")) {
      return text;
    }
    String bare = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return bare + "./.";
  }

  private static void overview(XWPFDocument document, List<AgencyReport> agencies) {
    XWPFTable table = dataTable(document, agencies.size() + 1, 680, REST, 1900, 1900);
    headerRow(table, "STT", "Cơ quan, đơn vị", "Tình trạng", "Ngày gửi");
    for (int i = 0; i < agencies.size(); i++) {
      AgencyReport agency = agencies.get(i);
      XWPFTableRow row = table.getRow(i + 1);
      tableText(row.getCell(0), String.valueOf(i + 1), ParagraphAlignment.CENTER, false);
      tableText(row.getCell(1), agency.agencyName(), ParagraphAlignment.LEFT, false);
      tableText(row.getCell(2), agency.status().label(), ParagraphAlignment.CENTER, false);
      tableText(row.getCell(3), agency.submittedOnText(), ParagraphAlignment.CENTER, false);
    }
    spacer(document);
  }

  private static void agency(XWPFDocument document, int index, AgencyReport agency) {
    body(document, BodyParagraph.heading(index + ". " + agency.agencyName()), false);
    String status = agency.status() == SubmissionStatus.MISSING
        ? "Tình trạng gửi báo cáo: " + agency.status().label() + "; chưa có số liệu báo cáo."
        : "Tình trạng gửi báo cáo: " + agency.status().label()
            + " (ngày " + agency.submittedOnText() + ").";
    body(document, BodyParagraph.text(status), false);

    char letter = 'a';
    if (!agency.tasks().isEmpty()) {
      subheading(document, letter++ + ") Tình hình thực hiện nhiệm vụ:");
      XWPFTable table = dataTable(document, agency.tasks().size() + 1, 680, REST, 2500);
      headerRow(table, "STT", "Nhiệm vụ", "Tình trạng");
      for (int i = 0; i < agency.tasks().size(); i++) {
        TaskLine task = agency.tasks().get(i);
        XWPFTableRow row = table.getRow(i + 1);
        tableText(row.getCell(0), String.valueOf(i + 1), ParagraphAlignment.CENTER, false);
        tableText(row.getCell(1), task.title(), ParagraphAlignment.BOTH, false);
        tableText(row.getCell(2), task.status(), ParagraphAlignment.CENTER, false);
      }
      spacer(document);
    }
    if (!agency.targets().isEmpty()) {
      subheading(document, letter + ") Kết quả thực hiện chỉ tiêu:");
      XWPFTable table = dataTable(document, agency.targets().size() + 1, 680, REST, 1600, 1500, 1600);
      headerRow(table, "STT", "Chỉ tiêu", "Mục tiêu", "Kết quả", "Đánh giá");
      for (int i = 0; i < agency.targets().size(); i++) {
        TargetLine target = agency.targets().get(i);
        XWPFTableRow row = table.getRow(i + 1);
        tableText(row.getCell(0), String.valueOf(i + 1), ParagraphAlignment.CENTER, false);
        tableText(row.getCell(1), target.description(), ParagraphAlignment.BOTH, false);
        tableText(row.getCell(2), target.thresholdText(), ParagraphAlignment.CENTER, false);
        tableText(row.getCell(3), target.valueText(), ParagraphAlignment.CENTER, false);
        tableText(row.getCell(4), target.assessment().label(), ParagraphAlignment.CENTER, false);
      }
      spacer(document);
    }
  }

  private static void subheading(XWPFDocument document, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.BOTH);
    paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
    paragraph.setSpacingAfter(PARAGRAPH_SPACING);
    run(paragraph, text, Style.italic(BODY_SIZE));
  }

  /** Keeps tables apart from what follows (two adjacent tables would merge into one). */
  private static void spacer(XWPFDocument document) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setSpacingAfter(0);
    paragraph.setSpacingBetween(6, LineSpacingRule.EXACT);
  }

  // --- closing: recipients | signature ------------------------------------------------------

  private static void closing(XWPFDocument document, ReportDocumentModel model) {
    spacer(document);
    XWPFTable table = document.createTable(1, 2);
    borderless(table);
    columns(table, CLOSING_LEFT, CLOSING_RIGHT);

    XWPFTableCell recipients = cell(table, 0, 0);
    XWPFParagraph paragraph = first(recipients);
    compact(paragraph, ParagraphAlignment.LEFT);
    run(paragraph, "Nơi nhận:", new Style(12, true, true, false));
    for (String line : model.recipientLines()) {
      paragraph = recipients.addParagraph();
      compact(paragraph, ParagraphAlignment.LEFT);
      run(paragraph, line, Style.plain(11));
    }

    XWPFTableCell signature = cell(table, 0, 1);
    SignatureBlock block = model.signature();
    paragraph = first(signature);
    boolean firstLine = true;
    for (String authority : block.authorityLines()) {
      if (!firstLine) {
        paragraph = signature.addParagraph();
      }
      compact(paragraph, ParagraphAlignment.CENTER);
      run(paragraph, authority, Style.bold(BODY_SIZE));
      firstLine = false;
    }
    if (!firstLine) {
      paragraph = signature.addParagraph();
    }
    compact(paragraph, ParagraphAlignment.CENTER);
    run(paragraph, block.signerTitle(), Style.bold(BODY_SIZE));
    for (int i = 0; i < BLANK_SIGNATURE_LINES; i++) {
      compact(signature.addParagraph(), ParagraphAlignment.CENTER);
    }
    if (block.signerName() != null) {
      paragraph = signature.addParagraph();
      compact(paragraph, ParagraphAlignment.CENTER);
      run(paragraph, block.signerName(), Style.bold(BODY_SIZE));
    }
  }

  // --- tables ----------------------------------------------------------------------------------

  /** A bordered table as wide as the text; the column given as {@link #REST} takes what is left. */
  private static XWPFTable dataTable(XWPFDocument document, int rows, int... widths) {
    int fixed = 0;
    for (int width : widths) {
      fixed += width;
    }
    for (int i = 0; i < widths.length; i++) {
      if (widths[i] == REST) {
        widths[i] = TEXT_WIDTH - fixed;
      }
    }
    XWPFTable table = document.createTable(rows, widths.length);
    table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setTableAlignment(TableRowAlign.CENTER);
    columns(table, widths);
    table.getRow(0).setRepeatHeader(true);
    return table;
  }

  private static void headerRow(XWPFTable table, String... titles) {
    XWPFTableRow row = table.getRow(0);
    for (int i = 0; i < titles.length; i++) {
      tableText(row.getCell(i), titles[i], ParagraphAlignment.CENTER, true);
    }
  }

  private static void tableText(
      XWPFTableCell cell, String text, ParagraphAlignment alignment, boolean bold) {
    cell.setVerticalAlignment(XWPFVertAlign.CENTER);
    XWPFParagraph paragraph = first(cell);
    compact(paragraph, alignment);
    paragraph.setSpacingBefore(40);
    paragraph.setSpacingAfter(40);
    run(paragraph, text, bold ? Style.bold(TABLE_SIZE) : Style.plain(TABLE_SIZE));
  }

  private static void borderless(XWPFTable table) {
    table.removeBorders();
  }

  /** Fixed layout with the given column widths (twips). */
  private static void columns(XWPFTable table, int... widths) {
    int total = 0;
    for (int width : widths) {
      total += width;
    }
    table.setWidthType(TableWidthType.DXA);
    table.setWidth(String.valueOf(total));
    CTTblPr properties = table.getCTTbl().getTblPr();
    (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
        .setType(STTblLayoutType.FIXED);
    CTTblGrid grid = table.getCTTbl().getTblGrid() != null
        ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int i = 0; i < widths.length; i++) {
        XWPFTableCell cell = row.getCell(i);
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(widths[i]));
      }
    }
  }

  private static XWPFTableCell cell(XWPFTable table, int row, int column) {
    XWPFTableCell cell = table.getRow(row).getCell(column);
    cell.setVerticalAlignment(XWPFVertAlign.TOP);
    return cell;
  }

  private static XWPFParagraph first(XWPFTableCell cell) {
    return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
  }

  // --- paragraphs and runs ---------------------------------------------------------------------

  /** Single-spaced, no space before or after. */
  private static void compact(XWPFParagraph paragraph, ParagraphAlignment alignment) {
    paragraph.setAlignment(alignment);
    paragraph.setSpacingBefore(0);
    paragraph.setSpacingAfter(0);
    paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
  }

  /**
   * A short horizontal line under the issuing body's name or the subject: an empty paragraph with a
   * top border, indented so the line is {@code 1/fraction} of the available width, centred.
   */
  private static void rule(XWPFParagraph paragraph, int availableWidth, int fraction) {
    int indent = (availableWidth - availableWidth / fraction) / 2;
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    paragraph.setIndentationLeft(indent);
    paragraph.setIndentationRight(indent);
    paragraph.setSpacingBefore(0);
    paragraph.setSpacingAfter(0);
    paragraph.setSpacingBetween(2, LineSpacingRule.EXACT);
    paragraph.setBorderTop(Borders.SINGLE);
    CTBorder line = paragraph.getCTP().getPPr().getPBdr().getTop();
    line.setSz(BigInteger.valueOf(6)); // eighths of a point
    line.setSpace(BigInteger.ZERO);
    line.setColor("000000");
  }

  private static XWPFRun run(XWPFParagraph paragraph, String text, Style style) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(style.size());
    if (style.bold()) {
      run.setBold(true);
    }
    if (style.italic()) {
      run.setItalic(true);
    }
    if (style.underline()) {
      run.setUnderline(UnderlinePatterns.SINGLE);
    }
    run.setLang(LANGUAGE);
    run.setText(text);
    return run;
  }

  /** Rounded up, so a margin is never below its minimum. */
  private static int millimetres(double millimetres) {
    return (int) Math.ceil(millimetres * 1440 / 25.4);
  }
}
