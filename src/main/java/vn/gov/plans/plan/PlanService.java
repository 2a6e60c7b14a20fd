package vn.gov.plans.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.plans.access.AsSystem;
import vn.gov.plans.access.ProvinceTenantIdProvider;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.agency.Caller;
import vn.gov.plans.agency.Directory;
import vn.gov.plans.calendar.Deadlines;
import vn.gov.plans.plan.PlanDefinition.Issuer;
import vn.gov.plans.plan.PlanLifecycleProcess.Variables;
import vn.gov.plans.signing.DocumentRegister;

/**
 * Creates plans from their definition files: checks everything, stores the plan and starts its
 * lifecycle in one transaction, so that a plan is either complete and running or not there at all.
 */
@Service
public class PlanService {

  /** Reminder lead time when the plan file does not say. */
  static final int DEFAULT_REMINDER_WORKING_DAYS = 3;

  private final PlanRepository plans;
  private final DocumentRegister register;
  private final PlanValidator validator;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final Deadlines deadlines;
  private final ImplementingPlans implementingPlans;

  PlanService(Directory directory, PlanRepository plans, DocumentRegister register,
      RuntimeService runtimeService, IdentityService identityService, Deadlines deadlines,
      ImplementingPlans implementingPlans) {
    this.implementingPlans = implementingPlans;
    this.plans = plans;
    this.register = register;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.deadlines = deadlines;
    this.validator = new PlanValidator(directory, new PlanValidator.Registry() {
      @Override
      public boolean numberTaken(String issuer, String documentType, int year, int number) {
        return register.isTaken(issuer, documentType, year, number);
      }

      @Override
      public boolean planExists(long planId) {
        return plans.exists(planId);
      }
    });
  }

  public record CreatedPlan(long planId, String processInstanceId) {}

  /**
   * @throws InvalidPlanException with every problem, nothing stored
   * @throws PlanAccessDeniedException if the caller may not create plans for its lead agency
   */
  @Transactional
  public CreatedPlan create(String yaml, Caller caller) {
    return create(PlanDefinitionReader.read(yaml), yaml, caller);
  }

  /** A plan entered in Tasklist's start form; its definition file is written from it. */
  @Transactional
  public CreatedPlan create(PlanDefinition plan, Caller caller) {
    return create(plan, PlanDefinitionWriter.write(plan), caller);
  }

  private CreatedPlan create(PlanDefinition plan, String yaml, Caller caller) {
    if (plan.province() != null && plan.leadAgency() != null
        && !caller.actsFor(plan.province(), plan.leadAgency())
        && plan.issuers().stream().noneMatch(i -> i.agency() != null && caller.actsFor(plan.province(), i.agency()))) {
      throw new PlanAccessDeniedException(
          "Người dùng " + caller.userId() + " không thuộc đơn vị chủ trì hoặc cơ quan ban hành của kế hoạch.");
    }
    List<PlanError> errors = validator.validate(plan);
    if (!errors.isEmpty()) {
      throw new InvalidPlanException(errors);
    }
    return store(plan, yaml);
  }

  /** Stores a valid plan and starts its lifecycle (also used to load the demo plans). */
  @Transactional
  public CreatedPlan store(PlanDefinition plan, String yaml) {
    int reminderDays = plan.reminderWorkingDays() == null ? DEFAULT_REMINDER_WORKING_DAYS : plan.reminderWorkingDays();
    boolean issued = plan.issued() != null;
    long planId = plans.insert(plan, resolve(plan), yaml, issued ? PlanStage.ISSUED : PlanStage.DRAFTING, reminderDays);
    if (issued) {
      int year = plan.issued().date().getYear();
      for (Issuer issuer : plan.issuers()) {
        register.recordIssued(issuer.agency(), plan.documentType(), year, plan.issued().number());
        register.use(issuer.agency(), plan.documentType(), year, plan.issued().number(), plan.issued().symbol(), planId);
      }
    }
    String processInstanceId = AsSystem.call(identityService, () -> runtimeService
        .startProcessInstanceByKey(PlanLifecycleProcess.KEY, String.valueOf(planId), startVariables(planId, plan))
        .getId());
    plans.setProcessInstance(planId, processInstanceId);
    if (issued) {
      implementingPlans.issued(planId);
    }
    return new CreatedPlan(planId, processInstanceId);
  }

  private PlanRepository.Resolved resolve(PlanDefinition plan) {
    Map<Integer, Set<String>> cooperating = new HashMap<>();
    for (int i = 0; i < plan.tasks().size(); i++) {
      Set<String> agencies = validator.resolve(plan.province(), plan.tasks().get(i).cooperating());
      agencies.remove(plan.tasks().get(i).lead());
      cooperating.put(i, agencies);
    }
    Map<Integer, Set<String>> targetReporters = new HashMap<>();
    for (int i = 0; i < plan.targets().size(); i++) {
      targetReporters.put(i, validator.resolve(plan.province(), plan.targets().get(i).reportedBy()));
    }
    Map<Integer, Set<String>> dutyReporters = new HashMap<>();
    for (int i = 0; i < plan.reporting().size(); i++) {
      dutyReporters.put(i, validator.resolve(plan.province(), plan.reporting().get(i).reporters()));
    }
    // An agency named by several recipient lines keeps the strongest duty.
    Map<String, PlanRepository.Recipient> recipients = new LinkedHashMap<>();
    for (var recipient : plan.recipients()) {
      for (String agency : validator.resolve(plan.province(), recipient.to())) {
        var existing = recipients.get(agency);
        if (existing == null || existing.action().compareTo(recipient.action()) < 0) {
          recipients.put(agency, new PlanRepository.Recipient(agency, recipient.action(), recipient.deadline()));
        }
      }
    }
    Set<String> estimators = plan.budget() == null ? Set.of()
        : validator.resolve(plan.province(), plan.budget().estimators());
    // Reviews ask the lead agencies of the tasks and every agency of a reporting duty.
    Set<String> reviewReporters = new LinkedHashSet<>();
    plan.tasks().forEach(task -> reviewReporters.add(task.lead()));
    dutyReporters.values().forEach(reviewReporters::addAll);
    return new PlanRepository.Resolved(cooperating, targetReporters, dutyReporters, recipients, estimators,
        reviewReporters);
  }

  private Map<String, Object> startVariables(long planId, PlanDefinition plan) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.PLAN_ID, planId);
    variables.put(ProvinceTenantIdProvider.PROVINCE, plan.province());
    variables.put(Variables.ALREADY_ISSUED, plan.issued() != null);
    variables.put(Variables.LEAD_STAFF_GROUP, AgencyGroups.staff(plan.leadAgency()));
    variables.put(Variables.LEAD_LEADERS_GROUP, AgencyGroups.leaders(plan.leadAgency()));
    Issuer first = plan.issuers().get(0);
    variables.put(Variables.OFFICE_GROUP, AgencyGroups.staff(first.office() != null ? first.office() : first.agency()));
    Set<String> consulted = new LinkedHashSet<>();
    plan.tasks().forEach(task -> validator.resolve(plan.province(), task.cooperating()).forEach(consulted::add));
    plan.issuers().forEach(issuer -> consulted.add(issuer.agency()));
    consulted.remove(plan.leadAgency());
    variables.put(Variables.CONSULTED_GROUPS, new ArrayList<>(consulted.stream().map(AgencyGroups::staff).toList()));
    variables.put(Variables.ISSUER_LEADERS_GROUPS,
        new ArrayList<>(plan.issuers().stream().map(i -> AgencyGroups.leaders(i.agency())).toList()));
    variables.put(Variables.PERIOD_END, deadlines.endOfDay(plan.period().to()));
    if (plan.issued() != null) {
      variables.put(Variables.SYMBOL, plan.issued().symbol());
      variables.put(Variables.ISSUED_DATE, PlanDates.toDate(plan.issued().date()));
    }
    return variables;
  }
}
