package org.councilperformance.application;

import java.time.LocalDate;

/** Everything about an action but its code, as set when it is created or revised. */
public record ActionSpec(
    String title,
    String description,
    String priority,
    String businessUnit,
    String owner,
    LocalDate startDate,
    LocalDate dueDate,
    LocalDate revisedDueDate) {}
