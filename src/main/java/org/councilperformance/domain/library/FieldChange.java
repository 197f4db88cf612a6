package org.councilperformance.domain.library;

/** One field of a measure that differs between two versions, both values as the files give them. */
public record FieldChange(String field, String before, String after) {}
