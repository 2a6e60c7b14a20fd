package vn.gov.plans.agency;

import java.util.List;

/** The directory file cannot be used; the message names the file, each faulty entry and the fault. */
public class DirectoryException extends RuntimeException {

  private final List<String> problems;

  public DirectoryException(String file, List<String> problems) {
    super("Tệp danh mục đơn vị " + file + " không hợp lệ:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
