package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilperformance.application.LibraryImport.Assignment;
import org.councilperformance.application.LibraryImportOutcome.Updated;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.indicator.Aggregation;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.library.FieldChange;
import org.councilperformance.domain.library.ImportedMeasure;
import org.councilperformance.domain.library.LibraryChanges;
import org.councilperformance.domain.library.LibraryMeasure;
import org.councilperformance.domain.library.MeasureChange;
import org.councilperformance.domain.library.MeasureLibrary;

/**
 * The standard measure libraries: which there are, what changed between versions, and adding a
 * version to a council's plan (docs/libraries.md).
 */
@ApplicationScoped
public class LibraryService {
  private final MeasureLibraries libraries;
  private final IndicatorService indicators;
  private final Lookup lookup;
  private final EntityManager em;
  private final Clock clock;

  @Inject
  public LibraryService(
      MeasureLibraries libraries,
      IndicatorService indicators,
      Lookup lookup,
      EntityManager em,
      Clock clock) {
    this.libraries = libraries;
    this.indicators = indicators;
    this.lookup = lookup;
    this.em = em;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected LibraryService() {
    this(null, null, null, null, null);
  }

  public List<MeasureLibrary> libraries() {
    return libraries.all();
  }

  /** One version of a set; 404 naming {@code set} or {@code version}, whichever is unknown. */
  public MeasureLibrary library(String set, String version) {
    return find(set, version, "version");
  }

  private MeasureLibrary find(String set, String version, String versionField) {
    if (libraries.versions(set).isEmpty()) {
      throw new NotFoundException("set", "no measure library '" + set + "'");
    }
    return libraries
        .find(set, version)
        .orElseThrow(
            () ->
                new NotFoundException(
                    versionField, "library " + set + " has no version '" + version + "'"));
  }

  /** What changed from {@code from} to {@code version} (docs/libraries.md#what-changed). */
  public LibraryChanges changes(String set, String version, String from) {
    MeasureLibrary newer = library(set, version);
    if (from == null || from.isBlank()) {
      throw new InvalidValueException(
          "from", "from: the earlier version to compare with is required");
    }
    return LibraryChanges.between(find(set, from, "from"), newer);
  }

  /** The council's indicators made from the set's measures, by measure code. */
  public Map<String, ImportedMeasure> imported(String set) {
    return em.createQuery(
            "select m from ImportedMeasure m join fetch m.indicator where m.set = :set",
            ImportedMeasure.class)
        .setParameter("set", set)
        .getResultStream()
        .collect(
            Collectors.toMap(
                ImportedMeasure::measureCode,
                Function.identity(),
                (a, b) -> a,
                LinkedHashMap::new));
  }

  /**
   * Adds a version of a set to the plan: an indicator for each measure not imported before, the
   * definitions of those imported from an earlier version brought up to this one (only the fields
   * the set itself changed, so the council's own changes to the others stay), targets, owners,
   * figures and commentary untouched. Importing the same version again changes nothing.
   *
   * @throws ConflictException naming every indicator code a new measure would take that an
   *     indicator not made from the set already has (nothing is imported); or when the set was
   *     already brought to a later version
   */
  public LibraryImportOutcome importInto(String set, String version, LibraryImport request) {
    MeasureLibrary library = library(set, version);
    requireKnownMeasures(library, request);
    if (request.priority() == null) {
      throw new InvalidValueException(
          "priority", "priority: the priority the measures serve is required");
    }
    // Each looked up before anything is done, so a wrong one is a 404 naming its field even when
    // every measure is already imported.
    lookup.priority(request.priority());
    if (request.businessUnit() != null) {
      lookup.businessUnit(request.businessUnit());
    }
    for (Assignment own : request.measures().values()) {
      if (own.businessUnit() != null) {
        lookup.businessUnit(own.businessUnit());
      }
    }
    lookup.periodIfGiven(request.reportedFrom());
    Map<String, ImportedMeasure> imported = imported(set);
    for (ImportedMeasure m : imported.values()) {
      if (m.setVersion().compareTo(version) > 0) {
        throw new ConflictException(
            "version",
            set
                + " "
                + m.measureCode()
                + " is already at version "
                + m.setVersion()
                + "; an earlier version cannot be imported over it");
      }
    }
    requireFreeCodes(library, imported);

    List<String> created = new ArrayList<>();
    List<Updated> updated = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (LibraryMeasure measure : library.measures()) {
      ImportedMeasure link = imported.get(measure.code());
      if (link == null) {
        Indicator indicator = create(library, measure, request);
        em.persist(new ImportedMeasure(indicator, library, measure, clock.instant()));
        created.add(indicator.code());
      } else if (link.setVersion().equals(version)) {
        unchanged.add(link.indicator().code());
      } else {
        String from = link.setVersion();
        Optional<MeasureChange> change = upgrade(link, library, measure);
        if (change.isPresent()) {
          updated.add(new Updated(link.indicator().code(), from, change.get()));
        } else {
          unchanged.add(link.indicator().code());
        }
      }
    }
    List<String> removed =
        imported.values().stream()
            .filter(m -> library.measure(m.measureCode()).isEmpty())
            .map(m -> m.indicator().code())
            .toList();
    return new LibraryImportOutcome(set, version, created, updated, unchanged, removed);
  }

  private static void requireKnownMeasures(MeasureLibrary library, LibraryImport request) {
    for (String code : request.measures().keySet()) {
      if (library.measure(code).isEmpty()) {
        throw new InvalidValueException(
            "measures." + code,
            library.set() + " " + library.version() + " has no measure " + code);
      }
    }
  }

  private void requireFreeCodes(MeasureLibrary library, Map<String, ImportedMeasure> imported) {
    List<String> wanted =
        library.measures().stream()
            .filter(m -> !imported.containsKey(m.code()))
            .map(library::indicatorCode)
            .toList();
    if (wanted.isEmpty()) {
      return;
    }
    List<String> taken =
        em.createQuery("select i.code from Indicator i where i.code in :codes", String.class)
            .setParameter("codes", wanted)
            .getResultList();
    if (!taken.isEmpty()) {
      throw new ConflictException(
          "measures",
          "indicators with these codes already exist and were not made from "
              + library.set()
              + ": "
              + String.join(", ", taken.stream().sorted().toList())
              + " (docs/libraries.md#codes)");
    }
  }

  private Indicator create(MeasureLibrary library, LibraryMeasure measure, LibraryImport request) {
    Assignment own = request.measures().get(measure.code());
    Code unit =
        own != null && own.businessUnit() != null ? own.businessUnit() : request.businessUnit();
    String owner = own != null && own.owner() != null ? own.owner() : request.owner();
    var frequency =
        own != null && own.frequency() != null
            ? own.frequency()
            : request.frequency() != null ? request.frequency() : measure.frequency();
    return indicators.create(
        Code.of(library.indicatorCode(measure), "code"),
        new IndicatorSpec(
            measure.name(),
            measure.definition(),
            measure.unit(),
            measure.polarity(),
            frequency,
            Aggregation.SNAPSHOT,
            null,
            null,
            owner,
            unit,
            List.of(request.priority()),
            List.of(library.tag()),
            request.reportedFrom(),
            null,
            null,
            null));
  }

  /**
   * Applies to the indicator the fields the set changed between the version it came from and this
   * one. When that earlier version is no longer offered, every field is taken from this one.
   */
  private Optional<MeasureChange> upgrade(
      ImportedMeasure link, MeasureLibrary library, LibraryMeasure measure) {
    Optional<MeasureChange> change =
        libraries
            .find(link.set(), link.setVersion())
            .flatMap(older -> older.measure(measure.code()))
            .map(before -> LibraryChanges.measureChange(before, measure))
            .orElseGet(() -> Optional.of(everyField(link.indicator(), measure)));
    change.ifPresent(c -> apply(link.indicator(), measure, c));
    link.upgradeTo(library, clock.instant());
    return change;
  }

  private static MeasureChange everyField(Indicator indicator, LibraryMeasure measure) {
    return new MeasureChange(
        measure.code(),
        List.of(
            new FieldChange("name", indicator.name(), measure.name()),
            new FieldChange("definition", indicator.definition(), measure.definition()),
            new FieldChange("unit", indicator.unit().name(), measure.unit().name()),
            new FieldChange("polarity", indicator.polarity().name(), measure.polarity().name()),
            new FieldChange(
                "frequency", indicator.frequency().name(), measure.frequency().name())));
  }

  private static void apply(Indicator indicator, LibraryMeasure measure, MeasureChange change) {
    indicator.define(
        change.changes("name") ? measure.name() : indicator.name(),
        change.changes("definition") ? measure.definition() : indicator.definition(),
        change.changes("unit") ? measure.unit() : indicator.unit(),
        change.changes("polarity") ? measure.polarity() : indicator.polarity());
    if (change.changes("frequency")) {
      indicator.scheduleReporting(measure.frequency(), indicator.aggregation());
    }
  }
}
