package org.councilperformance.domain.workflow;

/** A business unit's figures for a period, on their way to sign-off. */
public enum SubmissionState {
  NOT_SUBMITTED,
  SUBMITTED,
  APPROVED,
  RETURNED
}
