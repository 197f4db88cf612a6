package org.councilperformance.domain.library;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a library version comes from: who publishes it, the document, its address and dates.
 *
 * @param inForce null when the publisher states no date from which it applies
 */
public record LibrarySource(
    String publisher, String document, String url, LocalDate published, LocalDate inForce) {
  public LibrarySource {
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
  }
}
