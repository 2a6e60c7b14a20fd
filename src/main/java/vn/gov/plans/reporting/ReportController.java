package vn.gov.plans.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import vn.gov.plans.agency.Caller;
import vn.gov.plans.plan.PlanDates;

/**
 * {@code /api/reports}: the periods of a plan with each agency's submission, the consolidated report
 * as a .docx, and the compiling agency's extension of one agency's deadline.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  private final ReportingRepository reports;
  private final ReportDocuments documents;
  private final ReportExtensions extensions;
  private final IdentityService identityService;
  private final JdbcClient jdbc;

  ReportController(ReportingRepository reports, ReportDocuments documents, ReportExtensions extensions,
      IdentityService identityService, JdbcClient jdbc) {
    this.reports = reports;
    this.documents = documents;
    this.extensions = extensions;
    this.identityService = identityService;
    this.jdbc = jdbc;
  }

  static String documentPath(long periodId) {
    return "/api/reports/" + periodId + "/document";
  }

  record AgencySubmission(String agency, LocalDate dueDate, LocalDate originalDueDate, String extensionReason,
      LocalDate submittedOn, String status, String statusLabel) {}

  record PeriodView(long id, long planId, String kind, String name, String label, LocalDate dueDate,
      LocalDate cutoffDate, String compiler, String status, String symbol, List<AgencySubmission> agencies) {}

  record Extension(LocalDate dueDate, String reason) {}

  @GetMapping
  List<PeriodView> list(@RequestParam long planId) {
    visible(planProvince(planId));
    return reports.periodsOf(planId).stream().map(this::view).toList();
  }

  @GetMapping("/{id}")
  PeriodView get(@PathVariable long id) {
    ReportingRepository.PeriodRow period = period(id);
    return view(period);
  }

  @GetMapping("/{id}/document")
  ResponseEntity<byte[]> document(@PathVariable long id) {
    ReportingRepository.PeriodRow period = period(id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("bao-cao-" + period.id() + ".docx").build().toString())
        .body(documents.document(id));
  }

  @PostMapping("/{id}/agencies/{agency}/extension")
  ResponseEntity<PeriodView> extend(@PathVariable long id, @PathVariable String agency, @RequestBody Extension extension) {
    ReportingRepository.PeriodRow period = period(id);
    Caller caller = caller();
    if (!caller.actsFor(planProvince(period.planId()), period.compiler())) {
      throw new Forbidden("Chỉ đơn vị tổng hợp báo cáo mới được gia hạn cho đơn vị báo cáo.");
    }
    extensions.extend(id, agency, extension.dueDate(), extension.reason());
    return ResponseEntity.ok(view(reports.period(id).orElseThrow()));
  }

  private PeriodView view(ReportingRepository.PeriodRow period) {
    LocalDate today = PlanDates.today();
    List<AgencySubmission> agencies = reports.agencyReports(period.id()).stream().map(report -> {
      SubmissionStatus status = SubmissionStatus.of(report.dueDate(), report.submittedOn(), today);
      return new AgencySubmission(report.agency(), report.dueDate(), report.originalDueDate(), report.extensionReason(),
          report.submittedOn(), status.name(), status.label());
    }).toList();
    return new PeriodView(period.id(), period.planId(), period.kind().name(), period.name(), period.label(),
        period.dueDate(), period.cutoffDate(), period.compiler(), period.status().name(), period.symbol(), agencies);
  }

  private ReportingRepository.PeriodRow period(long id) {
    ReportingRepository.PeriodRow period = reports.period(id).orElseThrow(NotFound::new);
    visible(planProvince(period.planId()));
    return period;
  }

  private String planProvince(long planId) {
    return jdbc.sql("select province from plan where id = ?").param(planId).query(String.class).optional()
        .orElseThrow(NotFound::new);
  }

  private void visible(String province) {
    if (!caller().seesProvince(province)) {
      throw new NotFound();
    }
  }

  private Caller caller() {
    return Caller.of(identityService.getCurrentAuthentication());
  }

  static class NotFound extends RuntimeException {}

  static class Forbidden extends RuntimeException {
    Forbidden(String message) {
      super(message);
    }
  }

  @ExceptionHandler(NotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  Map<String, Object> notFound() {
    return Map.of("message", "Không có kỳ báo cáo này.");
  }

  @ExceptionHandler(Forbidden.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  Map<String, Object> forbidden(Forbidden e) {
    return Map.of("message", e.getMessage());
  }

  @ExceptionHandler(FormFieldValidationException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  Map<String, Object> invalid(FormFieldValidationException e) {
    return Map.of("message", e.getMessage());
  }
}
