package vn.gov.plans.forms;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Checks every completed user task against the rules of its deployed Camunda Form, before the
 * diagram's own complete listeners run: a request that bypasses the form is refused with 400 and
 * the reasons in Vietnamese, and nothing of the step is saved.
 */
@Component
class FormValidationPlugin extends AbstractProcessEnginePlugin {

  private final Map<String, FormRules> rulesByDefinitionAndTask = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          TaskDefinition definition = behavior.getTaskDefinition();
          if (definition.getCamundaFormDefinitionKey() != null) {
            // Built-in listeners run before the diagram's own: nothing is recorded for an invalid form.
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, validator());
          }
        }
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  private TaskListener validator() {
    return task -> {
      List<String> problems = rules(task).check(task.getVariables());
      if (!problems.isEmpty()) {
        throw InvalidInput.because("Biểu mẫu chưa hợp lệ: " + String.join(" ", problems));
      }
    };
  }

  private FormRules rules(DelegateTask task) {
    return rulesByDefinitionAndTask.computeIfAbsent(task.getProcessDefinitionId() + "|" + task.getTaskDefinitionKey(),
        key -> {
          try (InputStream form = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())) {
            return FormRules.parse(form);
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
