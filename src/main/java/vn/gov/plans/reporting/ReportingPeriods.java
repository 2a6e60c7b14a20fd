package vn.gov.plans.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.gov.plans.access.AsSystem;
import vn.gov.plans.access.ProvinceTenantIdProvider;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.calendar.Occurrence;
import vn.gov.plans.calendar.ReportingScheduler;
import vn.gov.plans.calendar.WorkingCalendar;
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

  ReportingPeriods(ReportingRepository reports, ReportingScheduler scheduler, WorkingCalendar calendar,
      RuntimeService runtimeService, IdentityService identityService) {
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
    var period = new ReportingRepository.PeriodRow(0, duty.planId(), dutyId, ReportKind.PERIODIC, duty.name(), key,
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

  /** Starts the period's process for its agencies. */
  void start(long periodId, String province, List<String> agencies) {
    ReportingRepository.PeriodRow period = reports.period(periodId).orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.PERIOD_ID, periodId);
    variables.put(Variables.PLAN_ID, period.planId());
    variables.put(Variables.PERIOD_LABEL, period.label());
    variables.put(Variables.REPORTING_GROUPS, new ArrayList<>(agencies.stream().map(AgencyGroups::staff).toList()));
    variables.put(Variables.CUTOFF_DATE, vn.gov.plans.plan.PlanDates.toDate(period.cutoffDate().plusDays(1)));
    variables.put(Variables.COMPILER_STAFF_GROUP, AgencyGroups.staff(period.compiler()));
    variables.put(Variables.COMPILER_LEADERS_GROUP, AgencyGroups.leaders(period.compiler()));
    variables.put(ProvinceTenantIdProvider.PROVINCE, province);
    String processInstanceId = AsSystem.call(identityService, () -> runtimeService
        .startProcessInstanceByKey(ReportingPeriodProcess.KEY, String.valueOf(period.planId()), variables).getId());
    reports.setProcessInstance(periodId, processInstanceId);
  }
}
