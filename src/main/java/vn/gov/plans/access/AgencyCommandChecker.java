package vn.gov.plans.access;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The engine's authorization checks, plus: a single task may be read, claimed, worked on or changed
 * only by a member of one of its candidate groups (or a supervisor or administrator).
 */
class AgencyCommandChecker extends AuthorizationCommandChecker {

  @Override
  public void checkReadTask(TaskEntity task) {
    super.checkReadTask(task);
    checkAgency(task, "READ");
  }

  @Override
  public void checkReadTaskVariable(TaskEntity task) {
    super.checkReadTaskVariable(task);
    checkAgency(task, "READ_VARIABLE");
  }

  @Override
  public void checkUpdateTaskVariable(TaskEntity task) {
    super.checkUpdateTaskVariable(task);
    checkAgency(task, "UPDATE_VARIABLE");
  }

  @Override
  public void checkTaskAssign(TaskEntity task) {
    super.checkTaskAssign(task);
    checkAgency(task, "TASK_ASSIGN");
  }

  @Override
  public void checkTaskWork(TaskEntity task) {
    super.checkTaskWork(task);
    checkAgency(task, "TASK_WORK");
  }

  @Override
  public void checkDeleteTask(TaskEntity task) {
    super.checkDeleteTask(task);
    checkAgency(task, "DELETE");
  }

  private void checkAgency(TaskEntity task, String permission) {
    CommandContext context = Context.getCommandContext();
    Authentication authentication = context.getAuthentication();
    if (!context.getProcessEngineConfiguration().isAuthorizationEnabled()
        || !context.isAuthorizationCheckEnabled()
        || authentication == null) {
      return;
    }
    if (!AgencyTaskScope.mayAccess(authentication.getGroupIds(), task.getIdentityLinks())) {
      throw new AuthorizationException(authentication.getUserId(), permission, "Task", task.getId());
    }
  }
}
