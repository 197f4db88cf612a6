package org.councilperformance.interfaces.rest.imports;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.councilperformance.application.SheetColumn;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.indicator.Formula;

/**
 * A calculated indicator's components in one cell of a quarter's sheet (docs/api.md#imports):
 * {@code negative = 15; neutral = 25; positive = 60}, in alphabetical order. A component with no
 * figure after its "=" is not given; a blank cell keeps the components entered.
 */
final class SheetComponents {
  private static final String HEADING = SheetColumn.COMPONENTS.heading();

  private SheetComponents() {}

  /**
   * The cell for an indicator: every component its formula takes, with the figure entered or
   * nothing after "=", so whoever fills the sheet in sees the names; "" for an entered indicator.
   */
  static String write(Formula formula, Map<String, BigDecimal> entered) {
    if (formula == null || formula.components().isEmpty()) {
      return "";
    }
    return new TreeSet<>(formula.components())
        .stream()
            .map(name -> name + " = " + QuarterSheet.figure(entered.get(name)))
            .map(String::stripTrailing)
            .collect(Collectors.joining("; "));
  }

  /**
   * Reads a filled-in cell; each component's name is checked against the formula later, by the same
   * rule as the API's.
   *
   * @throws InvalidValueException naming the column when a part is not "name = figure"
   */
  static Map<String, BigDecimal> read(String cell) {
    Map<String, BigDecimal> components = new TreeMap<>();
    for (String part : cell.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int equals = part.indexOf('=');
      String name = equals < 0 ? "" : part.substring(0, equals).trim();
      if (name.isEmpty()) {
        throw new InvalidValueException(
            HEADING,
            "'"
                + part.trim()
                + "' is not a component: write each as name = figure, separated by semicolons,"
                + " like positive = 60; negative = 15");
      }
      String figure = part.substring(equals + 1).trim();
      if (figure.isEmpty()) {
        continue; // named with no figure: not given, as the template writes it
      }
      if (components.put(name, QuarterSheet.figureOf(figure, HEADING)) != null) {
        throw new InvalidValueException(HEADING, "the component " + name + " is given twice");
      }
    }
    return components;
  }
}
