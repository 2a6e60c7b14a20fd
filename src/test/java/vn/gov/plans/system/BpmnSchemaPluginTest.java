package vn.gov.plans.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deploying with the schema compiled once gives what Camunda's own parse gives: valid diagrams are
 * deployed and parsed alike, and a diagram that breaks the BPMN schema, or carries a DOCTYPE (XXE),
 * is refused with the same problems. Two in-memory engines side by side, one with the plugin.
 */
class BpmnSchemaPluginTest {

  static ProcessEngine camunda;
  static ProcessEngine withPlugin;

  @BeforeAll
  static void engines() {
    camunda = engine(false);
    withPlugin = engine(true);
  }

  @AfterAll
  static void close() {
    camunda.close();
    withPlugin.close();
  }

  static ProcessEngine engine(boolean plugin) {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("schema-" + UUID.randomUUID());
    configuration.setJdbcUrl("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    configuration.setHistory("none");
    configuration.setJobExecutorActivate(false);
    configuration.setEnforceHistoryTimeToLive(false);
    if (plugin) {
      configuration.setProcessEnginePlugins(List.of(new BpmnSchemaPlugin()));
    }
    return configuration.buildProcessEngine();
  }

  static String diagram(String processBody) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://example.org">
          <bpmn:process id="p" name="Quy trình thử" isExecutable="true" camunda:historyTimeToLive="P30D">
        %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(processBody);
  }

  static final String VALID = diagram("""
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" />
        <bpmn:userTask id="task" name="Nhập báo cáo" camunda:candidateGroups="staff" />
        <bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end" />
        <bpmn:endEvent id="end" />""");

  static final String BREAKS_THE_SCHEMA = diagram("""
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end" />
        <bpmn:endEvent id="end" />
        <bpmn:notABpmnElement id="x" />
        <bpmn:userTask name="no id" />""");

  static final String WITH_DOCTYPE = VALID.replace("<bpmn:definitions",
      "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<bpmn:definitions");

  @Test
  void aValidDiagramIsDeployedAndParsedAsByCamunda() {
    ProcessDefinition ours = deploy(withPlugin, VALID);
    ProcessDefinition theirs = deploy(camunda, VALID);

    assertThat(ours.getKey()).isEqualTo(theirs.getKey()).isEqualTo("p");
    assertThat(ours.getName()).isEqualTo(theirs.getName()).isEqualTo("Quy trình thử");
    assertThat(ours.getHistoryTimeToLive()).isEqualTo(theirs.getHistoryTimeToLive()).isEqualTo(30);
    assertThat(withPlugin.getRuntimeService().startProcessInstanceById(ours.getId()).isEnded()).isFalse();
    assertThat(withPlugin.getTaskService().createTaskQuery().singleResult().getName()).isEqualTo("Nhập báo cáo");
  }

  @Test
  void aDiagramThatBreaksTheSchemaIsRefusedWithCamundasProblems() {
    List<String> ours = problems(withPlugin, BREAKS_THE_SCHEMA);
    List<String> theirs = problems(camunda, BREAKS_THE_SCHEMA);

    assertThat(ours).isNotEmpty().isEqualTo(theirs);
    assertThat(ours).anySatisfy(problem -> assertThat(problem).startsWith("cvc-"));
    assertThat(withPlugin.getRepositoryService().createDeploymentQuery().deploymentName("schema-2").count()).isZero();
  }

  @Test
  void aDiagramWithADoctypeIsRefusedAsByCamunda() {
    ProcessEngineException ours = refusal(withPlugin, WITH_DOCTYPE);
    ProcessEngineException theirs = refusal(camunda, WITH_DOCTYPE);

    assertThat(ours).hasMessageContaining("DOCTYPE");
    assertThat(rootMessage(ours)).isEqualTo(rootMessage(theirs));
  }

  static ProcessDefinition deploy(ProcessEngine engine, String xml) {
    String deployment = engine.getRepositoryService().createDeployment().name("schema-1")
        .addString("valid.bpmn", xml).deploy().getId();
    return engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment).singleResult();
  }

  static List<String> problems(ProcessEngine engine, String xml) {
    ParseException refused = catchThrowableOfType(ParseException.class, () -> engine.getRepositoryService()
        .createDeployment().name("schema-2").addString("broken.bpmn", xml).deploy());
    assertThat(refused).as("refused").isNotNull();
    return refused.getResorceReports().stream()
        .flatMap(report -> report.getErrors().stream())
        .map(problem -> problem.getMessage() + " @" + problem.getLine() + ":" + problem.getColumn()
            + elementIds(problem))
        .toList();
  }

  static String elementIds(Problem problem) {
    return problem.getMainElementId() == null ? "" : " " + problem.getMainElementId();
  }

  static ProcessEngineException refusal(ProcessEngine engine, String xml) {
    ProcessEngineException refused = catchThrowableOfType(ProcessEngineException.class, () -> engine
        .getRepositoryService().createDeployment().name("schema-3").addString("doctype.bpmn", xml).deploy());
    assertThat(refused).as("refused").isNotNull();
    return refused;
  }

  static String rootMessage(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
