package vn.gov.plans.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.plans.ApplicationTest;
import vn.gov.plans.access.ProvinceTenantIdProvider;

/** Texts longer than the engine's 4,000-character column, as a report's results or a compiled report. */
@ApplicationTest
class LongTextTest {

  static final String KEY = "process_longTextTest";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  String deploymentId;

  @BeforeEach
  void deploy() {
    deploymentId = repositoryService.createDeployment()
        .addModelInstance("long-text-test.bpmn", Bpmn.createExecutableProcess(KEY)
            .camundaHistoryTimeToLive(1)
            .startEvent().userTask("userTask_write").name("Viết").endEvent()
            .done())
        .deploy().getId();
  }

  @AfterEach
  void undeploy() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  static String text(int length) {
    String sentence = "Sở Văn hóa và Thể thao đã tổ chức 04 hội nghị quán triệt Nghị quyết số 57-NQ/TW. ";
    return sentence.repeat(length / sentence.length() + 1).substring(0, length);
  }

  @Test
  void aTextLongerThanTheColumnIsKeptWholeAndReadAsAString() {
    String results = text(12_000);
    String instance = runtimeService.startProcessInstanceByKey(KEY, Map.of(ProvinceTenantIdProvider.PROVINCE, "hue", "summary", text(4_001))).getId();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

    formService.submitTaskForm(task, Map.of("results", results, "difficulties", "Không có."));

    StringValue stored = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("results").singleResult().getTypedValue() instanceof StringValue value ? value : null;
    assertThat(stored).isNotNull();
    assertThat(stored.getType()).isEqualTo(ValueType.STRING);
    assertThat(stored.getValue()).isEqualTo(results);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("summary").singleResult().getValue()).isEqualTo(text(4_001));
    assertThat(jdbc.queryForList("select NAME_, VAR_TYPE_ from ACT_HI_VARINST where PROC_INST_ID_ = ? order by NAME_",
        instance)).extracting(row -> row.get("NAME_") + ":" + row.get("VAR_TYPE_"))
        .containsExactly("difficulties:string", ProvinceTenantIdProvider.PROVINCE + ":string", "results:longString",
            "summary:longString");
    // the form's own echo in the history: fitted to its column
    String echo = jdbc.queryForObject("select TEXT_ from ACT_HI_DETAIL where PROC_INST_ID_ = ? and TYPE_ = 'FormProperty'"
        + " and NAME_ = 'results'", String.class, instance);
    assertThat(echo).hasSize(4000).endsWith("…").startsWith(results.substring(0, 3999));
  }

  @Test
  void aTextCanGrowPastTheColumnAndShrinkBack() {
    String instance = runtimeService.startProcessInstanceByKey(KEY, Map.of(ProvinceTenantIdProvider.PROVINCE, "hue", "results", "Ngắn.")).getId();

    runtimeService.setVariable(instance, "results", text(5_000));
    assertThat(runtimeService.getVariableTyped(instance, "results").getValue()).isEqualTo(text(5_000));
    assertThat(runtimeService.getVariableTyped(instance, "results").getType()).isEqualTo(ValueType.STRING);

    runtimeService.setVariable(instance, "results", text(4_000));
    assertThat(runtimeService.getVariable(instance, "results")).isEqualTo(text(4_000));
    assertThat(jdbc.queryForObject("select TYPE_ from ACT_RU_VARIABLE where PROC_INST_ID_ = ? and NAME_ = 'results'",
        String.class, instance)).isEqualTo("string");
  }
}
