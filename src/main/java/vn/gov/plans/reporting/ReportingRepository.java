package vn.gov.plans.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The reporting tables (db/migration/V2__reporting.sql), and what reporting reads of a plan. */
@Repository
public class ReportingRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  ReportingRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** A reporting duty of a plan, with what the plan adds to it. */
  public record DutyRow(long id, long planId, String name, String compiler, String receiver, String schedule,
      int reminderDays, LocalDate planEnd, String planSymbol, String planTitle, String province, ReportKind kind) {}

  public record PeriodRow(long id, long planId, Long dutyId, ReportKind kind, String name, String periodKey,
      String label, LocalDate dataFrom, LocalDate dataTo, LocalDate dueDate, LocalDate reminderDate,
      LocalDate cutoffDate, String compiler, String receiver, PeriodStatus status, String symbol,
      LocalDate signedDate, String authority, String signerTitle, String signerName, String compiledText,
      String processInstanceId) {

    /** The year whose targets the period reports on: that of the end of its data, else of its due date. */
    public int targetYear() {
      return dataTo != null ? dataTo.getYear() : dueDate.getYear();
    }
  }

  public record AgencyReportRow(long periodId, String agency, LocalDate dueDate, LocalDate originalDueDate,
      String extensionReason, LocalDate submittedOn, String results, String difficulties, String proposals,
      boolean overdueNotified, boolean reminderSent) {}

  /** One plan task or target an agency reports on. */
  public record ItemRow(long id, String title, String role, String unit, Double threshold, String comparison,
      LocalDate dueDate, Integer dueYear, LocalDate completedDate, String key) {}

  public record ReportedItem(String kind, long id, String status, String done, Double value) {}

  public Optional<DutyRow> duty(long dutyId) {
    return jdbc.sql("""
            select d.id, d.plan_id, d.name, d.compiler, d.receiver, d.schedule, d.reminder_days,
              p.period_to, p.symbol, p.title, p.province, d.kind
            from plan_reporting_duty d join plan p on p.id = d.plan_id where d.id = ?""")
        .param(dutyId)
        .query((rs, n) -> new DutyRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getInt(7), date(rs.getDate(8)), rs.getString(9),
            rs.getString(10), rs.getString(11), ReportKind.valueOf(rs.getString(12))))
        .optional();
  }

  /** The plan's number and symbol, or its title while it has none. */
  public String planSymbol(long planId) {
    return jdbc.sql("select coalesce(symbol, title) from plan where id = ?").param(planId).query(String.class).single();
  }

  /** What an ad hoc request needs of a plan. */
  public record PlanRow(long id, String province, String leadAgency, String issuer) {}

  public Optional<PlanRow> planOf(long planId) {
    return jdbc.sql("""
            select p.id, p.province, p.lead_agency, i.agency from plan p
            join plan_issuer i on i.plan_id = p.id and i.ordinal = 0 where p.id = ?""")
        .param(planId)
        .query((rs, n) -> new PlanRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .optional();
  }

  public List<String> compilersOf(long planId) {
    return jdbc.sql("select distinct compiler from plan_reporting_duty where plan_id = ? order by compiler")
        .param(planId).query(String.class).list();
  }

  public List<String> reporters(long dutyId) {
    return jdbc.sql("select agency from plan_reporting_reporter where duty_id = ? order by agency")
        .param(dutyId).query(String.class).list();
  }

  public List<Long> dutiesOf(long planId) {
    return jdbc.sql("select id from plan_reporting_duty where plan_id = ? order by id")
        .param(planId).query(Long.class).list();
  }

  public Optional<Long> findPeriod(long planId, Long dutyId, String periodKey) {
    return jdbc.sql("select id from report_period where plan_id = ? and duty_id = ? and period_key = ?")
        .params(planId, dutyId, periodKey).query(Long.class).optional();
  }

  /** A new period and one agency report row per reporting agency, in one batch. */
  public long insertPeriod(PeriodRow period, List<String> agencies) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into report_period (plan_id, duty_id, kind, name, period_key, label, data_from, data_to,
              due_date, reminder_date, cutoff_date, compiler, receiver, status, opened_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(period.planId(), period.dutyId(), period.kind().name(), period.name(), period.periodKey(),
            period.label(), period.dataFrom(), period.dataTo(), period.dueDate(), period.reminderDate(),
            period.cutoffDate(), period.compiler(), period.receiver(), PeriodStatus.OPEN.name(),
            Timestamp.from(Instant.now()))
        .update(key, "id");
    long periodId = key.getKey().longValue();
    batch.batchUpdate(
        "insert into agency_report (period_id, agency, due_date, original_due_date) values (?, ?, ?, ?)",
        agencies, 500, (statement, agency) -> {
          statement.setLong(1, periodId);
          statement.setString(2, agency);
          statement.setObject(3, period.dueDate());
          statement.setObject(4, period.dueDate());
        });
    return periodId;
  }

  public void setProcessInstance(long periodId, String processInstanceId) {
    jdbc.sql("update report_period set process_instance_id = ? where id = ?").params(processInstanceId, periodId).update();
  }

  public Optional<PeriodRow> period(long periodId) {
    return jdbc.sql("select * from report_period where id = ?").param(periodId)
        .query(ReportingRepository::periodRow).optional();
  }

  public List<PeriodRow> periodsOf(long planId) {
    return jdbc.sql("select * from report_period where plan_id = ? order by due_date, id").param(planId)
        .query(ReportingRepository::periodRow).list();
  }

  public Optional<AgencyReportRow> agencyReport(long periodId, String agency) {
    return jdbc.sql(AGENCY_REPORT + " where period_id = ? and agency = ?").params(periodId, agency)
        .query(ReportingRepository::agencyReportRow).optional();
  }

  public List<AgencyReportRow> agencyReports(long periodId) {
    return jdbc.sql(AGENCY_REPORT + " where period_id = ? order by agency").param(periodId)
        .query(ReportingRepository::agencyReportRow).list();
  }

  public List<ItemRow> tasksOf(long planId, String agency) {
    return jdbc.sql("""
            select t.id, t.title, 'Chủ trì', t.due_date, t.due_year, t.completed_date, t.extended_due_date
            from plan_task t where t.plan_id = ? and t.lead_agency = ?
            union all
            select t.id, t.title, 'Phối hợp', t.due_date, t.due_year, t.completed_date, t.extended_due_date
            from plan_task t join plan_task_cooperating c on c.task_id = t.id
            where t.plan_id = ? and c.agency = ?
            order by 1""")
        .params(planId, agency, planId, agency)
        .query((rs, n) -> new ItemRow(rs.getLong(1), rs.getString(2), rs.getString(3), null, null, null,
            rs.getDate(7) != null ? date(rs.getDate(7)) : date(rs.getDate(4)), integer(rs, 5), date(rs.getDate(6)), null))
        .list();
  }

  /** {@link #tasksOf} of every agency of the plan at once: agency → its tasks, by id. */
  public Map<String, List<ItemRow>> tasksByAgency(long planId) {
    Map<String, List<ItemRow>> byAgency = new HashMap<>();
    jdbc.sql("""
            select t.id, t.title, 'Chủ trì', t.due_date, t.due_year, t.completed_date, t.extended_due_date, t.lead_agency
            from plan_task t where t.plan_id = ?
            union all
            select t.id, t.title, 'Phối hợp', t.due_date, t.due_year, t.completed_date, t.extended_due_date, c.agency
            from plan_task t join plan_task_cooperating c on c.task_id = t.id
            where t.plan_id = ?
            order by 1""")
        .params(planId, planId)
        .query(rs -> {
          byAgency.computeIfAbsent(rs.getString(8), agency -> new ArrayList<>()).add(new ItemRow(rs.getLong(1),
              rs.getString(2), rs.getString(3), null, null, null,
              rs.getDate(7) != null ? date(rs.getDate(7)) : date(rs.getDate(4)), integer(rs, 5), date(rs.getDate(6)), null));
        });
    return byAgency;
  }

  /** {@link #targetsOf} of every agency of the plan at once: agency → its targets of the year, by id. */
  public Map<String, List<ItemRow>> targetsByAgency(long planId, int year) {
    Map<String, List<ItemRow>> byAgency = new HashMap<>();
    jdbc.sql("""
            select t.id, t.description, t.unit, t.threshold, t.comparison, t.target_key, r.agency
            from plan_target t join plan_target_reporter r on r.target_id = t.id
            where t.plan_id = ? and t.target_year = ? order by t.id""")
        .params(planId, year)
        .query(rs -> {
          byAgency.computeIfAbsent(rs.getString(7), agency -> new ArrayList<>()).add(new ItemRow(rs.getLong(1),
              rs.getString(2), null, rs.getString(3), rs.getDouble(4), rs.getString(5), null, null, null,
              rs.getString(6)));
        });
    return byAgency;
  }

  public List<ItemRow> targetsOf(long planId, String agency, int year) {
    return jdbc.sql("""
            select t.id, t.description, t.unit, t.threshold, t.comparison, t.target_key
            from plan_target t join plan_target_reporter r on r.target_id = t.id
            where t.plan_id = ? and r.agency = ? and t.target_year = ? order by t.id""")
        .params(planId, agency, year)
        .query((rs, n) -> new ItemRow(rs.getLong(1), rs.getString(2), null, rs.getString(3), rs.getDouble(4),
            rs.getString(5), null, null, null, rs.getString(6)))
        .list();
  }

  public void recordSubmission(long periodId, String agency, String results, String difficulties,
      String proposals, LocalDate submittedOn, List<ReportedItem> items) {
    jdbc.sql("""
            update agency_report set results = ?, difficulties = ?, proposals = ?, submitted_at = ?, submitted_on = ?
            where period_id = ? and agency = ?""")
        .params(results, difficulties, proposals, Timestamp.from(Instant.now()), submittedOn, periodId, agency)
        .update();
    jdbc.sql("delete from agency_report_item where period_id = ? and agency = ?").params(periodId, agency).update();
    for (ReportedItem item : items) {
      jdbc.sql("""
              insert into agency_report_item (period_id, agency, item_kind, item_id, status, done, item_value)
              values (?, ?, ?, ?, ?, ?, ?)""")
          .params(periodId, agency, item.kind(), item.id(), item.status(), item.done(), item.value())
          .update();
    }
  }

  public List<ReportedItem> reportedItems(long periodId, String agency) {
    return jdbc.sql("""
            select item_kind, item_id, status, done, item_value from agency_report_item
            where period_id = ? and agency = ? order by item_kind, item_id""")
        .params(periodId, agency)
        .query((rs, n) -> {
          double value = rs.getDouble(5);
          return new ReportedItem(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
              rs.wasNull() ? null : value);
        })
        .list();
  }

  /** The next {@code limit} reporting agencies of a period, in a stable order, from {@code offset}. */
  public List<String> agencies(long periodId, int offset, int limit) {
    return jdbc.sql("select agency from agency_report where period_id = ? order by agency offset ? rows fetch next ? rows only")
        .params(periodId, offset, limit).query(String.class).list();
  }

  public int agencyCount(long periodId) {
    return jdbc.sql("select count(*) from agency_report where period_id = ?").param(periodId).query(Integer.class).single();
  }

  public boolean allSubmitted(long periodId) {
    return jdbc.sql("select count(*) from agency_report where period_id = ? and submitted_on is null")
        .param(periodId).query(Integer.class).single() == 0;
  }

  /** The process instances of several agencies' reports of a period, in one batch: agency → instance. */
  public void setAgencyInstances(long periodId, Map<String, String> instanceByAgency) {
    batch.batchUpdate("update agency_report set process_instance_id = ? where period_id = ? and agency = ?",
        instanceByAgency.entrySet().stream()
            .map(entry -> new Object[] {entry.getValue(), periodId, entry.getKey()}).toList());
  }

  public Optional<String> agencyInstance(long periodId, String agency) {
    return jdbc.sql("select process_instance_id from agency_report where period_id = ? and agency = ?")
        .params(periodId, agency).query(String.class).optional();
  }

  public List<String> agencyInstances(long periodId) {
    return jdbc.sql("select process_instance_id from agency_report where period_id = ? and process_instance_id is not null")
        .param(periodId).query(String.class).list();
  }

  /** A target of the period's plan and year, with the values the agencies reported for it. */
  public record TargetRollUp(ItemRow item, List<Double> values) {}

  public List<TargetRollUp> targetRollUp(long periodId) {
    PeriodRow period = period(periodId).orElseThrow();
    int year = period.targetYear();
    List<ItemRow> targets = jdbc.sql("""
            select id, description, unit, threshold, comparison, target_key from plan_target
            where plan_id = ? and target_year = ? order by id""")
        .params(period.planId(), year)
        .query((rs, n) -> new ItemRow(rs.getLong(1), rs.getString(2), null, rs.getString(3), rs.getDouble(4),
            rs.getString(5), null, null, null, rs.getString(6)))
        .list();
    return targets.stream().map(target -> new TargetRollUp(target, jdbc.sql("""
            select item_value from agency_report_item
            where period_id = ? and item_kind = 'TARGET' and item_id = ? and item_value is not null""")
        .params(periodId, target.id()).query(Double.class).list())).toList();
  }

  /** The period's reports not yet sent whose reminder or overdue notice is still to go out, by agency. */
  public List<AgencyReportRow> awaitingNotices(long periodId) {
    return jdbc.sql(AGENCY_REPORT
            + " where period_id = ? and submitted_on is null and (not reminder_sent or not overdue_notified)"
            + " order by agency").param(periodId)
        .query(ReportingRepository::agencyReportRow).list();
  }

  public void markReminded(long periodId, List<String> agencies) {
    batch.batchUpdate("update agency_report set reminder_sent = true where period_id = ? and agency = ?",
        agencies.stream().map(agency -> new Object[] {periodId, agency}).toList());
  }

  /** The overdue notice is out; a reminder is no longer due either. */
  public void markOverdueNotified(long periodId, List<String> agencies) {
    batch.batchUpdate(
        "update agency_report set overdue_notified = true, reminder_sent = true where period_id = ? and agency = ?",
        agencies.stream().map(agency -> new Object[] {periodId, agency}).toList());
  }

  public void extend(long periodId, String agency, LocalDate dueDate, String reason) {
    jdbc.sql("update agency_report set due_date = ?, extension_reason = ? where period_id = ? and agency = ?")
        .params(dueDate, reason, periodId, agency).update();
  }

  public void setStatus(long periodId, PeriodStatus status) {
    jdbc.sql("update report_period set status = ? where id = ?").params(status.name(), periodId).update();
  }

  public void recordCompilation(long periodId, String compiledText) {
    jdbc.sql("update report_period set compiled_text = ?, status = ? where id = ?")
        .params(compiledText, PeriodStatus.COMPILED.name(), periodId).update();
  }

  public void recordSignature(long periodId, String authority, String signerTitle, String signerName, LocalDate date) {
    jdbc.sql("""
            update report_period set authority = ?, signer_title = ?, signer_name = ?, signed_date = ?, status = ?
            where id = ?""")
        .params(authority, signerTitle, signerName, date, PeriodStatus.SIGNED.name(), periodId).update();
  }

  public void recordIssued(long periodId, int number, String symbol) {
    jdbc.sql("update report_period set number_value = ?, symbol = ?, status = ? where id = ?")
        .params(number, symbol, PeriodStatus.SENT.name(), periodId).update();
  }

  private static final String AGENCY_REPORT = """
      select period_id, agency, due_date, original_due_date, extension_reason, submitted_on, results,
        difficulties, proposals, overdue_notified, reminder_sent from agency_report""";

  private static AgencyReportRow agencyReportRow(ResultSet rs, int n) throws SQLException {
    return new AgencyReportRow(rs.getLong(1), rs.getString(2), date(rs.getDate(3)), date(rs.getDate(4)),
        rs.getString(5), date(rs.getDate(6)), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBoolean(10),
        rs.getBoolean(11));
  }

  private static PeriodRow periodRow(ResultSet rs, int n) throws SQLException {
    long duty = rs.getLong("duty_id");
    Long dutyId = rs.wasNull() ? null : duty;
    return new PeriodRow(rs.getLong("id"), rs.getLong("plan_id"), dutyId, ReportKind.valueOf(rs.getString("kind")),
        rs.getString("name"), rs.getString("period_key"), rs.getString("label"), date(rs.getDate("data_from")),
        date(rs.getDate("data_to")), date(rs.getDate("due_date")), date(rs.getDate("reminder_date")),
        date(rs.getDate("cutoff_date")), rs.getString("compiler"), rs.getString("receiver"),
        PeriodStatus.valueOf(rs.getString("status")), rs.getString("symbol"), date(rs.getDate("signed_date")),
        rs.getString("authority"), rs.getString("signer_title"), rs.getString("signer_name"),
        rs.getString("compiled_text"), rs.getString("process_instance_id"));
  }

  private static Integer integer(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static LocalDate date(java.sql.Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
