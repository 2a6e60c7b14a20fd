package vn.gov.plans.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.stream.Collectors;

/** Reads a plan definition file (YAML); any fault becomes a {@link PlanError} with its path. */
public final class PlanDefinitionReader {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private PlanDefinitionReader() {}

  public static PlanDefinition read(String yaml) {
    if (yaml == null || yaml.isBlank()) {
      throw new InvalidPlanException(List.of(new PlanError("", "Tệp kế hoạch rỗng.")));
    }
    try {
      PlanDefinition plan = YAML.readValue(yaml, PlanDefinition.class);
      if (plan == null) {
        throw new InvalidPlanException(List.of(new PlanError("", "Tệp kế hoạch rỗng.")));
      }
      return plan;
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof StreamReadException syntax) {
        throw syntaxError(syntax);
      }
      throw new InvalidPlanException(List.of(new PlanError(path(e), describe(e))));
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    }
  }

  private static InvalidPlanException syntaxError(JsonProcessingException e) {
    String line = e.getLocation() == null ? "" : " (dòng " + e.getLocation().getLineNr() + ")";
    return new InvalidPlanException(
        List.of(new PlanError("", "YAML sai cú pháp" + line + ": " + e.getOriginalMessage())));
  }

  private static String describe(JsonMappingException e) {
    String line = e.getLocation() == null ? "" : " (dòng " + e.getLocation().getLineNr() + ")";
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "Trường \"" + unknown.getPropertyName() + "\" không có trong định dạng kế hoạch" + line + ".";
    }
    if (e instanceof InvalidFormatException format) {
      return "Giá trị \"" + format.getValue() + "\" không hợp lệ" + line + ".";
    }
    Throwable cause = e.getCause();
    if (cause instanceof IllegalArgumentException invalid && invalid.getMessage() != null) {
      return invalid.getMessage() + line;
    }
    return "Giá trị không hợp lệ" + line + ": " + e.getOriginalMessage();
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }
}
