package vn.gov.plans.agency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.gov.plans.agency.Directory.Agency;
import vn.gov.plans.agency.Directory.Tenant;

/** Reads and validates the directory file; either a complete valid directory or an exception. */
public final class DirectoryReader {

  static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,47}");
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private DirectoryReader() {}

  public static Directory read(String fileName, InputStream content) {
    Directory directory;
    try {
      directory = YAML.readValue(content, Directory.class);
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof StreamReadException syntax) {
        throw new DirectoryException(
            fileName, List.of("YAML sai cú pháp, " + location(syntax) + ": " + syntax.getOriginalMessage()));
      }
      throw new DirectoryException(fileName, List.of(describe(e)));
    } catch (JsonProcessingException e) {
      throw new DirectoryException(
          fileName, List.of("YAML sai cú pháp, " + location(e) + ": " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new DirectoryException(fileName, List.of("không đọc được tệp: " + e.getMessage()));
    }
    List<String> problems = validate(directory);
    if (!problems.isEmpty()) {
      throw new DirectoryException(fileName, problems);
    }
    return directory;
  }

  static List<String> validate(Directory directory) {
    List<String> problems = new ArrayList<>();
    if (directory == null) {
      return List.of("tệp rỗng");
    }
    if (directory.nationalSupervisors() == null) {
      problems.add("nationalSupervisors: thiếu nhóm giám sát cấp quốc gia");
    } else {
      checkId(problems, "nationalSupervisors.id", directory.nationalSupervisors().id());
      checkText(problems, "nationalSupervisors.name", directory.nationalSupervisors().name());
    }
    if (directory.tenants() == null || directory.tenants().isEmpty()) {
      problems.add("tenants: danh mục phải có ít nhất một tỉnh, thành phố");
      return problems;
    }
    Set<String> tenantIds = new HashSet<>();
    Set<String> agencyIds = new HashSet<>();
    for (int t = 0; t < directory.tenants().size(); t++) {
      Tenant tenant = directory.tenants().get(t);
      String at = "tenants[" + t + "]";
      if (tenant == null) {
        problems.add(at + ": mục rỗng");
        continue;
      }
      at += " (" + tenant.id() + ")";
      checkId(problems, at + ".id", tenant.id());
      checkText(problems, at + ".name", tenant.name());
      if (tenant.id() != null && !tenantIds.add(tenant.id())) {
        problems.add(at + ".id: mã tỉnh, thành phố bị trùng");
      }
      if (tenant.agencies() == null || tenant.agencies().isEmpty()) {
        problems.add(at + ".agencies: phải có ít nhất một đơn vị");
        continue;
      }
      Set<String> ownIds =
          tenant.agencies().stream()
              .filter(a -> a != null && a.id() != null)
              .map(Agency::id)
              .collect(Collectors.toSet());
      for (int a = 0; a < tenant.agencies().size(); a++) {
        Agency agency = tenant.agencies().get(a);
        String entry = at + ".agencies[" + a + "]";
        if (agency == null) {
          problems.add(entry + ": mục rỗng");
          continue;
        }
        entry += " (" + agency.id() + ")";
        checkId(problems, entry + ".id", agency.id());
        if (agency.id() != null && tenant.id() != null && !agency.id().startsWith(tenant.id() + "-")) {
          problems.add(entry + ".id: mã đơn vị phải bắt đầu bằng \"" + tenant.id() + "-\"");
        }
        if (agency.id() != null && !agencyIds.add(agency.id())) {
          problems.add(entry + ".id: mã đơn vị bị trùng");
        }
        checkText(problems, entry + ".name", agency.name());
        if (agency.kind() == null) {
          problems.add(entry + ".kind: thiếu loại đơn vị");
        }
        if (agency.parent() != null && !ownIds.contains(agency.parent())) {
          problems.add(
              entry + ".parent: đơn vị cấp trên \"" + agency.parent() + "\" không có trong " + tenant.id());
        }
        if (agency.parent() != null && agency.parent().equals(agency.id())) {
          problems.add(entry + ".parent: đơn vị không thể là cấp trên của chính nó");
        }
      }
    }
    return problems;
  }

  private static void checkId(List<String> problems, String path, String id) {
    if (id == null || id.isBlank()) {
      problems.add(path + ": thiếu mã");
    } else if (!ID.matcher(id).matches()) {
      problems.add(
          path + ": mã \"" + id + "\" chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa 48 ký tự");
    }
  }

  private static void checkText(List<String> problems, String path, String text) {
    if (text == null || text.isBlank()) {
      problems.add(path + ": thiếu tên");
    }
  }

  private static String describe(JsonMappingException e) {
    String path =
        e.getPath().stream()
            .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining())
            .replaceFirst("^\\.", "");
    return (path.isEmpty() ? "" : path + ", ") + location(e) + ": " + e.getOriginalMessage();
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null ? "vị trí không rõ" : "dòng " + e.getLocation().getLineNr();
  }
}
