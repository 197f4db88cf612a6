package org.councilperformance.interfaces.rest.problem;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a database that cannot be reached from every other failure, by the exception chain the
 * driver, Liberty's connection pool and Hibernate raise (docs/operations.md#database-outage). Such
 * a failure is a known kind of incident: the client is told to retry, and one line is logged.
 */
public final class DatabaseOutage {
  /** How long a client should wait before retrying; the pool reconnects on the next request. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  /**
   * Class names of exceptions from outside the WAR's class path (Hibernate's is in the WAR, but
   * matched by name so the interfaces layer need not import it; Liberty's own classes are not
   * visible to the application).
   */
  private static final Set<String> BY_NAME =
      Set.of(
          "org.hibernate.exception.JDBCConnectionException",
          "jakarta.resource.ResourceException",
          "jakarta.resource.spi.ResourceAllocationException",
          "com.ibm.websphere.ce.cm.StaleConnectionException",
          "com.ibm.websphere.ce.cm.ConnectionWaitTimeoutException");

  /**
   * MariaDB error codes that mean "no connection", whatever SQLState the pool reports them with:
   * too many connections (1040, 1203), host blocked or not allowed (1129, 1130), access denied
   * (1045: the service's own account, not the caller's), and the client's can't-connect and
   * server-gone codes (2002, 2003, 2006, 2013).
   */
  private static final Set<Integer> CANNOT_CONNECT =
      Set.of(1040, 1203, 1129, 1130, 1045, 2002, 2003, 2006, 2013);

  /** What Hibernate says when the pool gave it no connection, whatever the cause underneath. */
  private static final String NO_CONNECTION = "Unable to acquire JDBC Connection";

  private DatabaseOutage() {}

  /** The innermost exception saying the database cannot be reached, if that is what happened. */
  public static Optional<Throwable> rootCause(Throwable e) {
    Throwable found = null;
    int depth = 0;
    for (Throwable t = e; t != null && depth < 50; t = t.getCause(), depth++) {
      if (isConnectionFailure(t)) {
        found = t;
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean isConnectionFailure(Throwable t) {
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof SQLRecoverableException
        || t instanceof ConnectException
        || t instanceof SocketException) {
      return true;
    }
    // SQLState class 08 is "connection exception" in the SQL standard.
    if (t instanceof SQLException sql
        && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
            || CANNOT_CONNECT.contains(sql.getErrorCode()))) {
      return true;
    }
    if (t.getMessage() != null
        && t.getMessage().startsWith(NO_CONNECTION)
        && t.getClass().getName().startsWith("org.hibernate.")) {
      return true;
    }
    for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
      if (BY_NAME.contains(c.getName())) {
        return true;
      }
    }
    return false;
  }
}
