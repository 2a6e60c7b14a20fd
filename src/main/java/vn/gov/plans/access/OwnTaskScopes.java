package vn.gov.plans.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Which of the given variable scopes belong to tasks of the user's agency, in one indexed query per
 * 500 scopes: a task is the agency's when one of its candidate groups is one of the user's groups,
 * and it covers its own id, its execution and its process instance. Tasklist asks the card
 * variables of 50 tasks (150 scopes) with every page; one by one that was 200 queries.
 */
final class OwnTaskScopes {

  private static final int CHUNK = 500;

  private OwnTaskScopes() {}

  static Set<String> of(Collection<String> scopes, List<String> groups) {
    if (scopes.isEmpty() || groups == null || groups.isEmpty()) {
      return Collections.emptySet();
    }
    CommandContext context = Context.getCommandContext();
    String prefix = context.getProcessEngineConfiguration().getDatabaseTablePrefix();
    Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
    List<String> all = new ArrayList<>(scopes);
    Set<String> covered = new HashSet<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      covered.addAll(query(connection, prefix, chunk, groups));
    }
    return covered;
  }

  private static Set<String> query(Connection connection, String prefix, List<String> scopes, List<String> groups) {
    String in = marks(scopes.size());
    String sql = "select T.ID_, T.EXECUTION_ID_, T.PROC_INST_ID_ from " + prefix + "ACT_RU_TASK T"
        + " where (T.ID_ in (" + in + ") or T.EXECUTION_ID_ in (" + in + ") or T.PROC_INST_ID_ in (" + in + "))"
        + " and exists (select 1 from " + prefix + "ACT_RU_IDENTITYLINK I where I.TASK_ID_ = T.ID_"
        + " and I.TYPE_ = 'candidate' and I.GROUP_ID_ in (" + marks(groups.size()) + "))";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int index = 1;
      for (int copy = 0; copy < 3; copy++) {
        for (String scope : scopes) {
          statement.setString(index++, scope);
        }
      }
      for (String group : groups) {
        statement.setString(index++, group);
      }
      Set<String> covered = new HashSet<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          for (int column = 1; column <= 3; column++) {
            if (rows.getString(column) != null) {
              covered.add(rows.getString(column));
            }
          }
        }
      }
      return covered;
    } catch (SQLException e) {
      throw new ProcessEngineException("Không kiểm tra được phạm vi biến của nhiệm vụ", e);
    }
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
