package org.councilperformance.application;

import java.time.LocalDate;
import org.councilperformance.domain.Code;

/** Everything about an action but its code, as set when it is created or revised. */
public record ActionSpec(
    String title,
    String description,
    Code priority,
    Code businessUnit,
    String owner,
    LocalDate startDate,
    LocalDate dueDate,
    LocalDate revisedDueDate) {}
