package vn.gov.plans.plan;

import java.time.LocalDate;
import java.util.List;
import vn.gov.plans.agency.AgencyKind;
import vn.gov.plans.calendar.ReportingSchedule;

/**
 * A plan as its definition file states it (YAML, see {@code plans/plan-definition.schema.json}).
 * Plain data, read by {@link PlanDefinitionReader} and checked by {@link PlanValidator}.
 *
 * @param province the tenant id ("hue")
 * @param documentType abbreviation of the document type (Decree 30/2020, Appendix III): KH, CTr, ...
 * @param issued the number, date and signatures of a plan already signed on paper; null for a new
 *     plan, which starts at drafting
 */
public record PlanDefinition(
    String province,
    String documentType,
    String title,
    String place,
    Period period,
    String leadAgency,
    Parent parent,
    List<String> legalBases,
    List<Issuer> issuers,
    Issued issued,
    List<Recipient> recipients,
    List<Task> tasks,
    List<Target> targets,
    List<ReportingDuty> reporting,
    List<Review> reviews,
    Budget budget,
    Integer reminderWorkingDays) {

  public PlanDefinition {
    legalBases = orEmpty(legalBases);
    issuers = orEmpty(issuers);
    recipients = orEmpty(recipients);
    tasks = orEmpty(tasks);
    targets = orEmpty(targets);
    reporting = orEmpty(reporting);
    reviews = orEmpty(reviews);
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** The plan's period of validity ("giai đoạn 2026-2030"). */
  public record Period(LocalDate from, LocalDate to) {
    public boolean contains(LocalDate date) {
      return date != null && from != null && to != null && !date.isBefore(from) && !date.isAfter(to);
    }
  }

  /** The higher plan this one implements: a plan of this system (by id) or an outside document. */
  public record Parent(Long planId, String reference) {}

  /**
   * An issuing agency; a joint programme has several.
   *
   * @param symbol the issuer's part of the document symbol ("UBND" in "310/KH-UBND")
   * @param office the agency whose office reviews drafts; the issuer itself when absent
   */
  public record Issuer(String agency, String symbol, String office) {}

  /** A plan signed on paper: its number in each issuer's register, its date and its signatures. */
  public record Issued(Integer number, String symbol, LocalDate date, List<Signature> signatures) {
    public Issued {
      signatures = orEmpty(signatures);
    }
  }

  /**
   * A signature block: authority lines such as "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", then the
   * signer's title and name.
   */
  public record Signature(String issuer, List<String> authority, String signerTitle, String signerName) {
    public Signature {
      authority = orEmpty(authority);
    }
  }

  /** Agencies named one by one or by kind ("các Sở, ban, ngành"), within the plan's province. */
  public record AgencySelector(List<String> agencies, List<AgencyKind> kinds) {
    public AgencySelector {
      agencies = orEmpty(agencies);
      kinds = orEmpty(kinds);
    }

    public boolean isEmpty() {
      return agencies.isEmpty() && kinds.isEmpty();
    }
  }

  /** What a recipient in "Nơi nhận" must do. */
  public enum RecipientAction {
    /** For information ("để b/c", "để biết"). */
    INFORM,
    /** Acknowledge receipt and organise implementation. */
    ACKNOWLEDGE,
    /** Issue the agency's own implementing plan by the deadline. */
    ISSUE_IMPLEMENTING_PLAN
  }

  public record Recipient(AgencySelector to, RecipientAction action, LocalDate deadline) {}

  /** How a task runs in time. */
  public enum TaskKind {
    /** "Nhiệm vụ thường xuyên": no deadline. */
    ONGOING,
    /** Due by a date ({@code due}) or within a year ({@code dueYear}). */
    DEADLINE,
    /** Recurring on a schedule ("tháng 10 hằng năm", "ngày 18/5"). */
    RECURRING,
    /** Started when both sides agree. */
    ON_DEMAND
  }

  /**
   * A task (nhiệm vụ): exactly one lead agency (Decree 39/2022), any cooperating agencies.
   *
   * @param key the task's key within the plan ("1", "II.3")
   * @param fromYear first year of a task "bắt đầu từ năm 2026"
   */
  public record Task(
      String key,
      String title,
      String lead,
      AgencySelector cooperating,
      TaskKind kind,
      LocalDate due,
      Integer dueYear,
      Integer fromYear,
      ReportingSchedule recurrence) {}

  /** How a reported value is compared with the threshold. */
  public enum Comparison {
    AT_LEAST,
    AT_MOST,
    EXACTLY
  }

  /** A measurable target (chỉ tiêu) for a year. */
  public record Target(
      String key,
      int year,
      String description,
      String unit,
      double threshold,
      Comparison comparison,
      AgencySelector reportedBy) {}

  /** Who reports to whom on which schedule. */
  public record ReportingDuty(
      String key,
      String name,
      AgencySelector reporters,
      String compiler,
      String receiver,
      ReportingSchedule schedule,
      Integer reminderWorkingDays) {}

  public enum ReviewKind {
    /** Sơ kết hằng năm. */
    YEARLY,
    /** Sơ kết giữa giai đoạn. */
    MID_TERM,
    /** Tổng kết. */
    FINAL
  }

  public record Review(ReviewKind kind, ReportingSchedule schedule, String compiler, String receiver) {}

  /** The yearly budget cycle: units estimate, the lead compiles, Finance appraises, approval. */
  public record Budget(AgencySelector estimators, String appraiser, String approver, ReportingSchedule schedule) {}
}
