package org.councilperformance.infrastructure.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.councilperformance.domain.indicator.Frequency;
import org.councilperformance.domain.library.LibraryMeasure;
import org.councilperformance.domain.library.MeasureLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryFilesTest {
  private static MeasureLibrary shipped(String set, String version) {
    return LibraryFiles.shipped().stream()
        .filter(l -> l.set().equals(set) && l.version().equals(version))
        .findFirst()
        .orElseThrow();
  }

  private static MeasureLibrary read(String json) {
    return LibraryFile.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  /** A valid file with one measure, whose measure fields are {@code measure}. */
  private static String file(String measure) {
    return """
        {"set": "t", "version": "2024-01", "title": "T", "codePrefix": "T-", "tag": "T",
         "status": "draft",
         "source": {"publisher": "P", "document": "D", "url": "https://example.org/",
                    "published": "2024-01-31"},
         "measures": [{%s}]}
        """
        .formatted(measure);
  }

  @Test
  void theTenantSatisfactionMeasuresAreExactlyThe22TheRegulatorNames() {
    MeasureLibrary tsm = shipped("tsm", "2023-04");
    List<String> expected =
        Stream.of(
                IntStream.rangeClosed(1, 12).mapToObj(i -> "TP%02d".formatted(i)),
                IntStream.rangeClosed(1, 5).mapToObj(i -> "BS%02d".formatted(i)),
                Stream.of("RP01", "RP02", "CH01", "CH02", "NM01"))
            .flatMap(s -> s)
            .sorted()
            .toList();
    List<String> codes = tsm.measures().stream().map(LibraryMeasure::code).toList();
    assertEquals(22, codes.size());
    assertEquals(22, new HashSet<>(codes).size());
    assertEquals(expected, codes.stream().sorted().toList());
  }

  @Test
  void everyTenantSatisfactionMeasureHasItsDefinitionUnitPolarityAndAnnualFrequency() {
    for (LibraryMeasure m : shipped("tsm", "2023-04").measures()) {
      assertFalse(m.name().isBlank(), m.code());
      assertFalse(m.definition().isBlank(), m.code());
      assertNotNull(m.unit(), m.code());
      assertNotNull(m.polarity(), m.code());
      assertEquals(Frequency.ANNUAL, m.frequency(), m.code() + ": the regulator's is annual");
      assertNotNull(m.theme(), m.code());
    }
  }

  @Test
  void everyShippedVersionNamesItsSource() {
    List<MeasureLibrary> all = LibraryFiles.shipped();
    assertTrue(all.size() >= 2);
    for (MeasureLibrary l : all) {
      assertTrue(l.source().url().startsWith("https://www.gov.uk/"), l.set());
      assertFalse(l.source().publisher().isBlank(), l.set());
      assertFalse(l.notes().isEmpty(), l.set() + " says what it leaves out");
    }
    assertEquals("Regulator of Social Housing", shipped("tsm", "2023-04").source().publisher());
    assertEquals(
        "Ministry of Housing, Communities and Local Government",
        shipped("lof", "2026-02").source().publisher());
  }

  @Test
  void readsAWholeFile() {
    MeasureLibrary l =
        read(
            file(
                """
                "code": "A1", "name": "N", "definition": "D", "unit": "RATE_PER_1000",
                "polarity": "DATA_ONLY", "frequency": "QUARTERLY", "wordingChecked": true
                """));
    assertEquals("T-A1", l.indicatorCode(l.measures().get(0)));
    assertEquals(null, l.source().inForce());
    assertTrue(l.measures().get(0).wordingChecked());
  }

  @Test
  void aMissingFieldIsNamedWithTheFileAndMeasure() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                read(
                    file(
                        """
                        "code": "A1", "name": "N", "unit": "PERCENT",
                        "polarity": "DATA_ONLY", "frequency": "ANNUAL"
                        """)));
    assertTrue(e.getMessage().startsWith("test.json A1: definition"), e.getMessage());
  }

  @Test
  void anUnknownUnitIsRefusedNamingTheFile() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                read(
                    file(
                        """
                        "code": "A1", "name": "N", "definition": "D", "unit": "PERCENTAGE",
                        "polarity": "DATA_ONLY", "frequency": "ANNUAL"
                        """)));
    assertTrue(e.getMessage().startsWith("test.json"), e.getMessage());
  }

  @Test
  void aSetAndVersionGivenTwiceIsRefused(@TempDir Path folder) throws Exception {
    Path copy = folder.resolve("tsm-again.json");
    try (var in = getClass().getClassLoader().getResourceAsStream("libraries/tsm/2023-04.json")) {
      Files.copy(in, copy);
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> LibraryFiles.readAll(Optional.of(folder)));
    assertEquals("tsm 2023-04 is given twice", e.getMessage());
  }

  @Test
  void aFileAddedToTheFolderIsOfferedWithoutARestartAndAMissingFolderOffersNone(
      @TempDir Path folder) throws Exception {
    LibraryFiles files = new LibraryFiles(Optional.of(folder.resolve("not-yet").toString()));
    int shipped = files.all().size();
    assertEquals(LibraryFiles.shipped().size(), shipped);
    Files.createDirectories(folder.resolve("not-yet"));
    Files.writeString(
        folder.resolve("not-yet/t.json"),
        file(
            """
            "code": "A1", "name": "N", "definition": "D", "unit": "PERCENT",
            "polarity": "HIGHER_IS_BETTER", "frequency": "ANNUAL"
            """));
    assertEquals(shipped + 1, files.all().size());
    assertTrue(files.find("t", "2024-01").isPresent());
  }

  @Test
  void addsTheFilesOfTheFolderInVersionOrder(@TempDir Path folder) throws Exception {
    Files.writeString(
        folder.resolve("t.json"),
        file(
            """
            "code": "A1", "name": "N", "definition": "D", "unit": "PERCENT",
            "polarity": "HIGHER_IS_BETTER", "frequency": "ANNUAL"
            """));
    List<MeasureLibrary> all = LibraryFiles.readAll(Optional.of(folder));
    assertEquals(LibraryFiles.shipped().size() + 1, all.size());
    List<String> sets = all.stream().map(MeasureLibrary::set).toList();
    assertTrue(sets.contains("t"));
    assertEquals(sets.stream().sorted().toList(), sets);
  }
}
