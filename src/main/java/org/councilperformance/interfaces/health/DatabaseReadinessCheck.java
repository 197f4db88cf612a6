package org.councilperformance.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers: without it the service can show nothing true. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
  private final DataSource dataSource;

  /** For the container's proxy only. */
  protected DatabaseReadinessCheck() {
    this(null);
  }

  /** The persistence unit's own data source, whatever the server names it. */
  @Inject
  public DatabaseReadinessCheck(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(2);
      return HealthCheckResponse.named("database").status(valid).build();
    } catch (SQLException e) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
