package org.councilperformance.application;

import java.time.LocalDate;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.period.PeriodCode;

/**
 * Everything about an action but its code, as set when it is created or revised. Null reportedFrom
 * or reportedTo leave that end of its reported periods open (docs/rules.md#the-set-of-a-period).
 */
public record ActionSpec(
    String title,
    String description,
    Code priority,
    Code businessUnit,
    String owner,
    LocalDate startDate,
    LocalDate dueDate,
    LocalDate revisedDueDate,
    PeriodCode reportedFrom,
    PeriodCode reportedTo) {}
