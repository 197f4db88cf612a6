package org.councilperformance.infrastructure.audit;

import org.councilperformance.application.Caller;
import org.hibernate.envers.RevisionListener;

/** Stamps each audited change with the person making it. */
public class AuditRevisionListener implements RevisionListener {
  @Override
  public void newRevision(Object revision) {
    ((AuditRevision) revision).attribute(Caller.current().name());
  }
}
