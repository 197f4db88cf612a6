package org.councilperformance.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Makes the persistence context of a {@link ReadsOnly} method read-only and never flushed. Its
 * priority places it inside the transaction {@code @Transactional} begins (the container's
 * transaction interceptor runs at {@code PLATFORM_BEFORE + 200}), so it changes that transaction's
 * persistence context, and restores it for whatever the caller does next.
 */
@ReadsOnly
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ReadsOnlyInterceptor {
  private final EntityManager em;

  @Inject
  public ReadsOnlyInterceptor(EntityManager em) {
    this.em = em;
  }

  @AroundInvoke
  public Object readOnly(InvocationContext invocation) throws Exception {
    Session session = em.unwrap(Session.class);
    boolean readOnly = session.isDefaultReadOnly();
    FlushMode flushMode = session.getHibernateFlushMode();
    session.setDefaultReadOnly(true);
    session.setHibernateFlushMode(FlushMode.MANUAL);
    try {
      return invocation.proceed();
    } finally {
      session.setDefaultReadOnly(readOnly);
      session.setHibernateFlushMode(flushMode);
    }
  }
}
