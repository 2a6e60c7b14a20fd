package vn.gov.plans.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.plans.agency.AgencyGroups;

/**
 * Bulk loading for the national-scale benchmark, in PostgreSQL only: generated provinces and
 * agencies (identity rows, tenant memberships and grants copied from a real agency's), and open
 * tasks copied from one real process instance that the engine created, with
 * {@code INSERT ... SELECT generate_series(...)}. Every copied row keeps the template's columns
 * except those named here, so the copies look to the engine exactly like instances it started.
 */
final class ScaleData {

  /** Generated agencies: one row per agency, numbered from 0, with its tenant. */
  static final String AGENCY_TABLE = "scale_agency";

  private final JdbcTemplate jdbc;

  ScaleData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Generated provinces {@code tinh01..}, each with {@code agenciesPerTenant} agencies
   * ({@code tinh01-dv001..}): a staff and a leaders group, tenant memberships and the grants the
   * directory gives a real agency ({@code templateAgency}), a supervisors group with the grants of
   * {@code templateTenant}'s, and the national supervisors in every new tenant.
   */
  void provinces(int tenants, int agenciesPerTenant, String templateAgency, String templateTenant, String national) {
    jdbc.execute("""
        create temporary table scale_tenant as
        select 'tinh' || lpad(t::text, 2, '0') as id, 'Tỉnh thử nghiệm ' || t as name
        from generate_series(1, %d) t""".formatted(tenants));
    jdbc.update("insert into act_id_tenant (id_, rev_, name_) select id, 1, name from scale_tenant");
    jdbc.update(groups("""
        insert into act_id_group (id_, rev_, name_, type_)
        select t.id || '{supervisors}', 1, 'Giám sát – ' || t.name, '{supervisorsType}' from scale_tenant t"""));
    jdbc.execute("""
        create temporary table scale_new_agency as
        select t.id || '-dv' || lpad(a::text, 3, '0') as id, t.id as tenant, 'Đơn vị ' || a as name
        from scale_tenant t, generate_series(1, %d) a""".formatted(agenciesPerTenant));
    jdbc.update(groups("""
        insert into act_id_group (id_, rev_, name_, type_)
        select a.id || s.suffix, 1, s.label || a.name, '{agencyType}'
        from scale_new_agency a, (values ('{staff}', 'Chuyên viên – '), ('{leaders}', 'Lãnh đạo – ')) s (suffix, label)"""));
    jdbc.update(groups("""
        insert into act_id_tenant_member (id_, tenant_id_, group_id_)
        select 'scale-m-' || g.id_, m.tenant, g.id_ from act_id_group g
        join (select id || '{staff}' as grp, tenant from scale_new_agency
              union all select id || '{leaders}', tenant from scale_new_agency
              union all select id || '{supervisors}', id from scale_tenant) m on m.grp = g.id_
        union all select 'scale-m-' || t.id || '-' || ?, t.id, ? from scale_tenant t"""), national, national);
    copyGrants(groups("""
        select a.id || '{staff}' as grp, ? as template from scale_new_agency a
        union all select a.id || '{leaders}', ? from scale_new_agency a
        union all select t.id || '{supervisors}', ? from scale_tenant t"""),
        AgencyGroups.staff(templateAgency), AgencyGroups.leaders(templateAgency), AgencyGroups.supervisors(templateTenant));
  }

  private void copyGrants(String groupsAndTemplates, Object... args) {
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put("id_", "md5(g.grp || '|' || t.id_)");
    overrides.put("group_id_", "g.grp");
    jdbc.update(copy("act_ru_authorization", overrides,
        "from act_ru_authorization t join (" + groupsAndTemplates + ") g on g.template = t.group_id_"), args);
  }

  /**
   * Every agency (the directory's and the generated), numbered in a stable order, into
   * {@link #AGENCY_TABLE}; returns how many there are.
   */
  int agencies() {
    jdbc.execute("drop table if exists " + AGENCY_TABLE);
    jdbc.execute(groups("""
        create table %s as
        select (row_number() over (order by g.id_) - 1)::int as n,
               left(g.id_, length(g.id_) - length('{staff}')) as agency, m.tenant_id_ as tenant
        from act_id_group g join act_id_tenant_member m on m.group_id_ = g.id_
        where g.type_ = '{agencyType}' and g.id_ like '%%{staff}'""").formatted(AGENCY_TABLE));
    return jdbc.queryForObject("select count(*) from " + AGENCY_TABLE, Integer.class);
  }

  /**
   * Copies of the template process instance, task number {@code g} from 1 to {@code count}: the
   * instance's executions, its one task with a candidate link to the staff group of agency
   * {@code g mod agencies} (every tenth task of an agency to its leaders group), in that agency's tenant, due on a day
   * spread over 2026, and the instance's {@code variables} (by name).
   */
  void tasks(String templateInstanceId, int count, int agencies, List<String> variables) {
    List<String> indexes = dropSecondaryIndexes(List.of("act_ru_execution", "act_ru_task", "act_ru_identitylink", "act_ru_variable"));
    // Rows consistent by construction: no per-row foreign key triggers while loading.
    jdbc.execute("set session_replication_role = replica");
    try {
      copyTasks(templateInstanceId, count, agencies, variables);
    } finally {
      jdbc.execute("set session_replication_role = default");
      jdbc.execute("set maintenance_work_mem = '256MB'");
      indexes.forEach(jdbc::execute);
    }
  }

  /** Drops the tables' indexes that back no constraint; returns the statements recreating them. */
  private List<String> dropSecondaryIndexes(List<String> tables) {
    List<Map<String, Object>> rows = jdbc.queryForList("""
        select i.indexname, i.indexdef from pg_indexes i
        where i.schemaname = current_schema() and i.tablename in (%s)
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname)"""
        .formatted(tables.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "))));
    rows.forEach(row -> jdbc.execute("drop index " + row.get("indexname")));
    return rows.stream().map(row -> (String) row.get("indexdef")).toList();
  }

  private void copyTasks(String templateInstanceId, int count, int agencies, List<String> variables) {
    String series = groups("""
        from %s t
        join (select g, a.agency, a.tenant,
                     case when (g / %d) %% 10 = 9 then a.agency || '{leaders}' else a.agency || '{staff}' end as grp,
                     timestamp '2026-01-01 08:00' + ((g::bigint * 7919) %% 365) * interval '1 day'
                       + ((g::bigint * 31) %% 9) * interval '1 hour' as due
              from generate_series(1, %d) g join %s a on a.n = g %% %d) s on true
        """);
    Map<String, String> executions = new LinkedHashMap<>();
    executions.put("id_", "t.id_ || '-' || s.g");
    executions.put("root_proc_inst_id_", "t.root_proc_inst_id_ || '-' || s.g");
    executions.put("proc_inst_id_", "t.proc_inst_id_ || '-' || s.g");
    executions.put("parent_id_", "t.parent_id_ || '-' || s.g");
    executions.put("business_key_", "null");
    executions.put("tenant_id_", "s.tenant");
    jdbc.update(copy("act_ru_execution", executions,
        series.formatted("act_ru_execution", agencies, count, AGENCY_TABLE, agencies) + " where t.proc_inst_id_ = ?"),
        templateInstanceId);

    Map<String, String> tasks = new LinkedHashMap<>();
    tasks.put("id_", "t.id_ || '-' || s.g");
    tasks.put("execution_id_", "t.execution_id_ || '-' || s.g");
    tasks.put("proc_inst_id_", "t.proc_inst_id_ || '-' || s.g");
    tasks.put("tenant_id_", "s.tenant");
    tasks.put("due_date_", "s.due");
    tasks.put("create_time_", "s.due - interval '30 days'");
    tasks.put("last_updated_", "null");
    tasks.put("assignee_", "null");
    jdbc.update(copy("act_ru_task", tasks,
        series.formatted("act_ru_task", agencies, count, AGENCY_TABLE, agencies) + " where t.proc_inst_id_ = ?"),
        templateInstanceId);

    Map<String, String> links = new LinkedHashMap<>();
    links.put("id_", "t.id_ || '-' || s.g");
    links.put("task_id_", "t.task_id_ || '-' || s.g");
    links.put("group_id_", "s.grp");
    links.put("tenant_id_", "s.tenant");
    jdbc.update(copy("act_ru_identitylink", links,
        series.formatted("act_ru_identitylink", agencies, count, AGENCY_TABLE, agencies)
            + " where t.task_id_ in (select id_ from act_ru_task where proc_inst_id_ = ?) and t.type_ = 'candidate'"),
        templateInstanceId);

    if (!variables.isEmpty()) {
      Map<String, String> vars = new LinkedHashMap<>();
      vars.put("id_", "t.id_ || '-' || s.g");
      vars.put("execution_id_", "t.execution_id_ || '-' || s.g");
      vars.put("proc_inst_id_", "t.proc_inst_id_ || '-' || s.g");
      vars.put("var_scope_", "t.var_scope_ || '-' || s.g");
      vars.put("task_id_", "t.task_id_ || '-' || s.g");
      vars.put("tenant_id_", "s.tenant");
      String names = variables.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
      jdbc.update(copy("act_ru_variable", vars,
          series.formatted("act_ru_variable", agencies, count, AGENCY_TABLE, agencies)
              + " where t.proc_inst_id_ = ? and t.bytearray_id_ is null and t.name_ in (" + names + ")"),
          templateInstanceId);
    }
  }

  /** {@code insert into table (every column) select (override or t.column) ... from}. */
  String copy(String table, Map<String, String> overrides, String from) {
    List<String> columns = jdbc.queryForList("""
        select column_name from information_schema.columns
        where table_schema = current_schema() and table_name = ? order by ordinal_position""", String.class, table);
    if (columns.isEmpty()) {
      throw new IllegalStateException("no table " + table);
    }
    String select = columns.stream().map(c -> overrides.getOrDefault(c, "t." + c)).collect(Collectors.joining(", "));
    return "insert into " + table + " (" + String.join(", ", columns) + ") select " + select + " " + from;
  }

  /** The directory's group naming ({@link AgencyGroups}) in the SQL: {staff}, {leaders}, {supervisors}, {agencyType}, {supervisorsType}. */
  static String groups(String sql) {
    return sql.replace("{staff}", AgencyGroups.STAFF_SUFFIX).replace("{leaders}", AgencyGroups.LEADERS_SUFFIX)
        .replace("{supervisors}", AgencyGroups.SUPERVISORS_SUFFIX).replace("{agencyType}", AgencyGroups.TYPE_AGENCY)
        .replace("{supervisorsType}", AgencyGroups.TYPE_SUPERVISORS);
  }
}
