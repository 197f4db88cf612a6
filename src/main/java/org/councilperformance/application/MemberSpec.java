package org.councilperformance.application;

import java.time.LocalDate;
import org.councilperformance.domain.committee.MemberRole;

/** A person on a committee's list as entered or imported; the end date open while they serve. */
public record MemberSpec(
    String name, String email, MemberRole role, LocalDate startDate, LocalDate endDate) {}
