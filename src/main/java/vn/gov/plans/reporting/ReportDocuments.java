package vn.gov.plans.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.plans.agency.Directory;
import vn.gov.plans.plan.PlanDates;
import vn.gov.plans.plan.TaskStatus;
import vn.gov.plans.reporting.document.AgencyReport;
import vn.gov.plans.reporting.document.BodyParagraph;
import vn.gov.plans.reporting.document.DocumentNumber;
import vn.gov.plans.reporting.document.IssuingBody;
import vn.gov.plans.reporting.document.NationalMotto;
import vn.gov.plans.reporting.document.ReportContent;
import vn.gov.plans.reporting.document.ReportDocumentModel;
import vn.gov.plans.reporting.document.ReportDocumentWriter;
import vn.gov.plans.reporting.document.SignatureBlock;
import vn.gov.plans.reporting.document.SubmissionSummary;
import vn.gov.plans.reporting.document.TargetLine;
import vn.gov.plans.reporting.document.TaskLine;

/** The consolidated report of a period as a .docx (Decree 30/2020 layout), from the stored reports. */
@Component
class ReportDocuments {

  private final ReportingRepository reports;
  private final Directory directory;
  private final ReportDocumentWriter writer = new ReportDocumentWriter();

  ReportDocuments(ReportingRepository reports, Directory directory) {
    this.reports = reports;
    this.directory = directory;
  }

  byte[] document(long periodId) {
    return writer.write(model(periodId));
  }

  ReportDocumentModel model(long periodId) {
    ReportingRepository.PeriodRow period = reports.period(periodId).orElseThrow();
    Directory.Agency compiler = directory.agency(period.compiler()).orElseThrow();
    String parent = compiler.parent() == null ? null
        : directory.agency(compiler.parent()).map(a -> a.name().toUpperCase(java.util.Locale.ROOT)).orElse(null);
    String planSymbol = reports.planSymbol(period.planId());
    List<AgencyReport> agencies = new ArrayList<>();
    LocalDate today = PlanDates.today();
    for (ReportingRepository.AgencyReportRow report : reports.agencyReports(periodId)) {
      agencies.add(agencyReport(period, report, today));
    }
    String compiledText = period.compiledText() == null ? "" : period.compiledText();
    List<BodyParagraph> closing = new ArrayList<>();
    closing.add(BodyParagraph.heading("III. ĐÁNH GIÁ CHUNG, ĐỀ XUẤT, KIẾN NGHỊ"));
    Arrays.stream(compiledText.split("\\n+")).filter(line -> !line.isBlank())
        .forEach(line -> closing.add(BodyParagraph.text(line.strip())));
    if (compiledText.isBlank()) {
      closing.add(BodyParagraph.text("(Đơn vị tổng hợp bổ sung nội dung đánh giá chung.)"));
    }
    ReportContent content = new ReportContent(
        List.of(BodyParagraph.text("Thực hiện " + planSymbol + ", " + compiler.name() + " báo cáo "
            + period.name().toLowerCase(java.util.Locale.ROOT) + " " + period.label() + " như sau:")),
        "I. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ",
        SubmissionSummary.of(agencies),
        "II. KẾT QUẢ THỰC HIỆN CỦA CÁC ĐƠN VỊ",
        agencies,
        closing);
    String symbolTail = period.symbol() != null && period.symbol().contains("/")
        ? period.symbol().substring(period.symbol().indexOf('/') + 1)
        : CompiledReports.REPORT_TYPE + "-" + directory.symbolOf(period.compiler());
    DocumentNumber number = period.symbol() == null ? DocumentNumber.unnumbered(symbolTail)
        : DocumentNumber.of(Integer.parseInt(period.symbol().replaceAll("\\D.*", "")), symbolTail);
    SignatureBlock signature = period.signerTitle() == null
        ? new SignatureBlock(List.of(), "LÃNH ĐẠO " + compiler.name().toUpperCase(java.util.Locale.ROOT), null)
        : new SignatureBlock(period.authority() == null ? List.of() : List.of(period.authority().split("\\n")),
            period.signerTitle(), period.signerName());
    String receiver = directory.agency(period.receiver()).map(Directory.Agency::name).orElse(period.receiver());
    return new ReportDocumentModel(
        new IssuingBody(parent, compiler.name().toUpperCase(java.util.Locale.ROOT)),
        NationalMotto.VIETNAM,
        number,
        place(period.compiler()),
        period.signedDate() != null ? period.signedDate() : today,
        "BÁO CÁO",
        period.name() + " " + period.label(),
        content,
        signature,
        List.of(receiver + " (để b/c)", "Lưu: VT"));
  }

  private AgencyReport agencyReport(ReportingRepository.PeriodRow period,
      ReportingRepository.AgencyReportRow report, LocalDate today) {
    String name = directory.agency(report.agency()).map(Directory.Agency::name).orElse(report.agency());
    if (report.submittedOn() == null) {
      return AgencyReport.missing(name);
    }
    var items = reports.reportedItems(period.id(), report.agency());
    Map<Long, ReportingRepository.ItemRow> tasks = reports.tasksOf(period.planId(), report.agency()).stream()
        .collect(Collectors.toMap(ReportingRepository.ItemRow::id, Function.identity(), (a, b) -> a));
    int year = period.targetYear();
    Map<Long, ReportingRepository.ItemRow> targets = reports.targetsOf(period.planId(), report.agency(), year).stream()
        .collect(Collectors.toMap(ReportingRepository.ItemRow::id, Function.identity(), (a, b) -> a));
    List<TaskLine> taskLines = new ArrayList<>();
    List<TargetLine> targetLines = new ArrayList<>();
    for (var item : items) {
      if (ReportContents.TASK.equals(item.kind()) && tasks.containsKey(item.id())) {
        String status = item.status() == null ? "" : TaskStatus.valueOf(item.status()).label();
        taskLines.add(new TaskLine(tasks.get(item.id()).title(), status));
      } else if (ReportContents.TARGET.equals(item.kind()) && targets.containsKey(item.id())) {
        var target = targets.get(item.id());
        targetLines.add(new TargetLine(target.title(), TargetLine.Comparison.valueOf(target.comparison()),
            BigDecimal.valueOf(target.threshold()), target.unit(),
            item.value() == null ? null : BigDecimal.valueOf(item.value())));
      }
    }
    SubmissionStatus status = SubmissionStatus.of(report.dueDate(), report.submittedOn(), today);
    return new AgencyReport(name, status == SubmissionStatus.LATE
        ? vn.gov.plans.reporting.document.SubmissionStatus.LATE
        : vn.gov.plans.reporting.document.SubmissionStatus.ON_TIME, report.submittedOn(), taskLines, targetLines);
  }

  /** "Huế" for the province "Thành phố Huế". */
  private String place(String agency) {
    return directory.tenantOf(agency).map(t -> t.name().replaceFirst("^(Thành phố|Tỉnh) ", "")).orElse("");
  }
}
