package org.councilperformance.domain.library;

import java.util.List;

/** A measure in both versions whose definition, unit, polarity or frequency changed. */
public record MeasureChange(String code, List<FieldChange> fields) {
  public MeasureChange {
    fields = List.copyOf(fields);
  }

  public boolean changes(String field) {
    return fields.stream().anyMatch(f -> f.field().equals(field));
  }
}
