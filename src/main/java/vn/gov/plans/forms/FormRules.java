package vn.gov.plans.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The validation rules of a Camunda Form (form-js JSON), checked again on the server: Tasklist checks
 * them in the browser only, and a task can be completed through REST without the form.
 */
public final class FormRules {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One field's rules. {@code conditional} fields may be hidden, so "required" is not enforced. */
  record Field(String key, String label, boolean required, Integer minLength, Integer maxLength,
      Double min, Double max, Pattern pattern, List<String> allowed, boolean conditional) {}

  private final List<Field> fields;

  private FormRules(List<Field> fields) {
    this.fields = fields;
  }

  public static FormRules parse(InputStream form) {
    try {
      List<Field> fields = new ArrayList<>();
      collect(JSON.readTree(form).path("components"), fields);
      return new FormRules(fields);
    } catch (IOException e) {
      throw new IllegalStateException("Biểu mẫu không đọc được: " + e.getMessage(), e);
    }
  }

  List<Field> fields() {
    return fields;
  }

  private static void collect(JsonNode components, List<Field> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (type.equals("group")) {
        collect(component.path("components"), fields);
        continue;
      }
      if (!component.hasNonNull("key") || component.path("readonly").asBoolean(false)
          || component.path("disabled").asBoolean(false) || type.equals("dynamiclist")) {
        continue;
      }
      JsonNode validate = component.path("validate");
      List<String> allowed = new ArrayList<>();
      if ((type.equals("radio") || type.equals("select")) && component.path("values").isArray()) {
        component.path("values").forEach(option -> allowed.add(option.path("value").asText()));
      }
      fields.add(new Field(
          component.path("key").asText(),
          component.path("label").asText(component.path("dateLabel").asText(component.path("key").asText())),
          validate.path("required").asBoolean(false),
          validate.hasNonNull("minLength") ? validate.path("minLength").asInt() : null,
          validate.hasNonNull("maxLength") ? validate.path("maxLength").asInt() : null,
          validate.hasNonNull("min") ? validate.path("min").asDouble() : null,
          validate.hasNonNull("max") ? validate.path("max").asDouble() : null,
          validate.hasNonNull("pattern") ? Pattern.compile(validate.path("pattern").asText()) : null,
          allowed,
          component.has("conditional")));
    }
  }

  /** Every rule the values break, in Vietnamese; empty when they are valid. */
  public List<String> check(Map<String, Object> values) {
    List<String> problems = new ArrayList<>();
    for (Field field : fields) {
      Object value = values.get(field.key());
      String label = "«" + field.label() + "»";
      boolean empty = value == null || (value instanceof String text && text.isBlank());
      if (empty) {
        if (field.required() && !field.conditional()) {
          problems.add(label + " là bắt buộc.");
        }
        continue;
      }
      if (value instanceof String text) {
        int length = text.codePointCount(0, text.length());
        if (field.minLength() != null && length < field.minLength()) {
          problems.add(label + " cần ít nhất " + field.minLength() + " ký tự.");
        }
        if (field.maxLength() != null && length > field.maxLength()) {
          problems.add(label + " dài tối đa " + field.maxLength() + " ký tự.");
        }
        if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
          problems.add(label + " không đúng định dạng.");
        }
      }
      if (value instanceof Number number) {
        if (field.min() != null && number.doubleValue() < field.min()) {
          problems.add(label + " không được nhỏ hơn " + format(field.min()) + ".");
        }
        if (field.max() != null && number.doubleValue() > field.max()) {
          problems.add(label + " không được lớn hơn " + format(field.max()) + ".");
        }
      }
      if (!field.allowed().isEmpty() && !field.allowed().contains(String.valueOf(value))) {
        problems.add(label + " không nằm trong các lựa chọn của biểu mẫu.");
      }
    }
    return problems;
  }

  private static String format(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }
}
