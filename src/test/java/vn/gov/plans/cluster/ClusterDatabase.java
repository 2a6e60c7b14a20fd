package vn.gov.plans.cluster;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A PostgreSQL database of its own (named {@code cluster_...}) on the PostgreSQL at
 * 127.0.0.1:5432 (trust authentication), dropped by {@link #drop()}. Where nothing listens there
 * the test is skipped, except in CI ({@code CI} set), where it fails.
 */
final class ClusterDatabase {

  static final String HOST = "127.0.0.1";
  static final int PORT = 5432;
  static final String USER = System.getenv().getOrDefault("POSTGRES_TEST_USER", "postgres");

  final String name;
  final JdbcTemplate jdbc;

  private ClusterDatabase(String name) {
    this.name = name;
    this.jdbc = new JdbcTemplate(new DriverManagerDataSource(url(), USER, ""));
  }

  /** A new empty database, or the test is skipped (outside CI) where there is no PostgreSQL. */
  static ClusterDatabase create(String purpose) {
    requirePostgres();
    ClusterDatabase database = new ClusterDatabase(
        "cluster_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
    admin("CREATE DATABASE " + database.name);
    return database;
  }

  /** A copy of {@code template} (PostgreSQL copies the files: fast even for a large wave). */
  static ClusterDatabase copyOf(ClusterDatabase template, String purpose) {
    ClusterDatabase database = new ClusterDatabase(
        "cluster_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
    admin("CREATE DATABASE " + database.name + " TEMPLATE " + template.name);
    return database;
  }

  String url() {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
  }

  void drop() {
    if (reachable()) {
      admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  static void requirePostgres() {
    if (!reachable()) {
      if (System.getenv("CI") != null) {
        Assertions.fail("PostgreSQL is not reachable on " + HOST + ":" + PORT + " in CI");
      }
      Assumptions.abort("no PostgreSQL on " + HOST + ":" + PORT);
    }
  }

  static boolean reachable() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(HOST, PORT), 500);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static void admin(String sql) {
    new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://" + HOST + ":" + PORT + "/test", USER, ""))
        .execute(sql);
  }
}
