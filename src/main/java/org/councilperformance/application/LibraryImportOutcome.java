package org.councilperformance.application;

import java.util.List;
import org.councilperformance.domain.library.MeasureChange;

/**
 * What importing a library version did: the indicators it created, those whose definition it
 * updated from an earlier version (and which fields), those it left as they were, and the measures
 * an earlier version had that this one has not (reported, never deleted).
 */
public record LibraryImportOutcome(
    String set,
    String version,
    List<String> created,
    List<Updated> updated,
    List<String> unchanged,
    List<String> removed) {

  public LibraryImportOutcome {
    created = List.copyOf(created);
    updated = List.copyOf(updated);
    unchanged = List.copyOf(unchanged);
    removed = List.copyOf(removed);
  }

  /** An indicator brought up to this version, from {@code from}. */
  public record Updated(String indicator, String from, MeasureChange change) {}

  public boolean createdAny() {
    return !created.isEmpty();
  }
}
