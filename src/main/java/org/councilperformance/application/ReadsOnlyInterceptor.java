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
 * Makes the persistence context of a {@link ReadsOnly} method read-only and never flushed, for the
 * rest of the transaction: a flush at commit would still walk every entity loaded, read-only or
 * not, to cascade, so the flush mode is not restored. Its priority places it inside the transaction
 * {@code @Transactional} begins (the container's transaction interceptor runs at {@code
 * PLATFORM_BEFORE + 200}). Where the transaction has already loaded or changed something, this is
 * not an entry point that began it, and nothing is changed: its writes must still be flushed.
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
    if (session.getStatistics().getEntityCount() == 0) {
      session.setDefaultReadOnly(true);
      session.setHibernateFlushMode(FlushMode.MANUAL);
    }
    return invocation.proceed();
  }
}
