package vn.gov.plans.cluster;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The node's name in a cluster ({@code app.node-id}, {@code NODE_ID}): the engine writes it as the
 * host name of every job log entry (so Cockpit and {@code ACT_HI_JOB_LOG} show which node ran a
 * job), and the job executor locks jobs under it ({@code ACT_RU_JOB.LOCK_OWNER_}), so that the jobs
 * a stopped node still holds can be told apart. Without it Camunda's defaults stay: the host's
 * address with the engine name, and a random lock owner.
 */
@Component
public class NodeIdentityPlugin extends AbstractProcessEnginePlugin {

  private final String nodeId;

  public NodeIdentityPlugin(@Value("${app.node-id:}") String nodeId) {
    this.nodeId = nodeId == null || nodeId.isBlank() ? null : nodeId.trim();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (nodeId != null) {
      configuration.setHostname(nodeId);
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (nodeId != null && configuration.getJobExecutor() != null) {
      configuration.getJobExecutor().setLockOwner(nodeId);
    }
  }

  @Override
  public String toString() {
    return "NodeIdentityPlugin";
  }
}
