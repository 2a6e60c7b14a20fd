package vn.gov.plans.plan;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.gov.plans.forms.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.plans.agency.Caller;
import vn.gov.plans.plan.PlanRegistrationProcess.Variables;

/** The delegate of {@code plan-registration.bpmn}: a plan started from Tasklist's start form. */
@Configuration
class PlanRegistrationDelegates {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Builds the plan from the start form, checks it like a file, stores it and starts its drafting. */
  @Bean(PlanRegistrationProcess.Delegates.REGISTER)
  JavaDelegate registerPlan(PlanService plans) {
    return execution -> {
      Caller caller = Caller.of(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
      PlanDefinition plan = PlanRegistrationForm.toPlan(
          caller, execution.getTenantId(), execution.getVariables(), tasks(execution));
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

  /** The dynamic list of the form, as Tasklist submits it (JSON) or as a list of maps. */
  static List<Map<String, Object>> tasks(DelegateExecution execution) {
    Object value = execution.getVariable(Variables.TASKS);
    if (value == null) {
      return new ArrayList<>();
    }
    try {
      String json = value instanceof String text ? text : value.toString();
      if (value instanceof List<?> list) {
        return JSON.convertValue(list, new TypeReference<>() {});
      }
      return JSON.readValue(json, new TypeReference<>() {});
    } catch (Exception e) {
      throw InvalidInput.because("Danh sách nhiệm vụ không đọc được: " + e.getMessage());
    }
  }
}
