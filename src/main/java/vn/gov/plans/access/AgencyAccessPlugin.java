package vn.gov.plans.access;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * The authorization design, chosen for about a million open tasks:
 *
 * <ul>
 *   <li>Authorization and tenant checks stay on. Each province is a tenant; definitions are
 *       shared and each instance gets its province from {@link ProvinceTenantIdProvider}. The
 *       tenant check is a plain {@code TENANT_ID_ IN (...)} condition.
 *   <li>No authorization row is written per task ({@link NoTaskRowsAuthorizationProvider}): grants
 *       are per group and per resource type, so ACT_RU_AUTHORIZATION holds a few rows per agency,
 *       not several per task, and the check every command makes stays small.
 *   <li>Agency isolation comes from the task's candidate group: task queries of agency staff are
 *       narrowed to their groups ({@link AgencyAuthorizationManager}) and single-task commands
 *       check membership ({@link AgencyCommandChecker}). Supervisors and administrators are not
 *       narrowed; the tenant check still limits them to their provinces.
 * </ul>
 */
@Component
class AgencyAccessPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new NoTaskRowsAuthorizationProvider());
    configuration.setTenantIdProvider(new ProvinceTenantIdProvider());
    configuration.setCommandCheckers(List.of(new AgencyCommandChecker(), new TenantCommandChecker()));
    List<SessionFactory> factories =
        configuration.getCustomSessionFactories() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new AgencyAuthorizationManager.Factory());
    configuration.setCustomSessionFactories(factories);
  }
}
