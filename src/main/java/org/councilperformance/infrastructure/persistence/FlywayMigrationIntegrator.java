package org.councilperformance.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Applies the Flyway migrations before Hibernate validates the schema. Liberty builds the
 * EntityManagerFactory before any CDI startup event fires, so a Hibernate integrator is the one
 * hook that runs early enough. Flyway's lock makes concurrent starts of several servers safe.
 */
public class FlywayMigrationIntegrator implements Integrator {
  /**
   * Tables Liberty itself may make in a new database before the migrations first run: its session
   * store's (V27 makes the same table, docs/design.md#sessions-on-several-servers) and the
   * persistent timer's.
   */
  private static final Set<String> LIBERTYS_OWN =
      Set.of("council_performance_sessions", "wlptask", "wlppart", "wlpprop");

  @Override
  public void integrate(
      Metadata metadata, BootstrapContext context, SessionFactoryImplementor sessionFactory) {
    DataSource dataSource =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    FluentConfiguration flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration");
    if (newButForLibertysOwn(tables(dataSource))) {
      // Flyway refuses a schema that holds tables but no history of its own. Here they are only
      // Liberty's: start the history below V1 so that every migration runs.
      flyway.baselineOnMigrate(true).baselineVersion("0");
    }
    flyway.load().migrate();
  }

  /**
   * Whether a database is new apart from what Liberty made in it: no migration history, and no
   * table but Liberty's own. Any other table means a database that is not this application's, which
   * Flyway refuses as before.
   */
  static boolean newButForLibertysOwn(Collection<String> tables) {
    List<String> names = tables.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    return !names.isEmpty()
        && !names.contains("flyway_schema_history")
        && LIBERTYS_OWN.containsAll(names);
  }

  private static List<String> tables(DataSource dataSource) {
    List<String> tables = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet r =
            c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
      while (r.next()) {
        tables.add(r.getString("TABLE_NAME"));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list the database's tables", e);
    }
    return tables;
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // Nothing to undo: migrations stay applied.
  }
}
