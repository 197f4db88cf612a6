package org.councilperformance.domain.action;

/** An owner's decision that ends an action whatever its dates say; it needs a written reason. */
public enum ActionClosure {
  COMPLETED,
  CANCELLED
}
