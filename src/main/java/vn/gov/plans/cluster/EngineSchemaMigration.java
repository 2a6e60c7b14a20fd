package vn.gov.plans.cluster;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 4: the process engine's tables, created by Camunda's own scripts from the
 * camunda-engine jar ({@code org/camunda/bpm/engine/db/create/activiti.<database>.create.<part>.sql}),
 * so that production runs with {@code camunda.bpm.database.schema-update: false} and no node ever
 * changes the schema at start-up.
 *
 * <p>Each part of the schema (engine, history, identity, case and decision engine and history) is
 * created only where its first table is missing: a database whose engine tables the engine itself
 * created before this migration existed (H2 files of developers, PostgreSQL databases run with
 * schema update on) passes through unchanged. Spring Boot hands every {@link JavaMigration} bean to
 * Flyway. A later Camunda version adds a migration that runs Camunda's upgrade scripts
 * ({@code org/camunda/bpm/engine/db/upgrade/<database>_engine_7.24_to_7.25.sql}).
 */
@Component
public class EngineSchemaMigration implements JavaMigration {

  private static final Logger LOG = LoggerFactory.getLogger(EngineSchemaMigration.class);

  static final MigrationVersion VERSION = MigrationVersion.fromVersion("4");

  /** A part of Camunda's schema, in the order Camunda creates them, and its first table. */
  record Part(String name, String firstTable) {}

  static final List<Part> PARTS = List.of(
      new Part("engine", "ACT_GE_PROPERTY"),
      new Part("history", "ACT_HI_PROCINST"),
      new Part("identity", "ACT_ID_GROUP"),
      new Part("case.engine", "ACT_RE_CASE_DEF"),
      new Part("case.history", "ACT_HI_CASEINST"),
      new Part("decision.engine", "ACT_RE_DECISION_DEF"),
      new Part("decision.history", "ACT_HI_DECINST"));

  @Override
  public MigrationVersion getVersion() {
    return VERSION;
  }

  @Override
  public String getDescription() {
    return "Camunda engine schema";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    String database = camundaDatabaseType(connection.getMetaData().getDatabaseProductName());
    for (Part part : PARTS) {
      if (tableExists(connection, part.firstTable())) {
        LOG.info("Camunda schema part '{}' exists already ({}), left as it is", part.name(), part.firstTable());
        continue;
      }
      String script = script(database, part);
      LOG.info("Creating Camunda schema part '{}' from {}", part.name(), script);
      ScriptUtils.executeSqlScript(connection,
          new EncodedResource(new ClassPathResource(script), StandardCharsets.UTF_8));
    }
  }

  /** Camunda's name of a database, as in its script names. */
  static String camundaDatabaseType(String productName) {
    String product = productName.toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return "postgres";
    }
    if (product.equals("h2")) {
      return "h2";
    }
    throw new IllegalStateException("No Camunda schema scripts chosen for database " + productName
        + " (supported here: PostgreSQL, H2)");
  }

  static String script(String database, Part part) {
    return "org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql".formatted(database, part.name());
  }

  static boolean tableExists(Connection connection, String table) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
      try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), name,
          new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
