package vn.gov.plans.agency;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.impl.util.EnsureUtil.ensureWhitelistedResourceId;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.WritableIdentityProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.plans.access.Grants;
import vn.gov.plans.agency.Directory.Agency;
import vn.gov.plans.plan.PlanRegistrationProcess;
import vn.gov.plans.reporting.AdHocReportProcess;

/**
 * Synchronises the directory into Camunda identity: each province a tenant, each agency a staff and
 * a leaders group that are members of their tenant, a supervisors group per tenant and a national
 * one in every tenant, and the group-level grants. Idempotent: a second run writes nothing.
 * Entries removed from the file are left in place (their history stays readable).
 */
@Component
public class DirectorySynchronizer {

  private static final Logger LOG = LoggerFactory.getLogger(DirectorySynchronizer.class);

  /** Keys of the processes agency staff may start from Tasklist. */
  static final List<String> STARTABLE_IN_TASKLIST = List.of(PlanRegistrationProcess.KEY, AdHocReportProcess.KEY);

  private final IdentityService identityService;
  private final Grants grants;
  private final ProcessEngineConfigurationImpl engine;

  /** Agencies synchronised per engine command (one flush). */
  static final int AGENCIES_PER_COMMAND = 100;

  DirectorySynchronizer(IdentityService identityService, Grants grants, ProcessEngineConfigurationImpl engine) {
    this.identityService = identityService;
    this.grants = grants;
    this.engine = engine;
  }

  /**
   * In one transaction, in engine commands of at most {@value #AGENCIES_PER_COMMAND} agencies: the
   * identity calls of a command join it and are written in one flush (JDBC batches), so a first start
   * writes its ~1,700 identity rows and grants in a few flushes and one commit instead of one command
   * each, without holding them all in memory at once; a failure leaves nothing half-written.
   *
   * @return the number of identity rows and grants created or changed
   */
  @Transactional
  public int synchronise(Directory directory) {
    Run run = new Run();
    String national = directory.nationalSupervisors().id();
    inCommand(() -> {
      run.group(national, directory.nationalSupervisors().name(), AgencyGroups.TYPE_SUPERVISORS);
      run.grantSupervisor(national);
    });
    for (Directory.Tenant tenant : directory.tenants()) {
      inCommand(() -> {
        run.tenant(tenant.id(), tenant.name());
        run.member(tenant.id(), national);
        String supervisors = AgencyGroups.supervisors(tenant.id());
        run.group(supervisors, "Giám sát – " + tenant.name(), AgencyGroups.TYPE_SUPERVISORS);
        run.member(tenant.id(), supervisors);
        run.grantSupervisor(supervisors);
      });
      List<Agency> agencies = tenant.agencies();
      for (int from = 0; from < agencies.size(); from += AGENCIES_PER_COMMAND) {
        List<Agency> chunk = agencies.subList(from, Math.min(agencies.size(), from + AGENCIES_PER_COMMAND));
        inCommand(() -> chunk.forEach(agency -> {
          String staff = AgencyGroups.staff(agency.id());
          String leaders = AgencyGroups.leaders(agency.id());
          run.group(staff, "Chuyên viên – " + agency.name(), AgencyGroups.TYPE_AGENCY);
          run.group(leaders, "Lãnh đạo – " + agency.name(), AgencyGroups.TYPE_AGENCY);
          run.member(tenant.id(), staff);
          run.member(tenant.id(), leaders);
          run.grantAgency(staff);
          run.grantAgency(leaders);
        }));
      }
    }
    int changes = run.changes + run.grants.written();
    LOG.info(
        "Đồng bộ danh mục: {} tỉnh/thành phố, {} đơn vị, {} thay đổi.",
        directory.tenants().size(),
        directory.agencies().count(),
        changes);
    return changes;
  }

  private void inCommand(Runnable work) {
    engine.getCommandExecutorTxRequired().execute(commandContext -> {
      work.run();
      return null;
    });
  }

  /** One synchronisation against a snapshot of what the engine already holds. */
  private final class Run {

    final Map<String, Group> groups = new HashMap<>();
    final Map<String, Tenant> tenants = new HashMap<>();
    final Set<String> memberships = new HashSet<>();
    final Grants.Batch grants = DirectorySynchronizer.this.grants.batch();
    int changes;

    Run() {
      identityService.createGroupQuery().list().forEach(g -> groups.put(g.getId(), g));
      for (Tenant tenant : identityService.createTenantQuery().list()) {
        tenants.put(tenant.getId(), tenant);
        identityService.createGroupQuery().memberOfTenant(tenant.getId()).list()
            .forEach(g -> memberships.add(tenant.getId() + "|" + g.getId()));
      }
    }

    void tenant(String id, String name) {
      Tenant tenant = tenants.get(id);
      if (tenant == null) {
        ensureWhitelistedResourceId(Context.getCommandContext(), "Tenant", id);
        tenant = identity().createNewTenant(id);
      } else if (name.equals(tenant.getName())) {
        return;
      }
      tenant.setName(name);
      identity().saveTenant(tenant);
      tenants.put(id, tenant);
      changes++;
    }

    void group(String id, String name, String type) {
      Group group = groups.get(id);
      if (group == null) {
        ensureWhitelistedResourceId(Context.getCommandContext(), "Group", id);
        group = identity().createNewGroup(id);
      } else if (name.equals(group.getName()) && type.equals(group.getType())) {
        return;
      }
      group.setName(name);
      group.setType(type);
      identity().saveGroup(group);
      groups.put(id, group);
      changes++;
    }

    void member(String tenantId, String groupId) {
      if (memberships.add(tenantId + "|" + groupId)) {
        identity().createTenantGroupMembership(tenantId, groupId);
        changes++;
      }
    }

    /**
     * Camunda's identity store of the command under way: what {@link IdentityService} runs for
     * each call, without a command of its own around every one of the ~500 calls.
     */
    private WritableIdentityProvider identity() {
      return Context.getCommandContext().getWritableIdentityProvider();
    }

    /**
     * Staff and leaders: Tasklist, task work on every definition (narrowed to their agency), and
     * starting the processes meant to be started from Tasklist (a new plan).
     */
    void grantAgency(String groupId) {
      for (String startable : STARTABLE_IN_TASKLIST) {
        grants.toGroup(groupId, Resources.PROCESS_DEFINITION, startable,
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      }
      grants.toGroup(groupId, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
      grants.toGroup(groupId, Resources.APPLICATION, "tasklist", ACCESS);
      grants.toGroup(
          groupId,
          Resources.PROCESS_DEFINITION,
          "*",
          ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.TASK_WORK,
          ProcessDefinitionPermissions.TASK_ASSIGN,
          ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE);
    }

    /** Supervisors: Cockpit and Tasklist, reading everything of their tenants, retrying failed jobs. */
    void grantSupervisor(String groupId) {
      grants.toGroup(groupId, Resources.APPLICATION, "cockpit", ACCESS);
      grants.toGroup(groupId, Resources.APPLICATION, "tasklist", ACCESS);
      grants.toGroup(
          groupId,
          Resources.PROCESS_DEFINITION,
          "*",
          ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.RETRY_JOB);
      grants.toGroup(
          groupId,
          Resources.PROCESS_INSTANCE,
          "*",
          ProcessInstancePermissions.READ,
          ProcessInstancePermissions.RETRY_JOB);
      grants.toGroup(groupId, Resources.TASK, "*", READ);
      grants.toGroup(groupId, Resources.DEPLOYMENT, "*", READ);
      grants.toGroup(groupId, Resources.DECISION_DEFINITION, "*", READ);
    }
  }
}
