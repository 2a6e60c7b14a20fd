package vn.gov.plans.access;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import vn.gov.plans.agency.AgencyGroups;

/**
 * Process definitions are shared; every instance belongs to one province. The province comes from
 * the start variable {@link #PROVINCE}, from the calling instance, or, for a user of exactly one
 * province, from the user. A user may start instances only in the provinces they belong to.
 */
public class ProvinceTenantIdProvider implements TenantIdProvider {

  /** Start variable naming the province (tenant id) of a new process instance. */
  public static final String PROVINCE = "province";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    DelegateExecution caller = ctx.getSuperExecution();
    if (caller != null) {
      return caller.getTenantId();
    }
    Object requested = ctx.getVariables() == null ? null : ctx.getVariables().get(PROVINCE);
    Authentication user = currentUser();
    if (requested instanceof String province && !province.isBlank()) {
      if (user != null && !mayStartIn(user, province)) {
        throw new AuthorizationException(
            "Người dùng " + user.getUserId() + " không thuộc tỉnh, thành phố \"" + province + "\".");
      }
      return province;
    }
    if (user != null && user.getTenantIds() != null && user.getTenantIds().size() == 1) {
      return user.getTenantIds().get(0);
    }
    throw new ProcessEngineException(
        "Thiếu biến \"" + PROVINCE + "\": phiên bản quy trình phải thuộc một tỉnh, thành phố.");
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return ctx.getSuperExecution() != null ? ctx.getSuperExecution().getTenantId() : null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(
      TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }

  private static Authentication currentUser() {
    return Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
  }

  private static boolean mayStartIn(Authentication user, String province) {
    List<String> groups = user.getGroupIds();
    if (groups != null && groups.contains(AgencyGroups.ADMIN_GROUP)) {
      return true;
    }
    return user.getTenantIds() != null && user.getTenantIds().contains(province);
  }
}
