package vn.gov.plans.forms;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps what a task listener or delegate throws; this interceptor, outside the
 * transaction, hands the caller the {@link FormFieldValidationException} inside, so a refused input
 * reaches the REST API and Tasklist as 400 with its Vietnamese message (the transaction is rolled
 * back either way).
 */
@Component
class UserErrorsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new UnwrapUserErrors());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static class UnwrapUserErrors extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
          if (cause instanceof FormFieldValidationException userError) {
            throw userError;
          }
        }
        throw e;
      }
    }
  }
}
