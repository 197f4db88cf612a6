package org.councilperformance.domain.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.indicator.Frequency;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Polarity;
import org.junit.jupiter.api.Test;

class LibraryChangesTest {
  private static final LibrarySource SOURCE =
      new LibrarySource(
          "Publisher", "Document", "https://example.org/", LocalDate.of(2024, 1, 1), null);

  private static LibraryMeasure measure(String code, String definition) {
    return new LibraryMeasure(
        code,
        "Measure " + code,
        definition,
        IndicatorUnit.PERCENT,
        Polarity.HIGHER_IS_BETTER,
        Frequency.ANNUAL,
        null,
        true,
        null);
  }

  private static MeasureLibrary version(String version, LibraryMeasure... measures) {
    return new MeasureLibrary(
        "set", version, "A set", "S-", "A set", "final", SOURCE, List.of(), List.of(measures));
  }

  @Test
  void theSameMeasuresAreNoChange() {
    LibraryChanges changes =
        LibraryChanges.between(
            version("2024-01", measure("A1", "Share of homes.")),
            version("2025-01", measure("A1", "Share of homes.")));
    assertTrue(changes.isEmpty());
    assertEquals("2024-01", changes.from());
    assertEquals("2025-01", changes.to());
  }

  @Test
  void reflowedWhiteSpaceIsNoChange() {
    LibraryChanges changes =
        LibraryChanges.between(
            version("2024-01", measure("A1", "Share of homes\nthat are decent.")),
            version("2025-01", measure("A1", "  Share of  homes that are decent. ")));
    assertTrue(changes.isEmpty());
  }

  @Test
  void aChangeOfCaseOrPunctuationIsAChange() {
    LibraryChanges changes =
        LibraryChanges.between(
            version("2024-01", measure("A1", "Share of homes.")),
            version("2025-01", measure("A1", "Share of Homes")));
    assertEquals(1, changes.changed().size());
    FieldChange field = changes.changed().get(0).fields().get(0);
    assertEquals("definition", field.field());
    assertEquals("Share of homes.", field.before());
    assertEquals("Share of Homes", field.after());
  }

  @Test
  void reportsAddedAndRemovedMeasuresInTheirFilesOrder() {
    LibraryChanges changes =
        LibraryChanges.between(
            version("2024-01", measure("A1", "x"), measure("A2", "y")),
            version("2025-01", measure("A1", "x"), measure("B2", "z"), measure("B1", "w")));
    assertEquals(List.of("B2", "B1"), changes.added());
    assertEquals(List.of("A2"), changes.removed());
    assertTrue(changes.changed().isEmpty());
  }

  @Test
  void reportsUnitPolarityAndFrequencyEachAsAField() {
    LibraryMeasure before = measure("A1", "x");
    LibraryMeasure after =
        new LibraryMeasure(
            "A1",
            before.name(),
            "x",
            IndicatorUnit.RATE_PER_1000,
            Polarity.DATA_ONLY,
            Frequency.QUARTERLY,
            "another theme",
            false,
            "https://elsewhere.example/");
    MeasureChange change = LibraryChanges.measureChange(before, after).orElseThrow();
    assertEquals(
        List.of("unit", "polarity", "frequency"),
        change.fields().stream().map(FieldChange::field).toList());
    assertEquals("PERCENT", change.fields().get(0).before());
    assertEquals("RATE_PER_1000", change.fields().get(0).after());
  }

  @Test
  void themeAndWhereTheWordingWasCheckedAreNotChanges() {
    LibraryMeasure before = measure("A1", "x");
    LibraryMeasure after =
        new LibraryMeasure(
            "A1",
            before.name(),
            "x",
            before.unit(),
            before.polarity(),
            before.frequency(),
            "a theme",
            false,
            "https://elsewhere.example/");
    assertTrue(LibraryChanges.measureChange(before, after).isEmpty());
  }

  @Test
  void comparingAVersionWithItselfOrALaterOneIsRefusedNamingFrom() {
    MeasureLibrary v1 = version("2024-01", measure("A1", "x"));
    MeasureLibrary v2 = version("2025-01", measure("A1", "x"));
    assertEquals(
        "from",
        assertThrows(InvalidValueException.class, () -> LibraryChanges.between(v1, v1)).field());
    assertEquals(
        "from",
        assertThrows(InvalidValueException.class, () -> LibraryChanges.between(v2, v1)).field());
  }

  @Test
  void versionsOfDifferentSetsAreNotCompared() {
    MeasureLibrary other =
        new MeasureLibrary(
            "other",
            "2020-01",
            "B",
            "O-",
            "B",
            "final",
            SOURCE,
            List.of(),
            List.of(measure("A1", "x")));
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> LibraryChanges.between(other, version("2025-01", measure("A1", "x"))));
    assertEquals("from", e.field());
  }

  @Test
  void aVersionRefusesAMeasureCodeTwiceAndACodeNoIndicatorCouldHave() {
    assertThrows(
        IllegalArgumentException.class,
        () -> version("2024-01", measure("A1", "x"), measure("A1", "y")));
    assertThrows(IllegalArgumentException.class, () -> version("2024-01", measure("A/1", "x")));
    assertThrows(
        IllegalArgumentException.class, () -> version("2024-01", measure("A".repeat(39), "x")));
    version("2024-01", measure("A".repeat(38), "x")); // S- and 38 letters: 40, the longest code
  }
}
