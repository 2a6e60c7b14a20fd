package vn.gov.plans.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.gov.plans.agency.AgencyKind;
import vn.gov.plans.agency.Directory;
import vn.gov.plans.plan.PlanDefinition.AgencySelector;
import vn.gov.plans.plan.PlanDefinition.Issuer;
import vn.gov.plans.plan.PlanDefinition.Recipient;
import vn.gov.plans.plan.PlanDefinition.ReportingDuty;
import vn.gov.plans.plan.PlanDefinition.Review;
import vn.gov.plans.plan.PlanDefinition.Signature;
import vn.gov.plans.plan.PlanDefinition.Target;
import vn.gov.plans.plan.PlanDefinition.Task;
import vn.gov.plans.calendar.VietnameseDates;

/**
 * Checks a plan definition against the directory and the registers. Collects every problem, so the
 * user sees them all at once, and resolves agency selectors to agency ids.
 */
public final class PlanValidator {

  /** What the validator needs to know about plans already stored. */
  public interface Registry {
    boolean numberTaken(String issuerAgency, String documentType, int year, int number);

    boolean planExists(long planId);
  }

  static final Pattern DOCUMENT_TYPE = Pattern.compile("[A-ZĐ][A-Za-zĐđ]{0,9}");
  static final List<String> AUTHORITY_PREFIXES = List.of("TM.", "KT.", "Q.", "TL.", "TUQ.");

  private final Directory directory;
  private final Registry registry;

  public PlanValidator(Directory directory, Registry registry) {
    this.directory = directory;
    this.registry = registry;
  }

  /** The agencies of the plan's province selected by {@code selector}, in directory order. */
  public Set<String> resolve(String province, AgencySelector selector) {
    Set<String> agencies = new LinkedHashSet<>();
    if (selector == null) {
      return agencies;
    }
    directory.tenants().stream()
        .filter(t -> t.id().equals(province))
        .flatMap(t -> t.agencies().stream())
        .filter(a -> selector.agencies().contains(a.id()) || selector.kinds().contains(a.kind()))
        .forEach(a -> agencies.add(a.id()));
    return agencies;
  }

  public List<PlanError> validate(PlanDefinition plan) {
    Check check = new Check(plan);
    check.run();
    return check.errors;
  }

  /** One validation run. */
  private final class Check {
    final PlanDefinition plan;
    final List<PlanError> errors = new ArrayList<>();
    final Map<String, AgencyKind> agencies;

    Check(PlanDefinition plan) {
      this.plan = plan;
      this.agencies = directory.tenants().stream()
          .filter(t -> t.id().equals(plan.province()))
          .flatMap(t -> t.agencies().stream())
          .collect(Collectors.toMap(Directory.Agency::id, Directory.Agency::kind));
    }

    void run() {
      if (blank(plan.province())) {
        error("province", "Thiếu tỉnh, thành phố ban hành kế hoạch.");
      } else if (agencies.isEmpty()) {
        error("province", "Tỉnh, thành phố \"" + plan.province() + "\" không có trong danh mục.");
        return;
      }
      required("title", plan.title(), "Thiếu tên kế hoạch.");
      if (blank(plan.documentType()) || !DOCUMENT_TYPE.matcher(plan.documentType()).matches()) {
        error("documentType", "Loại văn bản phải là chữ viết tắt như KH, CTr (Nghị định 30/2020).");
      }
      period();
      agency("leadAgency", plan.leadAgency(), "Kế hoạch phải có đơn vị chủ trì.");
      parent();
      issuers();
      issued();
      each("recipients", plan.recipients(), this::recipient);
      tasks();
      each("targets", plan.targets(), this::target);
      each("reporting", plan.reporting(), this::reporting);
      each("reviews", plan.reviews(), this::review);
      budget();
      if (plan.reminderWorkingDays() != null && plan.reminderWorkingDays() < 0) {
        error("reminderWorkingDays", "Số ngày làm việc nhắc trước không được âm.");
      }
    }

    void period() {
      var period = plan.period();
      if (period == null || period.from() == null || period.to() == null) {
        error("period", "Thiếu thời gian thực hiện kế hoạch (period.from, period.to).");
      } else if (period.to().isBefore(period.from())) {
        error("period.to", "Ngày kết thúc " + vn(period.to()) + " trước ngày bắt đầu " + vn(period.from()) + ".");
      }
    }

    void parent() {
      if (plan.parent() != null && plan.parent().planId() != null && !registry.planExists(plan.parent().planId())) {
        error("parent.planId", "Không có kế hoạch số " + plan.parent().planId() + " trong hệ thống.");
      }
    }

    void issuers() {
      if (plan.issuers().isEmpty()) {
        error("issuers", "Kế hoạch phải có ít nhất một cơ quan ban hành.");
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < plan.issuers().size(); i++) {
        Issuer issuer = plan.issuers().get(i);
        String at = "issuers[" + i + "]";
        agency(at + ".agency", issuer.agency(), "Thiếu cơ quan ban hành.");
        if (issuer.agency() != null && !seen.add(issuer.agency())) {
          error(at + ".agency", "Cơ quan ban hành bị trùng.");
        }
        required(at + ".symbol", issuer.symbol(), "Thiếu ký hiệu cơ quan ban hành (ví dụ UBND).");
        if (issuer.office() != null) {
          agency(at + ".office", issuer.office(), null);
        }
      }
    }

    void issued() {
      var issued = plan.issued();
      if (issued == null) {
        return;
      }
      if (issued.number() == null || issued.number() < 1) {
        error("issued.number", "Số văn bản phải là số nguyên dương.");
      }
      required("issued.symbol", issued.symbol(), "Thiếu số và ký hiệu văn bản (ví dụ 310/KH-UBND).");
      if (issued.date() == null) {
        error("issued.date", "Thiếu ngày ban hành.");
      }
      if (issued.number() != null && issued.date() != null && plan.documentType() != null) {
        for (Issuer issuer : plan.issuers()) {
          if (issuer.agency() != null && registry.numberTaken(
              issuer.agency(), plan.documentType(), issued.date().getYear(), issued.number())) {
            error("issued.number", "Số " + issued.number() + " loại " + plan.documentType() + " năm "
                + issued.date().getYear() + " của " + issuer.agency() + " đã được dùng cho văn bản khác.");
          }
        }
      }
      Set<String> issuers = plan.issuers().stream().map(Issuer::agency).collect(Collectors.toSet());
      Set<String> signed = new HashSet<>();
      for (int i = 0; i < issued.signatures().size(); i++) {
        Signature signature = issued.signatures().get(i);
        String at = "issued.signatures[" + i + "]";
        if (signature.issuer() == null || !issuers.contains(signature.issuer())) {
          error(at + ".issuer", "Chữ ký phải của một cơ quan ban hành của kế hoạch.");
        } else {
          signed.add(signature.issuer());
        }
        for (int l = 0; l < signature.authority().size(); l++) {
          String line = signature.authority().get(l);
          if (line == null || AUTHORITY_PREFIXES.stream().noneMatch(line::startsWith)) {
            error(at + ".authority[" + l + "]",
                "Dòng thẩm quyền ký phải bắt đầu bằng TM., KT., Q., TL. hoặc TUQ.");
          }
        }
        required(at + ".signerTitle", signature.signerTitle(), "Thiếu chức vụ người ký.");
        required(at + ".signerName", signature.signerName(), "Thiếu họ tên người ký.");
      }
      for (String issuer : issuers) {
        if (issuer != null && !signed.contains(issuer)) {
          error("issued.signatures", "Thiếu chữ ký của cơ quan ban hành " + issuer + ".");
        }
      }
    }

    void recipient(String at, Recipient recipient) {
      selector(at + ".to", recipient.to(), true);
      if (recipient.action() == null) {
        error(at + ".action", "Thiếu việc đơn vị nhận phải làm (INFORM, ACKNOWLEDGE, ISSUE_IMPLEMENTING_PLAN).");
      } else if (recipient.action() == PlanDefinition.RecipientAction.ISSUE_IMPLEMENTING_PLAN
          && recipient.deadline() == null) {
        error(at + ".deadline", "Phải có hạn ban hành kế hoạch thực hiện.");
      }
      if (recipient.deadline() != null) {
        withinPeriod(at + ".deadline", recipient.deadline());
      }
    }

    void tasks() {
      Set<String> keys = new HashSet<>();
      for (int i = 0; i < plan.tasks().size(); i++) {
        Task task = plan.tasks().get(i);
        String at = "tasks[" + i + "]";
        if (blank(task.key())) {
          error(at + ".key", "Thiếu mã nhiệm vụ.");
        } else if (!keys.add(task.key())) {
          error(at + ".key", "Mã nhiệm vụ \"" + task.key() + "\" bị trùng.");
        }
        required(at + ".title", task.title(), "Thiếu nội dung nhiệm vụ.");
        agency(at + ".lead", task.lead(), "Nhiệm vụ phải có đúng một đơn vị chủ trì.");
        selector(at + ".cooperating", task.cooperating(), false);
        if (task.kind() == null) {
          error(at + ".kind", "Thiếu loại nhiệm vụ (ONGOING, DEADLINE, RECURRING, ON_DEMAND).");
        } else {
          switch (task.kind()) {
            case DEADLINE -> {
              if (task.due() == null && task.dueYear() == null) {
                error(at + ".due", "Nhiệm vụ có thời hạn phải có ngày (due) hoặc năm hoàn thành (dueYear).");
              }
            }
            case RECURRING -> {
              if (task.recurrence() == null) {
                error(at + ".recurrence", "Nhiệm vụ định kỳ phải có lịch lặp lại.");
              }
            }
            default -> { }
          }
        }
        if (task.due() != null) {
          withinPeriod(at + ".due", task.due());
        }
        year(at + ".dueYear", task.dueYear());
        year(at + ".fromYear", task.fromYear());
      }
    }

    void target(String at, Target target) {
      required(at + ".key", target.key(), "Thiếu mã chỉ tiêu.");
      required(at + ".description", target.description(), "Thiếu nội dung chỉ tiêu.");
      required(at + ".unit", target.unit(), "Thiếu đơn vị tính.");
      year(at + ".year", target.year());
      if (target.comparison() == null) {
        error(at + ".comparison", "Thiếu cách so sánh (AT_LEAST, AT_MOST, EXACTLY).");
      }
      selector(at + ".reportedBy", target.reportedBy(), false);
    }

    void reporting(String at, ReportingDuty duty) {
      required(at + ".key", duty.key(), "Thiếu mã chế độ báo cáo.");
      required(at + ".name", duty.name(), "Thiếu tên báo cáo.");
      selector(at + ".reporters", duty.reporters(), true);
      agency(at + ".compiler", duty.compiler(), "Thiếu đơn vị tổng hợp báo cáo.");
      agency(at + ".receiver", duty.receiver(), "Thiếu nơi nhận báo cáo tổng hợp.");
      if (duty.schedule() == null) {
        error(at + ".schedule", "Thiếu thời hạn báo cáo.");
      }
      if (duty.reminderWorkingDays() != null && duty.reminderWorkingDays() < 0) {
        error(at + ".reminderWorkingDays", "Số ngày làm việc nhắc trước không được âm.");
      }
    }

    void review(String at, Review review) {
      if (review.kind() == null) {
        error(at + ".kind", "Thiếu loại sơ kết, tổng kết (YEARLY, MID_TERM, FINAL).");
      }
      if (review.schedule() == null) {
        error(at + ".schedule", "Thiếu thời gian sơ kết, tổng kết.");
      }
      agency(at + ".compiler", review.compiler(), "Thiếu đơn vị tổng hợp.");
      agency(at + ".receiver", review.receiver(), "Thiếu cơ quan nhận báo cáo.");
    }

    void budget() {
      var budget = plan.budget();
      if (budget == null) {
        return;
      }
      selector("budget.estimators", budget.estimators(), true);
      agency("budget.appraiser", budget.appraiser(), "Thiếu cơ quan thẩm định (Sở Tài chính).");
      agency("budget.approver", budget.approver(), "Thiếu cơ quan phê duyệt.");
      if (budget.schedule() == null) {
        error("budget.schedule", "Thiếu thời hạn lập dự toán.");
      }
    }

    <T> void each(String name, List<T> items, java.util.function.BiConsumer<String, T> check) {
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) == null) {
          error(name + "[" + i + "]", "Mục rỗng.");
        } else {
          check.accept(name + "[" + i + "]", items.get(i));
        }
      }
    }

    void selector(String at, AgencySelector selector, boolean required) {
      if (selector == null || selector.isEmpty()) {
        if (required) {
          error(at, "Phải nêu ít nhất một đơn vị (agencies) hoặc loại đơn vị (kinds).");
        }
        return;
      }
      for (int i = 0; i < selector.agencies().size(); i++) {
        agency(at + ".agencies[" + i + "]", selector.agencies().get(i), "Mã đơn vị rỗng.");
      }
      for (int i = 0; i < selector.kinds().size(); i++) {
        AgencyKind kind = selector.kinds().get(i);
        if (kind != null && !agencies.containsValue(kind)) {
          error(at + ".kinds[" + i + "]", "Không có đơn vị nào loại \"" + kind.label() + "\" ở " + plan.province() + ".");
        }
      }
    }

    void agency(String at, String agency, String missing) {
      if (blank(agency)) {
        if (missing != null) {
          error(at, missing);
        }
      } else if (!agencies.containsKey(agency)) {
        error(at, "Đơn vị \"" + agency + "\" không có trong danh mục của " + plan.province() + ".");
      }
    }

    void withinPeriod(String at, LocalDate date) {
      if (plan.period() != null && plan.period().from() != null && plan.period().to() != null
          && !plan.period().contains(date)) {
        error(at, "Ngày " + vn(date) + " nằm ngoài thời gian thực hiện kế hoạch ("
            + vn(plan.period().from()) + " – " + vn(plan.period().to()) + ").");
      }
    }

    void year(String at, Integer year) {
      if (year != null && plan.period() != null && plan.period().from() != null && plan.period().to() != null
          && (year < plan.period().from().getYear() || year > plan.period().to().getYear())) {
        error(at, "Năm " + year + " nằm ngoài thời gian thực hiện kế hoạch.");
      }
    }

    void required(String at, String value, String message) {
      if (blank(value)) {
        error(at, message);
      }
    }

    void error(String path, String message) {
      errors.add(new PlanError(path, message));
    }
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  static String vn(LocalDate date) {
    return VietnameseDates.format(date);
  }
}
