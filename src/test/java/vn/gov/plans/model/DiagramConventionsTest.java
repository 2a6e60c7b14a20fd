package vn.gov.plans.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conventions every diagram in bpmn/ keeps, so that modelers and code agree: one id scheme,
 * a layout for every element, Vietnamese names where people read them, thin delegates, forms.
 */
class DiagramConventionsTest {

  static final Path BPMN = Path.of("bpmn");
  /** {@code userTask_reportResult}, {@code gateway_completionConfirmed}, {@code flow_returned}. */
  static final Pattern ID = Pattern.compile(
      "(process|startEvent|endEvent|userTask|serviceTask|sendTask|receiveTask|scriptTask|"
          + "businessRuleTask|callActivity|subProcess|gateway|boundaryEvent|timerEvent|"
          + "intermediateEvent|messageEvent|flow|lane|laneSet|participant|collaboration|"
          + "message|signal|error|escalation|timer|multiInstance)_[a-z][A-Za-z0-9]*");
  /** A name a person reads contains at least one Vietnamese letter with a diacritic. */
  static final Pattern VIETNAMESE = Pattern.compile(
      ".*[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ].*",
      Pattern.CASE_INSENSITIVE);

  static Stream<Path> diagrams() throws IOException {
    try (Stream<Path> files = Files.list(BPMN)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  static BpmnModelInstance read(Path diagram) {
    return Bpmn.readModelFromFile(diagram.toFile());
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everyFlowElementFollowsTheIdScheme(Path diagram) {
    BpmnModelInstance model = read(diagram);
    Stream.concat(elements(model, FlowElement.class).stream(), elements(model, Process.class).stream())
        .forEach(element -> assertThat(element.getId()).as(diagram + ": id").matches(ID));
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everyElementHasALayout(Path diagram) {
    BpmnModelInstance model = read(diagram);
    Set<String> shapes = new HashSet<>();
    elements(model, BpmnShape.class).forEach(shape -> shapes.add(shape.getBpmnElement().getId()));
    Set<String> edges = new HashSet<>();
    elements(model, BpmnEdge.class).forEach(edge -> edges.add(edge.getBpmnElement().getId()));

    elements(model, FlowNode.class)
        .forEach(node -> assertThat(shapes).as(diagram + ": shape of " + node.getId()).contains(node.getId()));
    elements(model, SequenceFlow.class)
        .forEach(flow -> assertThat(edges).as(diagram + ": edge of " + flow.getId()).contains(flow.getId()));
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void processesAndTasksHaveVietnameseNamesAndAHistoryTimeToLive(Path diagram) {
    BpmnModelInstance model = read(diagram);
    for (Process process : elements(model, Process.class)) {
      assertThat(process.getName()).as(diagram + ": process name").matches(VIETNAMESE);
      assertThat(process.getCamundaHistoryTimeToLiveString()).as(diagram + ": history time to live").isNotBlank();
    }
    elements(model, org.camunda.bpm.model.bpmn.instance.Activity.class)
        .forEach(task -> assertThat(task.getName()).as(diagram + ": name of " + task.getId()).matches(VIETNAMESE));
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void serviceTasksAreDelegateExpressions(Path diagram) {
    elements(read(diagram), ServiceTask.class).forEach(task -> {
      assertThat(task.getCamundaDelegateExpression()).as(diagram + ": " + task.getId()).startsWith("${");
      assertThat(task.getCamundaClass()).as(diagram + ": " + task.getId()).isNull();
    });
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void userTasksHaveAGroupAndADeployedForm(Path diagram) throws IOException {
    Set<String> formIds = formIds();
    for (UserTask task : elements(read(diagram), UserTask.class)) {
      assertThat(task.getCamundaCandidateGroups()).as(diagram + ": group of " + task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRefBinding()).as(diagram + ": " + task.getId()).isEqualTo("deployment");
      assertThat(formIds).as(diagram + ": form of " + task.getId()).contains(task.getCamundaFormRef());
    }
  }

  static Set<String> formIds() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    try (Stream<Path> files = Files.list(BPMN)) {
      for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        ids.add(json.readTree(form.toFile()).path("id").asText());
      }
    }
    return ids;
  }

  static <T extends org.camunda.bpm.model.xml.instance.ModelElementInstance> List<T> elements(
      BpmnModelInstance model, Class<T> type) {
    Collection<T> found = model.getModelElementsByType(type);
    return List.copyOf(found);
  }
}
