package vn.gov.plans.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.plans.calendar.VietnameseDates;
import vn.gov.plans.plan.TaskStatus;

/** The progress tables as a spreadsheet (.xlsx) for a meeting, one sheet per table, in Vietnamese. */
final class ProgressSpreadsheet {

  private ProgressSpreadsheet() {}

  static byte[] write(PlanProgress.Progress progress) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);

      Sheet tasks = workbook.createSheet("Nhiệm vụ");
      row(tasks, 0, bold, header("Đơn vị chủ trì", TaskStatus.values()));
      int r = 1;
      for (PlanProgress.AgencyTasks agency : progress.agencies()) {
        Object[] cells = new Object[TaskStatus.values().length + 1];
        cells[0] = agency.name();
        for (TaskStatus status : TaskStatus.values()) {
          cells[status.ordinal() + 1] = agency.tasks().getOrDefault(status, 0);
        }
        row(tasks, r++, null, cells);
      }

      Sheet reports = workbook.createSheet("Báo cáo");
      row(reports, 0, bold, "Kỳ báo cáo", "Hạn", "Đơn vị", "Tình trạng", "Ngày gửi");
      r = 1;
      for (PlanProgress.Period period : progress.periods()) {
        for (PlanProgress.AgencyReport report : period.agencies()) {
          row(reports, r++, null, period.name() + " " + period.label(), VietnameseDates.format(report.dueDate()),
              report.name(), report.status().label(),
              report.submittedOn() == null ? "" : VietnameseDates.format(report.submittedOn()));
        }
      }

      Sheet targets = workbook.createSheet("Chỉ tiêu");
      row(targets, 0, bold, "Năm", "Chỉ tiêu", "Mức phải đạt", "Giá trị mới nhất", "Số đơn vị báo cáo", "Đánh giá");
      r = 1;
      for (PlanProgress.Target target : progress.targets()) {
        row(targets, r++, null, target.year(), target.description(),
            sign(target.comparison()) + " " + number(target.threshold()) + " " + target.unit(),
            target.latestValue() == null ? "" : number(target.latestValue()) + " " + target.unit(),
            target.reporting() == null ? 0 : target.reporting(),
            target.reached() == null ? "Chưa có số liệu" : target.reached() ? "Đạt" : "Chưa đạt");
      }

      Sheet recipients = workbook.createSheet("Kế hoạch thực hiện");
      row(recipients, 0, bold, "Đơn vị", "Hạn ban hành", "Tình trạng", "Số, ký hiệu", "Ngày ban hành");
      r = 1;
      for (PlanProgress.Recipient recipient : progress.implementingPlans().recipients()) {
        row(recipients, r++, null, recipient.name(),
            recipient.deadline() == null ? "" : VietnameseDates.format(recipient.deadline()),
            recipient.status().label(), recipient.symbol() == null ? "" : recipient.symbol(),
            recipient.issuedDate() == null ? "" : VietnameseDates.format(recipient.issuedDate()));
      }
      for (Sheet sheet : List.of(tasks, reports, targets, recipients)) {
        for (int c = 0; c < 7; c++) {
          sheet.autoSizeColumn(c);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object[] header(String first, TaskStatus[] statuses) {
    Object[] cells = new Object[statuses.length + 1];
    cells[0] = first;
    for (TaskStatus status : statuses) {
      cells[status.ordinal() + 1] = status.label();
    }
    return cells;
  }

  private static void row(Sheet sheet, int index, CellStyle style, Object... cells) {
    Row row = sheet.createRow(index);
    for (int c = 0; c < cells.length; c++) {
      var cell = row.createCell(c);
      if (cells[c] instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else {
        cell.setCellValue(String.valueOf(cells[c]));
      }
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }

  private static String sign(String comparison) {
    return switch (comparison) {
      case "AT_MOST" -> "≤";
      case "EXACTLY" -> "=";
      default -> "≥";
    };
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.1f", value);
  }
}
