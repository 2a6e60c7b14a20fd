package vn.gov.plans.reporting.document;

/** A task as one agency reported it: "Ban hành kế hoạch triển khai" / "Hoàn thành quá hạn". */
public record TaskLine(String title, String status) {

  public TaskLine {
    title = IssuingBody.requireText(title, "title");
    status = IssuingBody.requireText(status, "status");
  }
}
