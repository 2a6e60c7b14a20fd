package vn.gov.plans.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.gov.plans.calendar.ReportingSchedule;
import vn.gov.plans.plan.PlanDefinition.Issuer;
import vn.gov.plans.plan.PlanDefinition.RecipientAction;

/** The project's plan tables (db/migration/V1__plans.sql). */
@Repository
public class PlanRepository {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private final JdbcClient jdbc;

  PlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A plan's agencies after resolving the selectors of its definition. */
  public record Resolved(
      Map<Integer, Set<String>> cooperating,
      Map<Integer, Set<String>> targetReporters,
      Map<Integer, Set<String>> dutyReporters,
      Map<String, Recipient> recipients,
      Set<String> budgetEstimators,
      Set<String> reviewReporters) {}

  public record Recipient(String agency, RecipientAction action, LocalDate deadline) {}

  public record PlanRow(
      long id,
      String province,
      String documentType,
      String title,
      String leadAgency,
      LocalDate periodFrom,
      LocalDate periodTo,
      Long parentPlanId,
      PlanStage stage,
      String symbol,
      LocalDate issuedDate,
      int reminderDays,
      String processInstanceId) {}

  public record IssuerRow(String agency, String symbol, String office, String authority,
      String signerTitle, String signerName, LocalDate signedDate) {}

  public record TaskRow(long id, long planId, String key, String title, String leadAgency,
      PlanDefinition.TaskKind kind, LocalDate dueDate, Integer dueYear, Integer fromYear,
      LocalDate extendedDueDate, LocalDate completedDate) {}

  public record RecipientRow(String agency, RecipientAction action, LocalDate deadline,
      String implementingSymbol, LocalDate implementingDate) {}

  public long insert(PlanDefinition plan, Resolved resolved, String definition, PlanStage stage, int reminderDays) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into plan (province, document_type, title, place, lead_agency, period_from, period_to,
              parent_plan_id, parent_reference, stage, number_value, symbol, issued_date, reminder_days,
              definition, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(plan.province(), plan.documentType(), plan.title(), plan.place(), plan.leadAgency(),
            plan.period().from(), plan.period().to(),
            plan.parent() == null ? null : plan.parent().planId(),
            plan.parent() == null ? null : plan.parent().reference(),
            stage.name(),
            plan.issued() == null ? null : plan.issued().number(),
            plan.issued() == null ? null : plan.issued().symbol(),
            plan.issued() == null ? null : plan.issued().date(),
            reminderDays, definition, Timestamp.from(Instant.now()))
        .update(key, "id");
    long planId = key.getKey().longValue();

    for (int i = 0; i < plan.issuers().size(); i++) {
      Issuer issuer = plan.issuers().get(i);
      var signature = plan.issued() == null ? null : plan.issued().signatures().stream()
          .filter(s -> issuer.agency().equals(s.issuer())).findFirst().orElse(null);
      jdbc.sql("""
              insert into plan_issuer (plan_id, ordinal, agency, symbol, office, authority, signer_title,
                signer_name, signed_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(planId, i, issuer.agency(), issuer.symbol(), issuer.office(),
              signature == null ? null : String.join("\n", signature.authority()),
              signature == null ? null : signature.signerTitle(),
              signature == null ? null : signature.signerName(),
              signature == null ? null : plan.issued().date())
          .update();
    }
    for (int i = 0; i < plan.legalBases().size(); i++) {
      jdbc.sql("insert into plan_legal_basis (plan_id, ordinal, content) values (?, ?, ?)")
          .params(planId, i, plan.legalBases().get(i)).update();
    }
    for (int i = 0; i < plan.tasks().size(); i++) {
      var task = plan.tasks().get(i);
      KeyHolder taskKey = new GeneratedKeyHolder();
      jdbc.sql("""
              insert into plan_task (plan_id, task_key, title, lead_agency, kind, due_date, due_year,
                from_year, recurrence) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(planId, task.key(), task.title(), task.lead(), task.kind().name(), task.due(),
              task.dueYear(), task.fromYear(), json(task.recurrence()))
          .update(taskKey, "id");
      long taskId = taskKey.getKey().longValue();
      for (String agency : resolved.cooperating().getOrDefault(i, Set.of())) {
        jdbc.sql("insert into plan_task_cooperating (task_id, agency) values (?, ?)").params(taskId, agency).update();
      }
    }
    for (int i = 0; i < plan.targets().size(); i++) {
      var target = plan.targets().get(i);
      KeyHolder targetKey = new GeneratedKeyHolder();
      jdbc.sql("""
              insert into plan_target (plan_id, target_key, target_year, description, unit, threshold, comparison)
              values (?, ?, ?, ?, ?, ?, ?)""")
          .params(planId, target.key(), target.year(), target.description(), target.unit(),
              target.threshold(), target.comparison().name())
          .update(targetKey, "id");
      long targetId = targetKey.getKey().longValue();
      for (String agency : resolved.targetReporters().getOrDefault(i, Set.of())) {
        jdbc.sql("insert into plan_target_reporter (target_id, agency) values (?, ?)").params(targetId, agency).update();
      }
    }
    for (int i = 0; i < plan.reporting().size(); i++) {
      var duty = plan.reporting().get(i);
      KeyHolder dutyKey = new GeneratedKeyHolder();
      jdbc.sql("""
              insert into plan_reporting_duty (plan_id, duty_key, name, compiler, receiver, schedule, reminder_days)
              values (?, ?, ?, ?, ?, ?, ?)""")
          .params(planId, duty.key(), duty.name(), duty.compiler(), duty.receiver(), json(duty.schedule()),
              duty.reminderWorkingDays() == null ? reminderDays : duty.reminderWorkingDays())
          .update(dutyKey, "id");
      long dutyId = dutyKey.getKey().longValue();
      for (String agency : resolved.dutyReporters().getOrDefault(i, Set.of())) {
        jdbc.sql("insert into plan_reporting_reporter (duty_id, agency) values (?, ?)").params(dutyId, agency).update();
      }
    }
    for (int i = 0; i < plan.reviews().size(); i++) {
      var review = plan.reviews().get(i);
      jdbc.sql("insert into plan_review (plan_id, kind, schedule, compiler, receiver) values (?, ?, ?, ?, ?)")
          .params(planId, review.kind().name(), json(review.schedule()), review.compiler(), review.receiver())
          .update();
      // A review runs as a reporting duty of its own kind: the agencies that lead or report report on it.
      KeyHolder dutyKey = new GeneratedKeyHolder();
      jdbc.sql("""
              insert into plan_reporting_duty (plan_id, duty_key, name, compiler, receiver, schedule, reminder_days, kind)
              values (?, ?, ?, ?, ?, ?, ?, 'REVIEW')""")
          .params(planId, "REVIEW-" + (i + 1), reviewName(review.kind()), review.compiler(), review.receiver(),
              json(review.schedule()), reminderDays)
          .update(dutyKey, "id");
      long dutyId = dutyKey.getKey().longValue();
      for (String agency : resolved.reviewReporters()) {
        jdbc.sql("insert into plan_reporting_reporter (duty_id, agency) values (?, ?)").params(dutyId, agency).update();
      }
    }
    if (plan.budget() != null) {
      jdbc.sql("insert into plan_budget (plan_id, appraiser, approver, schedule) values (?, ?, ?, ?)")
          .params(planId, plan.budget().appraiser(), plan.budget().approver(), json(plan.budget().schedule()))
          .update();
      for (String agency : resolved.budgetEstimators()) {
        jdbc.sql("insert into plan_budget_estimator (plan_id, agency) values (?, ?)").params(planId, agency).update();
      }
    }
    for (Recipient recipient : resolved.recipients().values()) {
      jdbc.sql("insert into plan_recipient (plan_id, agency, action, deadline) values (?, ?, ?, ?)")
          .params(planId, recipient.agency(), recipient.action().name(), recipient.deadline())
          .update();
    }
    return planId;
  }

  static String reviewName(PlanDefinition.ReviewKind kind) {
    return switch (kind) {
      case YEARLY -> "Báo cáo sơ kết năm";
      case MID_TERM -> "Báo cáo sơ kết giữa giai đoạn";
      case FINAL -> "Báo cáo tổng kết";
    };
  }

  public void setProcessInstance(long planId, String processInstanceId) {
    jdbc.sql("update plan set process_instance_id = ? where id = ?").params(processInstanceId, planId).update();
  }

  public void setStage(long planId, PlanStage stage) {
    jdbc.sql("update plan set stage = ? where id = ?").params(stage.name(), planId).update();
  }

  public void setIssued(long planId, int number, String symbol, LocalDate issuedDate) {
    jdbc.sql("update plan set number_value = ?, symbol = ?, issued_date = ?, stage = ? where id = ?")
        .params(number, symbol, issuedDate, PlanStage.ISSUED.name(), planId)
        .update();
  }

  public void recordSignature(long planId, String issuer, String authority, String signerTitle,
      String signerName, LocalDate signedDate) {
    jdbc.sql("""
            update plan_issuer set authority = ?, signer_title = ?, signer_name = ?, signed_date = ?
            where plan_id = ? and agency = ?""")
        .params(authority, signerTitle, signerName, signedDate, planId, issuer)
        .update();
  }

  public void recordImplementingPlan(long planId, String agency, String symbol, LocalDate date) {
    jdbc.sql("""
            update plan_recipient set implementing_symbol = ?, implementing_date = ?
            where plan_id = ? and agency = ?""")
        .params(symbol, date, planId, agency)
        .update();
  }

  /** The budget block of a plan: appraiser, approver, schedule and the estimating agencies. */
  public record BudgetRow(String appraiser, String approver, ReportingSchedule schedule, List<String> estimators) {}

  public Optional<BudgetRow> budget(long planId) {
    List<String> estimators = jdbc.sql("select agency from plan_budget_estimator where plan_id = ? order by agency")
        .param(planId).query(String.class).list();
    return jdbc.sql("select appraiser, approver, schedule from plan_budget where plan_id = ?")
        .param(planId)
        .query((rs, n) -> new BudgetRow(rs.getString(1), rs.getString(2), schedule(rs.getString(3)), estimators))
        .optional();
  }

  public void recordBudgetEstimate(long planId, int year, String agency, java.math.BigDecimal amount,
      String explanation, LocalDate submitted) {
    jdbc.sql("delete from plan_budget_estimate where plan_id = ? and budget_year = ? and agency = ?")
        .params(planId, year, agency).update();
    jdbc.sql("insert into plan_budget_estimate (plan_id, budget_year, agency, amount, explanation, submitted_on)"
            + " values (?, ?, ?, ?, ?, ?)")
        .params(planId, year, agency, amount, explanation, submitted)
        .update();
  }

  public void recordExtension(long taskId, LocalDate extendedDueDate) {
    jdbc.sql("update plan_task set extended_due_date = ? where id = ?").params(extendedDueDate, taskId).update();
  }

  /** The recurrence schedule of a recurring task. */
  public Optional<ReportingSchedule> recurrence(long taskId) {
    return jdbc.sql("select recurrence from plan_task where id = ?").param(taskId)
        .query(String.class).optional().map(PlanRepository::schedule);
  }

  public void recordTaskCompleted(long taskId, LocalDate completed) {
    jdbc.sql("update plan_task set completed_date = ? where id = ?").params(completed, taskId).update();
  }

  public void linkImplementingPlan(long parentPlanId, String agency, long childPlanId, String symbol, LocalDate date) {
    jdbc.sql("""
            update plan_recipient set implementing_plan_id = ?, implementing_symbol = ?, implementing_date = ?
            where plan_id = ? and agency = ?""")
        .params(childPlanId, symbol, date, parentPlanId, agency)
        .update();
  }

  /** Ids of the plan's reporting duties. */
  public List<Long> dutyIds(long planId) {
    return jdbc.sql("select id from plan_reporting_duty where plan_id = ? order by id").param(planId)
        .query(Long.class).list();
  }

  public boolean exists(long planId) {
    return jdbc.sql("select count(*) from plan where id = ?").param(planId).query(Integer.class).single() > 0;
  }

  public Optional<PlanRow> find(long planId) {
    return jdbc.sql(PLAN_COLUMNS + " where id = ?").param(planId).query(PlanRepository::planRow).optional();
  }

  /** Plans of the given provinces (all provinces when {@code provinces} is null), newest first. */
  public List<PlanRow> list(Collection<String> provinces) {
    if (provinces == null) {
      return jdbc.sql(PLAN_COLUMNS + " order by id desc").query(PlanRepository::planRow).list();
    }
    if (provinces.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(PLAN_COLUMNS + " where province in (:provinces) order by id desc")
        .param("provinces", provinces)
        .query(PlanRepository::planRow)
        .list();
  }

  public List<IssuerRow> issuers(long planId) {
    return jdbc.sql("""
            select agency, symbol, office, authority, signer_title, signer_name, signed_date
            from plan_issuer where plan_id = ? order by ordinal""")
        .param(planId)
        .query((rs, n) -> new IssuerRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), date(rs.getDate(7))))
        .list();
  }

  public List<TaskRow> tasks(long planId) {
    return jdbc.sql(TASK_COLUMNS + " where plan_id = ? order by id").param(planId)
        .query(PlanRepository::taskRow).list();
  }

  public Optional<TaskRow> task(long taskId) {
    return jdbc.sql(TASK_COLUMNS + " where id = ?").param(taskId).query(PlanRepository::taskRow).optional();
  }

  public List<String> cooperating(long taskId) {
    return jdbc.sql("select agency from plan_task_cooperating where task_id = ? order by agency")
        .param(taskId).query(String.class).list();
  }

  public List<RecipientRow> recipients(long planId) {
    return jdbc.sql("""
            select agency, action, deadline, implementing_symbol, implementing_date
            from plan_recipient where plan_id = ? order by agency""")
        .param(planId)
        .query((rs, n) -> new RecipientRow(rs.getString(1), RecipientAction.valueOf(rs.getString(2)),
            date(rs.getDate(3)), rs.getString(4), date(rs.getDate(5))))
        .list();
  }

  public List<String> legalBases(long planId) {
    return jdbc.sql("select content from plan_legal_basis where plan_id = ? order by ordinal")
        .param(planId).query(String.class).list();
  }

  private static final String PLAN_COLUMNS = """
      select id, province, document_type, title, lead_agency, period_from, period_to, parent_plan_id,
        stage, symbol, issued_date, reminder_days, process_instance_id from plan""";

  private static final String TASK_COLUMNS = """
      select id, plan_id, task_key, title, lead_agency, kind, due_date, due_year, from_year,
        extended_due_date, completed_date from plan_task""";

  private static PlanRow planRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Long parent = integerLong(rs, 8);
    return new PlanRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        date(rs.getDate(6)), date(rs.getDate(7)), parent,
        PlanStage.valueOf(rs.getString(9)), rs.getString(10), date(rs.getDate(11)), rs.getInt(12),
        rs.getString(13));
  }

  private static TaskRow taskRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new TaskRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
        PlanDefinition.TaskKind.valueOf(rs.getString(6)), date(rs.getDate(7)), integer(rs, 8), integer(rs, 9),
        date(rs.getDate(10)), date(rs.getDate(11)));
  }

  private static Long integerLong(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static Integer integer(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static LocalDate date(java.sql.Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private static String json(ReportingSchedule schedule) {
    if (schedule == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(schedule);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a schedule stored by {@link #json(ReportingSchedule)}. */
  public static ReportingSchedule schedule(String json) {
    try {
      return json == null ? null : JSON.readValue(json, ReportingSchedule.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
