package org.councilperformance.it;

import static io.restassured.RestAssured.given;
import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * While the database refuses the server's connections, every request answers 503 with Retry-After —
 * never 401 as if the credentials were wrong — and nothing is saved; afterwards the server recovers
 * by itself (docs/operations.md#database-outage).
 */
class DatabaseOutageIT {
  private static void unavailable(ValidatableResponse response) {
    response
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", equalTo("5"))
        .body("status", equalTo(503))
        .body("detail", containsString("incident "));
  }

  @Test
  void everyKindOfCallerIsTold503AndNothingIsSaved() throws SQLException {
    String quarter = Api.freshQuarter();
    String path =
        "/indicators/" + Api.newIndicator(Api.newBusinessUnit()) + "/measurements/" + quarter;
    json("{\"value\": 10, \"commentary\": \"before\"}").put(path).then().statusCode(200);
    Api.BrowserSession session = Api.signIn(Api.VIEWER);

    try (Outage outage = new Outage()) {
      unavailable(request().get("/periods").then());
      unavailable(session.request().get("/session").then());
      unavailable(
          anonymous()
              .contentType(ContentType.JSON)
              .body(
                  object()
                      .add("username", Api.ADMIN)
                      .add("password", Api.PASSWORDS.get(Api.ADMIN))
                      .build()
                      .toString())
              .post("/session")
              .then());
      unavailable(json("{\"value\": 99, \"commentary\": \"during\"}").put(path).then());
    }

    Api.awaitReady();
    request()
        .get(path.substring(0, path.lastIndexOf('/')))
        .then()
        .statusCode(200)
        .body("find { it.period == '" + quarter + "' }.commentary", equalTo("before"));
    session.request().get("/session").then().statusCode(200);
  }

  /**
   * The embedded MariaDB made to refuse the server: its connections are killed and every free
   * connection slot is taken, so the server's pool meets what it meets when the database is down or
   * full (a refused or broken connection), through the real driver, pool and Hibernate.
   */
  private static final class Outage implements AutoCloseable {
    private final List<Connection> held = new ArrayList<>();
    private final Set<Long> ours = new HashSet<>();
    private final long maxConnections;

    Outage() throws SQLException {
      Connection admin = connect();
      held.add(admin);
      ours.add(idOf(admin));
      try (Statement s = admin.createStatement();
          ResultSet r = s.executeQuery("SELECT @@max_connections")) {
        r.next();
        maxConnections = r.getLong(1);
      }
      admin.createStatement().execute("SET GLOBAL max_connections = 10");
      // The server may reconnect between a kill and the next slot taken: repeat until it has none.
      for (int round = 0; round < 20 && killOthers(admin) > 0; round++) {
        takeEveryFreeSlot();
      }
      takeEveryFreeSlot();
    }

    private int killOthers(Connection admin) throws SQLException {
      List<Long> others = new ArrayList<>();
      try (Statement s = admin.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT id FROM information_schema.processlist WHERE command <> 'Daemon'")) {
        while (r.next()) {
          if (!ours.contains(r.getLong(1))) {
            others.add(r.getLong(1));
          }
        }
      }
      for (long id : others) {
        try (Statement s = admin.createStatement()) {
          s.execute("KILL CONNECTION " + id);
        } catch (SQLException alreadyGone) {
          // it ended by itself
        }
      }
      return others.size();
    }

    private void takeEveryFreeSlot() {
      while (held.size() < 100) {
        try {
          Connection c = connect();
          held.add(c);
          ours.add(idOf(c));
        } catch (SQLException full) {
          return;
        }
      }
    }

    private static Connection connect() throws SQLException {
      return DriverManager.getConnection(
          "jdbc:mariadb://127.0.0.1:" + System.getProperty("db.port", "33061") + "/", "root", "");
    }

    private static long idOf(Connection c) throws SQLException {
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT CONNECTION_ID()")) {
        r.next();
        return r.getLong(1);
      }
    }

    @Override
    public void close() throws SQLException {
      try (Statement s = held.get(0).createStatement()) {
        s.execute("SET GLOBAL max_connections = " + maxConnections);
      } finally {
        for (Connection c : held) {
          c.close();
        }
      }
    }
  }

  @Test
  void healthSaysDownWhileTheDatabaseIsUnreachable() throws SQLException {
    Api.awaitReady();
    try (Outage outage = new Outage()) {
      given().baseUri(Api.SERVER_URL).get("/health/ready").then().statusCode(503);
    }
    Api.awaitReady();
  }
}
