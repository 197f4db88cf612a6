package org.councilperformance.infrastructure.library;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.councilperformance.domain.indicator.Frequency;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.library.LibraryMeasure;
import org.councilperformance.domain.library.LibrarySource;
import org.councilperformance.domain.library.MeasureLibrary;

/**
 * One library data file, read strictly: a file that leaves out a required field or names an unknown
 * unit fails with the file's name and the field, so a wrong file is found when the server starts,
 * not when a council imports it. The format is in docs/libraries.md#data-files.
 */
final class LibraryFile {
  private LibraryFile() {}

  static MeasureLibrary read(InputStream in, String name) {
    try (JsonReader reader = Json.createReader(in)) {
      JsonObject file = reader.readObject();
      JsonObject source = file.getJsonObject("source");
      if (source == null) {
        throw new IllegalArgumentException(name + ": source is required");
      }
      return new MeasureLibrary(
          text(file, "set", name),
          text(file, "version", name),
          text(file, "title", name),
          text(file, "codePrefix", name),
          text(file, "tag", name),
          text(file, "status", name),
          new LibrarySource(
              text(source, "publisher", name),
              text(source, "document", name),
              text(source, "url", name),
              LocalDate.parse(text(source, "published", name)),
              source.containsKey("inForce")
                  ? LocalDate.parse(text(source, "inForce", name))
                  : null),
          file.containsKey("notes")
              ? file.getJsonArray("notes").getValuesAs(JsonString.class).stream()
                  .map(JsonString::getString)
                  .toList()
              : List.of(),
          file.getJsonArray("measures").getValuesAs(JsonObject.class).stream()
              .map(m -> measure(m, name))
              .toList());
    } catch (RuntimeException e) {
      if (e instanceof IllegalArgumentException && e.getMessage().startsWith(name)) {
        throw e;
      }
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  private static LibraryMeasure measure(JsonObject m, String name) {
    String where = name + " " + m.getString("code", "(no code)");
    return new LibraryMeasure(
        text(m, "code", where),
        text(m, "name", where),
        text(m, "definition", where),
        IndicatorUnit.valueOf(text(m, "unit", where)),
        Polarity.valueOf(text(m, "polarity", where)),
        Frequency.valueOf(text(m, "frequency", where)),
        m.containsKey("theme") ? text(m, "theme", where) : null,
        m.getBoolean("wordingChecked", false),
        m.containsKey("seenAt") ? text(m, "seenAt", where) : null);
  }

  private static String text(JsonObject o, String field, String where) {
    JsonValue value = o.get(field);
    if (!(value instanceof JsonString s) || s.getString().isBlank()) {
      throw new IllegalArgumentException(where + ": " + field + " must be a text, not " + value);
    }
    return s.getString().strip();
  }
}
