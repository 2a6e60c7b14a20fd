package vn.gov.plans.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Which of the user's groups hold any authorization. The engine answers this by reading the group
 * id of every authorization ({@code SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A}) in
 * every command: with some 13,000 agency groups that is tens of milliseconds, two or three times
 * per Tasklist request. Asking only for the user's groups uses the group index and gives the same
 * intersection.
 */
final class AuthorizedGroups {

  private AuthorizedGroups() {}

  static List<String> of(List<String> groups) {
    CommandContext context = Context.getCommandContext();
    String sql = "select distinct GROUP_ID_ from "
        + context.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION"
        + " where GROUP_ID_ in (" + String.join(", ", Collections.nCopies(groups.size(), "?")) + ")";
    Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < groups.size(); i++) {
        statement.setString(i + 1, groups.get(i));
      }
      List<String> authorized = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          authorized.add(rows.getString(1));
        }
      }
      return authorized;
    } catch (SQLException e) {
      throw new ProcessEngineException("Không đọc được quyền của các nhóm người dùng", e);
    }
  }
}
