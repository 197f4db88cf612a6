package org.councilperformance.domain.committee;

/** What a person on a committee's list is there as; every one of them receives the papers. */
public enum MemberRole {
  CHAIR,
  MEMBER,
  OFFICER,
  SUBSTITUTE
}
