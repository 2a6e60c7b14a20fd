package vn.gov.plans.cluster;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.gov.plans.LocalPostgres;

/**
 * A PostgreSQL database of its own (named {@code cluster_...}) on the PostgreSQL at
 * 127.0.0.1:5432 (trust authentication), dropped by {@link #drop()}. Where nothing listens there
 * the test is skipped, except in CI ({@code CI} set), where it fails.
 */
final class ClusterDatabase {

  static final String USER = LocalPostgres.USER;

  final String name;
  final JdbcTemplate jdbc;

  private ClusterDatabase(String name) {
    this.name = name;
    this.jdbc = new JdbcTemplate(new DriverManagerDataSource(url(), USER, ""));
  }

  /** A new empty database, or the test is skipped (outside CI) where there is no PostgreSQL. */
  static ClusterDatabase create(String purpose) {
    LocalPostgres.require();
    ClusterDatabase database = new ClusterDatabase(
        "cluster_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
    LocalPostgres.admin("CREATE DATABASE " + database.name);
    return database;
  }

  /** A copy of {@code template} (PostgreSQL copies the files: fast even for a large wave). */
  static ClusterDatabase copyOf(ClusterDatabase template, String purpose) {
    ClusterDatabase database = new ClusterDatabase(
        "cluster_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
    LocalPostgres.admin("CREATE DATABASE " + database.name + " TEMPLATE " + template.name);
    return database;
  }

  String url() {
    return LocalPostgres.url(name);
  }

  void drop() {
    if (LocalPostgres.reachable()) {
      LocalPostgres.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}
