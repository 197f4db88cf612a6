package org.councilperformance.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * Counts the SELECTs the server sends, from the embedded database's own counters. The integration
 * tests run one at a time, so nothing else queries the database meanwhile; an external database may
 * serve other clients, so tests that count are skipped there.
 */
final class Statements {
  private Statements() {}

  /**
   * The SELECTs the database ran while {@code work} ran: the fewest of five runs of it, because the
   * server's outbox worker polls the database on its own (every second in the tests' server,
   * docs/design.md#outbox) and any run may count a poll that is not the work's.
   */
  static long selectsDuring(Runnable work) {
    Assumptions.assumeTrue(
        System.getenv("DB_HOST") == null,
        "counts the embedded database's statements; an external one may serve other clients");
    try (Connection db =
        DriverManager.getConnection(
            "jdbc:mariadb://127.0.0.1:" + System.getProperty("db.port", "33061") + "/",
            "root",
            "")) {
      long fewest = Long.MAX_VALUE;
      for (int run = 0; run < 5; run++) {
        long before = selects(db);
        work.run();
        fewest = Math.min(fewest, selects(db) - before);
      }
      return fewest;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database's counters", e);
    }
  }

  private static long selects(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Com_select'")) {
      r.next();
      return r.getLong(2);
    }
  }
}
