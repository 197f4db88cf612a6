package org.councilperformance.interfaces.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** The exception chains seen while MariaDB was down (docs/operations.md#database-outage). */
class DatabaseOutageTest {
  @Test
  void hibernatesConnectionFailureAroundTheDriversIsAnOutage() {
    var driver =
        new SQLNonTransientConnectionException(
            "Socket fail to connect to host:address=(host=127.0.0.1)(port=3306)", "08000");
    var chain =
        new PersistenceException(
            new JDBCConnectionException("Unable to acquire JDBC Connection", driver));
    assertThat(DatabaseOutage.rootCause(chain)).containsSame(driver);
  }

  @Test
  void aPoolTimeoutAndARefusedSocketAreOutages() {
    assertThat(
            DatabaseOutage.rootCause(
                new IllegalStateException(
                    new SQLTransientConnectionException("J2CA0045E: connection not available"))))
        .isPresent();
    assertThat(DatabaseOutage.rootCause(new RuntimeException(new ConnectException("refused"))))
        .isPresent();
    assertThat(DatabaseOutage.rootCause(new SQLException("lost", "08S01"))).isPresent();
  }

  @Test
  void tooManyConnectionsAsLibertyReportsItIsAnOutage() {
    // as measured: HY000 and MariaDB's 1040 inside Hibernate's "Unable to acquire" exception
    var driver = new SQLException("Too many connections DSRA0010E", "HY000", 1040);
    var chain =
        new GenericJDBCException(
            "Unable to acquire JDBC Connection [Too many connections] [n/a]", driver);
    assertThat(DatabaseOutage.rootCause(chain)).containsSame(driver);
    assertThat(
            DatabaseOutage.rootCause(
                new GenericJDBCException(
                    "Unable to acquire JDBC Connection", new SQLException("?", "HY000"))))
        .isPresent();
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    assertThat(
            DatabaseOutage.rootCause(
                new PersistenceException(new SQLIntegrityConstraintViolationException("dup"))))
        .isEmpty();
    assertThat(DatabaseOutage.rootCause(new SQLException("syntax", "42000"))).isEmpty();
    assertThat(DatabaseOutage.rootCause(new IllegalStateException("bug"))).isEmpty();
  }
}
