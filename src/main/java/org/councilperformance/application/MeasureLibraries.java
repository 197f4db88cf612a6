package org.councilperformance.application;

import java.util.List;
import java.util.Optional;
import org.councilperformance.domain.library.MeasureLibrary;

/** The standard measure sets on offer, every version of each (docs/libraries.md#data-files). */
public interface MeasureLibraries {
  /** Every version of every set, by set and then version, oldest first. */
  List<MeasureLibrary> all();

  default Optional<MeasureLibrary> find(String set, String version) {
    return all().stream()
        .filter(l -> l.set().equals(set) && l.version().equals(version))
        .findFirst();
  }

  /** The versions of one set, oldest first. */
  default List<MeasureLibrary> versions(String set) {
    return all().stream().filter(l -> l.set().equals(set)).toList();
  }
}
