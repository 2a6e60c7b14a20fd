package vn.gov.plans;

import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The PostgreSQL of the development and CI machines: 127.0.0.1:5432, trust authentication, user
 * {@code postgres} (or {@code POSTGRES_TEST_USER}), administrative database {@code test}. Tests that
 * need it create databases of their own and drop them; where nothing listens they are skipped,
 * except in CI ({@code CI} set), where they fail.
 */
public final class LocalPostgres {

  public static final String HOST = "127.0.0.1";
  public static final int PORT = 5432;
  public static final String USER = System.getenv().getOrDefault("POSTGRES_TEST_USER", "postgres");

  private LocalPostgres() {}

  public static String url(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  public static boolean reachable() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(HOST, PORT), 500);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /** Skips the test where there is no PostgreSQL, or fails it in CI. */
  public static void require() {
    if (!reachable()) {
      if (System.getenv("CI") != null) {
        Assertions.fail("PostgreSQL is not reachable on " + HOST + ":" + PORT + " in CI");
      }
      Assumptions.abort("no PostgreSQL on " + HOST + ":" + PORT);
    }
  }

  /** Runs a statement (CREATE or DROP DATABASE ...) in the administrative database. */
  public static void admin(String sql) {
    new JdbcTemplate(new DriverManagerDataSource(url("test"), USER, "")).execute(sql);
  }
}
