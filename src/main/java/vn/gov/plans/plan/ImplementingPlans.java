package vn.gov.plans.plan;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.gov.plans.access.AsSystem;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.plan.PlanDefinition.RecipientAction;
import vn.gov.plans.plan.PlanLifecycleProcess.Elements;
import vn.gov.plans.plan.PlanLifecycleProcess.Variables;

/**
 * Plans form a tree: a recipient's implementing plan names its parent. When such a plan is issued
 * (on paper or at its numbering), the parent learns it: the recipient's row gets the plan, its
 * symbol and date, and the recipient's open task "issue your implementing plan" is done. Whether it
 * was on time is then computed from the dates, never typed in.
 */
@Component
class ImplementingPlans {

  private final PlanRepository plans;
  private final TaskService taskService;
  private final IdentityService identityService;

  ImplementingPlans(PlanRepository plans, TaskService taskService, IdentityService identityService) {
    this.plans = plans;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  void issued(long childPlanId) {
    PlanRepository.PlanRow child = plans.find(childPlanId).orElseThrow();
    if (child.parentPlanId() == null || child.symbol() == null) {
      return;
    }
    PlanRepository.PlanRow parent = plans.find(child.parentPlanId()).orElseThrow();
    Set<String> agencies = new LinkedHashSet<>();
    agencies.add(child.leadAgency());
    plans.issuers(childPlanId).forEach(issuer -> agencies.add(issuer.agency()));
    for (PlanRepository.RecipientRow recipient : plans.recipients(parent.id())) {
      if (recipient.action() != RecipientAction.ISSUE_IMPLEMENTING_PLAN
          || recipient.implementingDate() != null || !agencies.contains(recipient.agency())) {
        continue;
      }
      plans.linkImplementingPlan(parent.id(), recipient.agency(), childPlanId, child.symbol(), child.issuedDate());
      completeOpenTask(parent, recipient.agency(), child);
    }
  }

  private void completeOpenTask(PlanRepository.PlanRow parent, String agency, PlanRepository.PlanRow child) {
    if (parent.processInstanceId() == null) {
      return;
    }
    AsSystem.call(identityService, () -> {
      Task open = taskService.createTaskQuery()
          .processInstanceId(parent.processInstanceId())
          .taskDefinitionKey(Elements.ISSUE_IMPLEMENTING_PLAN)
          .taskCandidateGroup(AgencyGroups.staff(agency))
          .singleResult();
      if (open != null) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.IMPLEMENTING_PLAN_SYMBOL, child.symbol());
        variables.put(Variables.IMPLEMENTING_PLAN_DATE, PlanDates.toDate(child.issuedDate()));
        taskService.complete(open.getId(), variables);
      }
      return null;
    });
  }
}
