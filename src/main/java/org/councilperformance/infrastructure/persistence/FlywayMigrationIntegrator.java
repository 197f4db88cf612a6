package org.councilperformance.infrastructure.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Applies the Flyway migrations before Hibernate validates the schema. Liberty builds the
 * EntityManagerFactory before any CDI startup event fires, so a Hibernate integrator is the one
 * hook that runs early enough. Flyway's lock table makes concurrent starts of several servers safe.
 */
public class FlywayMigrationIntegrator implements Integrator {
  @Override
  public void integrate(
      Metadata metadata, BootstrapContext context, SessionFactoryImplementor sessionFactory) {
    DataSource dataSource =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // Nothing to undo: migrations stay applied.
  }
}
