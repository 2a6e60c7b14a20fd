package vn.gov.plans.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.plans.agency.Caller;
import vn.gov.plans.agency.Directory;
import vn.gov.plans.calendar.WorkingCalendar;
import vn.gov.plans.plan.PlanDefinition.RecipientAction;

/** What the plan API shows: plans of the caller's provinces, with their computed statuses. */
@Component
class PlanQueries {

  private final PlanRepository plans;
  private final Directory directory;
  private final WorkingCalendar calendar;

  PlanQueries(PlanRepository plans, Directory directory, WorkingCalendar calendar) {
    this.plans = plans;
    this.directory = directory;
    this.calendar = calendar;
  }

  record PlanSummary(long id, String province, String documentType, String symbol, String title,
      String leadAgency, String stage, String stageLabel, LocalDate issuedDate, String processInstanceId) {}

  record PlanDetails(PlanSummary plan, LocalDate periodFrom, LocalDate periodTo, Long parentPlanId,
      List<PlanRepository.IssuerRow> issuers, List<String> legalBases, List<TaskView> tasks,
      List<RecipientView> recipients, ImplementingPlans implementingPlans) {}

  record TaskView(long id, String key, String title, String leadAgency, List<String> cooperating,
      String kind, LocalDate dueDate, String status, String statusLabel) {}

  record RecipientView(String agency, String agencyName, String action, LocalDate deadline,
      String implementingSymbol, LocalDate implementingDate, String implementingStatus, String implementingStatusLabel) {}

  /** "100% of departments issued their plan", computed from the recipients. */
  record ImplementingPlans(int required, int issuedOnTime, int issuedLate, int missing, int notYetDue,
      int percentIssued) {}

  List<PlanSummary> list(Caller caller) {
    return plans.list(caller.visibleProvinces()).stream().map(PlanQueries::summary).toList();
  }

  Optional<PlanDetails> details(long planId, Caller caller) {
    return plans.find(planId).filter(plan -> caller.seesProvince(plan.province())).map(plan -> {
      LocalDate today = PlanDates.today();
      List<TaskView> tasks = plans.tasks(planId).stream().map(task -> {
        LocalDate lastDay = PlanTasks.lastDay(task);
        LocalDate due = lastDay == null ? null : calendar.dueDate(lastDay).dueDate();
        TaskStatus status = TaskStatus.of(due, task.completedDate(), today);
        return new TaskView(task.id(), task.key(), task.title(), task.leadAgency(), plans.cooperating(task.id()),
            task.kind().name(), due, status.name(), status.label());
      }).toList();
      List<RecipientView> recipients = plans.recipients(planId).stream().map(r -> {
        ImplementingPlanStatus status = r.action() != RecipientAction.ISSUE_IMPLEMENTING_PLAN ? null
            : ImplementingPlanStatus.of(r.deadline() == null ? null : calendar.dueDate(r.deadline()).dueDate(),
                r.implementingDate(), today);
        return new RecipientView(r.agency(), directory.agency(r.agency()).map(Directory.Agency::name).orElse(r.agency()),
            r.action().name(), r.deadline(), r.implementingSymbol(), r.implementingDate(),
            status == null ? null : status.name(), status == null ? null : status.label());
      }).toList();
      return new PlanDetails(summary(plan), plan.periodFrom(), plan.periodTo(), plan.parentPlanId(),
          plans.issuers(planId), plans.legalBases(planId), tasks, recipients, implementingPlans(recipients));
    });
  }

  static ImplementingPlans implementingPlans(List<RecipientView> recipients) {
    List<String> statuses = recipients.stream().map(RecipientView::implementingStatus)
        .filter(java.util.Objects::nonNull).toList();
    int onTime = count(statuses, ImplementingPlanStatus.ISSUED_ON_TIME);
    int late = count(statuses, ImplementingPlanStatus.ISSUED_LATE);
    int required = statuses.size();
    return new ImplementingPlans(required, onTime, late, count(statuses, ImplementingPlanStatus.MISSING),
        count(statuses, ImplementingPlanStatus.NOT_YET_DUE),
        required == 0 ? 100 : Math.round(100f * (onTime + late) / required));
  }

  private static int count(List<String> statuses, ImplementingPlanStatus status) {
    return (int) statuses.stream().filter(status.name()::equals).count();
  }

  private static PlanSummary summary(PlanRepository.PlanRow plan) {
    return new PlanSummary(plan.id(), plan.province(), plan.documentType(), plan.symbol(), plan.title(),
        plan.leadAgency(), plan.stage().name(), plan.stage().label(), plan.issuedDate(), plan.processInstanceId());
  }
}
