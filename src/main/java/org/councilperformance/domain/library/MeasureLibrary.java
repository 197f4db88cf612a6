package org.councilperformance.domain.library;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilperformance.domain.Code;

/**
 * One version of a standard measure set, as its data file holds it (docs/libraries.md#data-files).
 *
 * @param set the set's code in addresses, e.g. "tsm"
 * @param version e.g. "2023-04"; versions named by year and month sort in time order
 * @param codePrefix put before each measure's code to make the indicator's code, e.g. "TSM-"
 * @param tag the tag every indicator made from it carries
 * @param status the publisher's status of this version, e.g. "in force", "first edition"
 * @param notes what the data file says about its source, its mapping and what it leaves out
 */
public record MeasureLibrary(
    String set,
    String version,
    String title,
    String codePrefix,
    String tag,
    String status,
    LibrarySource source,
    List<String> notes,
    List<LibraryMeasure> measures) {
  /** A set's or version's name in an address. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,19}");

  public MeasureLibrary {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(codePrefix, "codePrefix");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(source, "source");
    notes = notes == null ? List.of() : List.copyOf(notes);
    measures = List.copyOf(measures);
    requireName(set, "set");
    requireName(version, "version");
    if (measures.isEmpty()) {
      throw new IllegalArgumentException(set + " " + version + ": no measures");
    }
    Set<String> codes = new HashSet<>();
    for (LibraryMeasure m : measures) {
      if (!codes.add(m.code())) {
        throw new IllegalArgumentException(set + " " + version + ": " + m.code() + " twice");
      }
      String indicatorCode = codePrefix + m.code();
      if (indicatorCode.length() > Code.MAX_LENGTH
          || !indicatorCode.matches(Code.FORMAT_AND_LENGTH)) {
        throw new IllegalArgumentException(
            set + " " + version + ": " + indicatorCode + " cannot be an indicator's code");
      }
    }
  }

  private static void requireName(String name, String what) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(what + " '" + name + "' is not " + NAME.pattern());
    }
  }

  public Optional<LibraryMeasure> measure(String code) {
    return measures.stream().filter(m -> m.code().equals(code)).findFirst();
  }

  /** The code an indicator made from the measure gets, e.g. TSM-TP01. */
  public String indicatorCode(LibraryMeasure measure) {
    return codePrefix + measure.code();
  }
}
