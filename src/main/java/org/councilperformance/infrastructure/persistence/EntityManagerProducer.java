package org.councilperformance.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Lets services receive the container's entity manager through their constructors. The produced
 * instance is the container's transaction-scoped proxy: each transaction gets its own persistence
 * context, so one shared reference is safe.
 */
@ApplicationScoped
public class EntityManagerProducer {
  @Produces @PersistenceContext private EntityManager em;

  @PersistenceUnit private EntityManagerFactory entityManagerFactory;

  /**
   * The data source persistence.xml names, as the server resolved it for the persistence unit: a
   * JNDI lookup of its name elsewhere would mean something else on each server (Liberty's global
   * jdbc/…, WildFly's java:comp/env/jdbc/…; docs/hosting-wildfly.md).
   */
  @Produces
  DataSource dataSource() {
    return entityManagerFactory
        .unwrap(SessionFactoryImplementor.class)
        .getServiceRegistry()
        .requireService(ConnectionProvider.class)
        .unwrap(DataSource.class);
  }
}
