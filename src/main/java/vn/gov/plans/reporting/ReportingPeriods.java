package vn.gov.plans.reporting;

import static org.camunda.bpm.engine.variable.Variables.createVariables;
import static org.camunda.bpm.engine.variable.Variables.stringValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import vn.gov.plans.access.AsSystem;
import vn.gov.plans.access.ProvinceTenantIdProvider;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.agency.Caller;
import vn.gov.plans.agency.Directory;
import vn.gov.plans.calendar.Occurrence;
import vn.gov.plans.calendar.ReportingScheduler;
import vn.gov.plans.calendar.WorkingCalendar;
import vn.gov.plans.forms.InvalidInput;
import vn.gov.plans.plan.PlanDates;
import vn.gov.plans.plan.PlanRepository;
import vn.gov.plans.reporting.ReportingPeriodProcess.Variables;

/**
 * Opens reporting periods: the period row, one agency report row per reporting agency (one batch),
 * and the period's process, whose per-agency parts each run in a transaction of their own.
 */
@Component
public class ReportingPeriods {

  /** A schedule without data period (fixed dates) opens this many days before its due date. */
  static final int OPENS_DAYS_BEFORE_WITHOUT_DATA_PERIOD = 30;
  /** The compiling agency compiles what has come in this many working days after the due date. */
  static final int CUTOFF_WORKING_DAYS = 5;

  private final ReportingRepository reports;
  private final ReportingScheduler scheduler;
  private final WorkingCalendar calendar;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final Directory directory;

  ReportingPeriods(ReportingRepository reports, ReportingScheduler scheduler, WorkingCalendar calendar,
      RuntimeService runtimeService, IdentityService identityService, Directory directory) {
    this.directory = directory;
    this.reports = reports;
    this.scheduler = scheduler;
    this.calendar = calendar;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** The first period of the duty due on or after {@code from} and ending within the plan. */
  Optional<Occurrence> next(long dutyId, LocalDate from) {
    ReportingRepository.DutyRow duty = reports.duty(dutyId).orElseThrow();
    return scheduler.nextOccurrence(PlanRepository.schedule(duty.schedule()), from, duty.reminderDays())
        .filter(occurrence -> !occurrence.lastDay().isAfter(duty.planEnd()));
  }

  /** Opens the duty's period due on {@code dueDate}; returns its id (the existing one if already open). */
  public long open(long dutyId, LocalDate dueDate) {
    ReportingRepository.DutyRow duty = reports.duty(dutyId).orElseThrow();
    Occurrence occurrence = next(dutyId, dueDate)
        .filter(o -> o.dueDate().equals(dueDate))
        .orElseThrow(() -> new IllegalStateException("Không có kỳ báo cáo hạn " + dueDate + " của chế độ " + dutyId));
    String key = occurrence.period() != null ? occurrence.period().key() : occurrence.dueDate().toString();
    Optional<Long> existing = reports.findPeriod(duty.planId(), dutyId, key);
    if (existing.isPresent()) {
      return existing.get();
    }
    List<String> agencies = reports.reporters(dutyId);
    var period = new ReportingRepository.PeriodRow(0, duty.planId(), dutyId, duty.kind(), duty.name(), key,
        occurrence.periodLabel() != null ? occurrence.periodLabel() : "hạn " + occurrence.dueDate(),
        occurrence.dataPeriod() == null ? null : occurrence.dataPeriod().from(),
        occurrence.dataPeriod() == null ? null : occurrence.dataPeriod().to(),
        occurrence.dueDate(), occurrence.reminderDate(),
        calendar.plusWorkingDays(occurrence.dueDate(), CUTOFF_WORKING_DAYS),
        duty.compiler(), duty.receiver(), PeriodStatus.OPEN, null, null, null, null, null, null, null);
    long periodId = reports.insertPeriod(period, agencies);
    start(periodId, duty.province(), agencies);
    return periodId;
  }

  /** What the compiling agency asks for in an ad hoc or topic report. */
  public record AdHocRequest(long planId, ReportKind kind, String title, String content, List<String> agencies,
      LocalDate dueDate) {}

  /**
   * Opens an ad hoc (or topic) report requested by the caller's agency, which must compile one of
   * the plan's reports or lead the plan; every agency must be of the plan's province.
   */
  public long openAdHoc(AdHocRequest request, Caller caller) {
    var plan = reports.planOf(request.planId())
        .orElseThrow(() -> InvalidInput.because("Không có kế hoạch mã " + request.planId() + "."));
    String compiler = reports.compilersOf(request.planId()).stream()
        .filter(agency -> caller.actsFor(plan.province(), agency) && !caller.isAdmin())
        .findFirst()
        .or(() -> caller.actsFor(plan.province(), plan.leadAgency()) ? Optional.of(plan.leadAgency())
            : Optional.empty())
        .orElseThrow(() -> InvalidInput.because(
            "Chỉ đơn vị tổng hợp báo cáo hoặc đơn vị chủ trì kế hoạch mới được yêu cầu báo cáo đột xuất."));
    List<String> unknown = request.agencies().stream()
        .filter(agency -> directory.tenantOf(agency).map(t -> !t.id().equals(plan.province())).orElse(true))
        .toList();
    if (request.agencies().isEmpty() || !unknown.isEmpty()) {
      throw InvalidInput.because("Đơn vị không có trong danh mục của " + plan.province() + ": "
          + String.join(", ", unknown));
    }
    LocalDate due = calendar.dueDate(request.dueDate()).dueDate();
    if (!due.isAfter(PlanDates.today())) {
      throw InvalidInput.because("Hạn gửi báo cáo phải sau ngày hôm nay.");
    }
    var period = new ReportingRepository.PeriodRow(0, request.planId(), null, request.kind(),
        request.title() + ": " + request.content(), request.kind().name() + "-" + UUID.randomUUID(),
        request.title(), null, null, due, calendar.minusWorkingDays(due, 1),
        calendar.plusWorkingDays(due, CUTOFF_WORKING_DAYS), compiler, plan.issuer(), PeriodStatus.OPEN,
        null, null, null, null, null, null, null);
    long periodId = reports.insertPeriod(period, request.agencies().stream().distinct().toList());
    start(periodId, plan.province(), request.agencies().stream().distinct().toList());
    return periodId;
  }

  /** Agency report instances started per transaction. */
  static final int BATCH = 250;

  /**
   * Starts the next batch of agency report instances of a period, in this transaction: each prepares
   * what its agency reports on and waits at its report task with its reminder and due timers. A
   * failure rolls the whole batch back, and the batch job is retried (then an incident).
   *
   * @return how many are started in all
   */
  int startAgencyReports(long periodId, int started, String province) {
    ReportingRepository.PeriodRow period = reports.period(periodId).orElseThrow();
    List<String> batch = reports.agencies(periodId, started, BATCH);
    String label = labelWithDataPeriod(period);
    String planSymbol = reports.planSymbol(period.planId());
    Map<String, String> instances = new LinkedHashMap<>();
    for (String agency : batch) {
      VariableMap variables = createVariables()
          .putValue(Variables.PERIOD_ID, periodId)
          .putValue(Variables.PLAN_ID, period.planId())
          .putValue(Variables.PERIOD_LABEL, label)
          .putValue(Variables.PLAN_SYMBOL, planSymbol)
          .putValue(Variables.REPORTING_GROUP, AgencyGroups.staff(agency))
          // read once, to give the instance its tenant; not stored
          .putValueTyped(ProvinceTenantIdProvider.PROVINCE,
              stringValue(province, true));
      instances.put(agency, runtimeService.startProcessInstanceByKey(AgencyReportProcess.KEY,
          String.valueOf(period.planId()), variables).getId());
    }
    reports.setAgencyInstances(periodId, instances);
    return started + batch.size();
  }

  /** "6 tháng đầu năm 2026 (số liệu từ 15/12/2025 đến 14/6/2026)", as the agencies read it. */
  static String labelWithDataPeriod(ReportingRepository.PeriodRow period) {
    if (period.dataFrom() == null || period.dataTo() == null) {
      return period.label();
    }
    return period.label() + " (số liệu từ " + ReportContents.vn(period.dataFrom()) + " đến "
        + ReportContents.vn(period.dataTo()) + ")";
  }

  /** Starts the period's process for its agencies. */
  void start(long periodId, String province, List<String> agencies) {
    ReportingRepository.PeriodRow period = reports.period(periodId).orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.PERIOD_ID, periodId);
    variables.put(Variables.PLAN_ID, period.planId());
    variables.put(Variables.PERIOD_LABEL, period.label());
    variables.put(Variables.STARTED, 0);
    variables.put(Variables.CUTOFF_DATE, PlanDates.toDate(period.cutoffDate().plusDays(1)));
    variables.put(Variables.COMPILER_STAFF_GROUP, AgencyGroups.staff(period.compiler()));
    variables.put(Variables.COMPILER_LEADERS_GROUP, AgencyGroups.leaders(period.compiler()));
    variables.put(ProvinceTenantIdProvider.PROVINCE, province);
    String processInstanceId = AsSystem.call(identityService, () -> runtimeService
        .startProcessInstanceByKey(ReportingPeriodProcess.KEY, String.valueOf(period.planId()), variables).getId());
    reports.setProcessInstance(periodId, processInstanceId);
  }
}
