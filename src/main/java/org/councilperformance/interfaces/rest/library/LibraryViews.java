package org.councilperformance.interfaces.rest.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.LibraryImportOutcome;
import org.councilperformance.domain.library.FieldChange;
import org.councilperformance.domain.library.ImportedMeasure;
import org.councilperformance.domain.library.LibraryChanges;
import org.councilperformance.domain.library.LibraryMeasure;
import org.councilperformance.domain.library.LibrarySource;
import org.councilperformance.domain.library.MeasureChange;
import org.councilperformance.domain.library.MeasureLibrary;

/** What the library endpoints answer (docs/api.md#libraries). */
public final class LibraryViews {
  private LibraryViews() {}

  public record SourceView(
      String publisher, String document, String url, LocalDate published, LocalDate inForce) {
    static SourceView of(LibrarySource s) {
      return new SourceView(s.publisher(), s.document(), s.url(), s.published(), s.inForce());
    }
  }

  /** A set with its versions, oldest first. */
  public record SetView(String set, String title, List<VersionSummary> versions) {}

  public record VersionSummary(String version, String status, int measures, SourceView source) {
    static VersionSummary of(MeasureLibrary l) {
      return new VersionSummary(
          l.version(), l.status(), l.measures().size(), SourceView.of(l.source()));
    }
  }

  /**
   * @param indicator the council's indicator made from the measure, null when not imported
   * @param importedVersion the version its definition last came from, null when not imported
   */
  public record MeasureView(
      String code,
      String indicatorCode,
      String name,
      String definition,
      String unit,
      String polarity,
      String frequency,
      String theme,
      boolean wordingChecked,
      String seenAt,
      String indicator,
      String importedVersion) {
    static MeasureView of(MeasureLibrary l, LibraryMeasure m, ImportedMeasure imported) {
      return new MeasureView(
          m.code(),
          l.indicatorCode(m),
          m.name(),
          m.definition(),
          m.unit().name(),
          m.polarity().name(),
          m.frequency().name(),
          m.theme(),
          m.wordingChecked(),
          m.seenAt(),
          imported == null ? null : imported.indicator().code(),
          imported == null ? null : imported.setVersion());
    }
  }

  public record LibraryView(
      String set,
      String version,
      String title,
      String status,
      String codePrefix,
      String tag,
      SourceView source,
      List<String> notes,
      List<MeasureView> measures) {
    static LibraryView of(MeasureLibrary l, Map<String, ImportedMeasure> imported) {
      return new LibraryView(
          l.set(),
          l.version(),
          l.title(),
          l.status(),
          l.codePrefix(),
          l.tag(),
          SourceView.of(l.source()),
          l.notes(),
          l.measures().stream().map(m -> MeasureView.of(l, m, imported.get(m.code()))).toList());
    }
  }

  public record FieldChangeView(String field, String before, String after) {
    static FieldChangeView of(FieldChange f) {
      return new FieldChangeView(f.field(), f.before(), f.after());
    }
  }

  public record MeasureChangeView(String code, List<FieldChangeView> fields) {
    static MeasureChangeView of(MeasureChange c) {
      return new MeasureChangeView(c.code(), c.fields().stream().map(FieldChangeView::of).toList());
    }
  }

  public record ChangesView(
      String set,
      String from,
      String to,
      List<String> added,
      List<String> removed,
      List<MeasureChangeView> changed) {
    static ChangesView of(LibraryChanges c) {
      return new ChangesView(
          c.set(),
          c.from(),
          c.to(),
          c.added(),
          c.removed(),
          c.changed().stream().map(MeasureChangeView::of).toList());
    }
  }

  public record UpdatedView(String indicator, String from, List<FieldChangeView> fields) {}

  /** What an import did; indicators by their codes. */
  public record ImportView(
      String set,
      String version,
      List<String> created,
      List<UpdatedView> updated,
      List<String> unchanged,
      List<String> removed) {
    static ImportView of(LibraryImportOutcome o) {
      return new ImportView(
          o.set(),
          o.version(),
          o.created(),
          o.updated().stream()
              .map(
                  u ->
                      new UpdatedView(
                          u.indicator(),
                          u.from(),
                          u.change().fields().stream().map(FieldChangeView::of).toList()))
              .toList(),
          o.unchanged(),
          o.removed());
    }
  }
}
