package org.councilperformance.interfaces.rest.committee;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.councilperformance.application.MemberSpec;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.RowError;
import org.councilperformance.domain.RowsRejectedException;
import org.councilperformance.domain.committee.MemberRole;

/**
 * A committee's distribution list as a CSV sheet (docs/api.md#committees): the headings {@code
 * name, email, role, start date, end date} in any order and case, one person a row; dates as
 * 2026-05-21, role one of chair, member, officer, substitute.
 */
public final class MemberSheetCsv {
  static final List<String> HEADINGS = List.of("name", "email", "role", "start date", "end date");
  static final int MAX_ROWS = 2_000;

  private MemberSheetCsv() {}

  /** The rows, or every cell that cannot be read as row errors (nothing is then saved). */
  public static List<MemberSpec> read(String text) {
    List<MemberSpec> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
      Map<String, Integer> columns = null;
      for (CSVRecord record : parser) {
        if (record.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (columns == null) {
          columns = headings(record);
          continue;
        }
        if (rows.size() == MAX_ROWS) {
          throw new InvalidValueException("body", "a list has at most " + MAX_ROWS + " people");
        }
        rows.add(row(record, columns, errors));
      }
      if (columns == null) {
        throw new InvalidValueException("body", "the sheet is empty: its first row is " + HEADINGS);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new MalformedValueException(
          "body", "the sheet cannot be read as CSV: " + e.getMessage());
    }
    if (!errors.isEmpty()) {
      throw new RowsRejectedException(errors);
    }
    return rows;
  }

  private static Map<String, Integer> headings(CSVRecord record) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String heading = record.get(i).strip().toLowerCase(Locale.ROOT);
      if (heading.isEmpty()) {
        continue;
      }
      if (!HEADINGS.contains(heading)) {
        throw new InvalidValueException(
            "body", "the sheet has a column '" + heading + "'; its columns are " + HEADINGS);
      }
      if (columns.putIfAbsent(heading, i) != null) {
        throw new InvalidValueException("body", "the sheet has the column '" + heading + "' twice");
      }
    }
    for (String required : HEADINGS.subList(0, 4)) {
      if (!columns.containsKey(required)) {
        throw new InvalidValueException(
            "body", "the sheet's first row must hold the headings " + HEADINGS);
      }
    }
    return columns;
  }

  private static MemberSpec row(
      CSVRecord record, Map<String, Integer> columns, List<RowError> errors) {
    int row = (int) record.getRecordNumber();
    MemberRole role = null;
    String roleText = cell(record, columns, "role");
    try {
      role = roleText == null ? null : MemberRole.valueOf(roleText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new RowError(row, "role", "role is one of chair, member, officer, substitute"));
    }
    if (roleText == null) {
      errors.add(new RowError(row, "role", "role is required"));
    }
    return new MemberSpec(
        cell(record, columns, "name"),
        cell(record, columns, "email"),
        role,
        date(record, columns, "start date", row, errors),
        date(record, columns, "end date", row, errors));
  }

  private static LocalDate date(
      CSVRecord record, Map<String, Integer> columns, String column, int row, List<RowError> e) {
    String text = cell(record, columns, column);
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException bad) {
      e.add(
          new RowError(row, column, column + " is a date such as 2026-05-21, not '" + text + "'"));
      return null;
    }
  }

  private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
    Integer i = columns.get(column);
    if (i == null || i >= record.size() || record.get(i).isBlank()) {
      return null;
    }
    return record.get(i).strip();
  }
}
