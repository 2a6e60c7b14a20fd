package vn.gov.plans.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.plans.agency.Directory;
import vn.gov.plans.calendar.WorkingCalendar;
import vn.gov.plans.plan.ImplementingPlanStatus;
import vn.gov.plans.plan.PlanDates;
import vn.gov.plans.plan.TaskStatus;
import vn.gov.plans.reporting.SubmissionStatus;

/**
 * Where a plan stands, for supervisors: tasks in the status buckets per agency, each reporting
 * period's reports per agency, each target's latest value, the recipients' implementing plans.
 * Answered from the plan and reporting tables by indexed queries (plan id, period id), never by
 * loading process instances.
 */
@Component
public class PlanProgress {

  private final JdbcClient jdbc;
  private final Directory directory;
  private final WorkingCalendar calendar;

  PlanProgress(JdbcClient jdbc, Directory directory, WorkingCalendar calendar) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.calendar = calendar;
  }

  public record Progress(long planId, String province, String symbol, String title, String processInstanceId,
      Map<TaskStatus, Integer> tasks, List<AgencyTasks> agencies, List<Period> periods,
      List<Target> targets, ImplementingPlans implementingPlans) {}

  /** One agency's tasks by status; agencies with overdue tasks come first. */
  public record AgencyTasks(String agency, String name, Map<TaskStatus, Integer> tasks) {}

  public record Period(long id, String name, String label, LocalDate dueDate, Map<SubmissionStatus, Integer> counts,
      List<AgencyReport> agencies) {}

  /** One agency's report; {@code processInstanceId} is its agency report instance, for a link into Cockpit. */
  public record AgencyReport(String agency, String name, SubmissionStatus status, LocalDate dueDate,
      LocalDate submittedOn, String processInstanceId) {}

  public record Target(String key, int year, String description, String comparison, double threshold, String unit,
      Double latestValue, Integer reporting, Boolean reached) {}

  public record ImplementingPlans(Map<ImplementingPlanStatus, Integer> counts, List<Recipient> recipients) {}

  public record Recipient(String agency, String name, ImplementingPlanStatus status, LocalDate deadline,
      String symbol, LocalDate issuedDate) {}

  public Optional<Progress> of(long planId, java.util.Collection<String> provinces) {
    record PlanRow(String province, String symbol, String title, String processInstanceId) {}
    Optional<PlanRow> plan = jdbc.sql("select province, symbol, title, process_instance_id from plan where id = ?")
        .param(planId)
        .query((rs, n) -> new PlanRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).optional()
        .filter(p -> provinces == null || provinces.contains(p.province()));
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = PlanDates.today();
    Map<TaskStatus, Integer> all = new EnumMap<>(TaskStatus.class);
    Map<String, Map<TaskStatus, Integer>> byAgency = new LinkedHashMap<>();
    jdbc.sql("""
            select lead_agency, due_date, due_year, extended_due_date, completed_date
            from plan_task where plan_id = ? order by lead_agency""")
        .param(planId)
        .query(rs -> {
          LocalDate extended = date(rs.getDate(4));
          LocalDate due = extended != null ? extended : date(rs.getDate(2));
          int year = rs.getInt(3);
          LocalDate lastDay = due != null ? due : rs.wasNull() ? null : LocalDate.of(year, 12, 31);
          TaskStatus status = TaskStatus.of(lastDay == null ? null : calendar.dueDate(lastDay).dueDate(),
              date(rs.getDate(5)), today);
          all.merge(status, 1, Integer::sum);
          byAgency.computeIfAbsent(rs.getString(1), a -> new EnumMap<>(TaskStatus.class)).merge(status, 1, Integer::sum);
        });
    List<AgencyTasks> agencies = new ArrayList<>();
    byAgency.forEach((agency, counts) -> agencies.add(new AgencyTasks(agency, name(agency), counts)));
    agencies.sort(Comparator.comparing((AgencyTasks a) -> -a.tasks().getOrDefault(TaskStatus.OVERDUE, 0))
        .thenComparing(AgencyTasks::name));
    return Optional.of(new Progress(planId, plan.get().province(), plan.get().symbol(), plan.get().title(),
        plan.get().processInstanceId(), all,
        agencies, periods(planId, today), targets(planId), implementingPlans(planId, today)));
  }

  private List<Period> periods(long planId, LocalDate today) {
    List<Period> periods = new ArrayList<>();
    jdbc.sql("select id, name, label, due_date from report_period where plan_id = ? order by due_date, id")
        .param(planId)
        .query(rs -> {
          long id = rs.getLong(1);
          List<AgencyReport> reports = jdbc.sql("""
                  select agency, due_date, submitted_on, process_instance_id from agency_report
                  where period_id = ? order by agency""")
              .param(id)
              .query((r, n) -> {
                LocalDate due = date(r.getDate(2));
                LocalDate submitted = date(r.getDate(3));
                return new AgencyReport(r.getString(1), name(r.getString(1)), SubmissionStatus.of(due, submitted, today),
                    due, submitted, r.getString(4));
              })
              .list();
          Map<SubmissionStatus, Integer> counts = new EnumMap<>(SubmissionStatus.class);
          reports.forEach(report -> counts.merge(report.status(), 1, Integer::sum));
          List<AgencyReport> lateFirst = new ArrayList<>(reports);
          lateFirst.sort(Comparator.comparing((AgencyReport r) -> r.status() != SubmissionStatus.MISSING)
              .thenComparing(r -> r.status() != SubmissionStatus.LATE).thenComparing(AgencyReport::name));
          periods.add(new Period(id, rs.getString(2), rs.getString(3), date(rs.getDate(4)), counts, lateFirst));
        });
    return periods;
  }

  /**
   * A target's latest value: the average of the values reported in the latest period that has any.
   * The latest period is found by one probe per period (index agency_report_item_target), not by
   * reading every item of every period.
   */
  private List<Target> targets(long planId) {
    return jdbc.sql("""
            select t.id, t.target_key, t.target_year, t.description, t.comparison, t.threshold, t.unit
            from plan_target t where t.plan_id = ? order by t.target_year, t.id""")
        .param(planId)
        .query((rs, n) -> {
          long id = rs.getLong(1);
          var latest = jdbc.sql("""
                  select avg(i.item_value), count(*) from agency_report_item i
                  join report_period p on p.id = i.period_id
                  where p.plan_id = ? and i.item_kind = 'TARGET' and i.item_id = ? and i.item_value is not null
                    and p.due_date = (select max(p2.due_date) from report_period p2
                      where p2.plan_id = ? and exists (select 1 from agency_report_item i2
                        where i2.period_id = p2.id and i2.item_kind = 'TARGET' and i2.item_id = ?
                          and i2.item_value is not null))""")
              .params(planId, id, planId, id)
              .query((r, m) -> {
                double value = r.getDouble(1);
                return r.wasNull() ? null : new double[] {value, r.getInt(2)};
              })
              .optional().orElse(null);
          String comparison = rs.getString(5);
          double threshold = rs.getDouble(6);
          Double value = latest == null ? null : latest[0];
          Boolean reached = value == null ? null : switch (comparison) {
            case "AT_MOST" -> value <= threshold;
            case "EXACTLY" -> value == threshold;
            default -> value >= threshold;
          };
          return new Target(rs.getString(2), rs.getInt(3), rs.getString(4), comparison, threshold, rs.getString(7),
              value, latest == null ? null : (int) latest[1], reached);
        })
        .list();
  }

  private ImplementingPlans implementingPlans(long planId, LocalDate today) {
    List<Recipient> recipients = jdbc.sql("""
            select agency, deadline, implementing_symbol, implementing_date from plan_recipient
            where plan_id = ? and action = 'ISSUE_IMPLEMENTING_PLAN' order by agency""")
        .param(planId)
        .query((rs, n) -> {
          LocalDate deadline = date(rs.getDate(2));
          LocalDate issued = date(rs.getDate(4));
          return new Recipient(rs.getString(1), name(rs.getString(1)), ImplementingPlanStatus.of(
              deadline == null ? null : calendar.dueDate(deadline).dueDate(), issued, today), deadline,
              rs.getString(3), issued);
        })
        .list();
    Map<ImplementingPlanStatus, Integer> counts = new EnumMap<>(ImplementingPlanStatus.class);
    recipients.forEach(recipient -> counts.merge(recipient.status(), 1, Integer::sum));
    List<Recipient> missingFirst = new ArrayList<>(recipients);
    missingFirst.sort(Comparator.comparing((Recipient r) -> r.status() != ImplementingPlanStatus.MISSING)
        .thenComparing(Recipient::name));
    return new ImplementingPlans(counts, missingFirst);
  }

  private String name(String agency) {
    return directory.agency(agency).map(Directory.Agency::name).orElse(agency);
  }

  private static LocalDate date(java.sql.Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
