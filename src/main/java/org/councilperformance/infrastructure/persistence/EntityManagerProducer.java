package org.councilperformance.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Lets services receive the container's entity manager through their constructors. The produced
 * instance is the container's transaction-scoped proxy: each transaction gets its own persistence
 * context, so one shared reference is safe.
 */
@ApplicationScoped
public class EntityManagerProducer {
  @Produces @PersistenceContext private EntityManager em;
}
