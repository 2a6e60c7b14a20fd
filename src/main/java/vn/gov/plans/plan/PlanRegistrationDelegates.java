package vn.gov.plans.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.plans.agency.Caller;
import vn.gov.plans.forms.InvalidInput;
import vn.gov.plans.plan.PlanRegistrationProcess.Variables;

/** The delegate of {@code plan-registration.bpmn}: a plan started from Tasklist's start form. */
@Configuration(proxyBeanMethods = false)
class PlanRegistrationDelegates {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Builds the plan from the start form, checks it like a file, stores it and starts its drafting. */
  @Bean(PlanRegistrationProcess.Delegates.REGISTER)
  JavaDelegate registerPlan(PlanService plans) {
    return execution -> {
      Caller caller = Caller.of(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
      PlanDefinition plan = PlanRegistrationForm.toPlan(caller, execution.getTenantId(), execution.getVariables());
      try {
        PlanService.CreatedPlan created = plans.create(plan, caller);
        execution.setVariable(Variables.PLAN_ID, created.planId());
      } catch (InvalidPlanException e) {
        throw InvalidInput.because("Kế hoạch chưa hợp lệ: " + e.errors().stream()
            .map(error -> PlanRegistrationForm.label(error.path()) + ": " + error.message())
            .collect(Collectors.joining("; ")));
      } catch (PlanAccessDeniedException e) {
        throw InvalidInput.because(e.getMessage());
      }
    };
  }

}
