package org.councilperformance.domain.access;

/**
 * What a person may do (docs/access-and-workflow.md#roles). Editors and approvers act only for
 * their units.
 */
public enum Role {
  /** Performance and governance officer: sets everything up, locks and publishes quarters. */
  ADMIN,
  /** Head of service: enters figures and commentary for their own business units. */
  EDITOR,
  /** Director: approves their units' submissions. */
  APPROVER,
  /** Elected member or senior leader: reads everything, changes nothing. */
  VIEWER
}
