package org.councilperformance.infrastructure.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRChild;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRElementGroup;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.JRSection;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Closes up a template's table columns that a section does not print. A band template places its
 * cells at fixed positions, so a column left out with a print-when expression would leave a blank
 * gap. The elements of an optional column carry the property {@value #COLUMN} naming it; a row's
 * one wide cell (its name or commentary) carries {@value #FILL}. Leaving a column out removes its
 * elements, moves the cells between it and the fill cell over by its width and widens the fill cell
 * by as much, so the table keeps its width (docs/reports.md#columns-without-figures).
 *
 * <p>Works on a private copy of the compiled template: the shared template is never changed.
 */
final class ColumnLayout {
  static final String COLUMN = "org.councilperformance.report.column";
  static final String FILL = "org.councilperformance.report.column.fill";
  static final String FIT = "org.councilperformance.report.column.fit";

  private ColumnLayout() {}

  /**
   * Leaves the named columns out of {@code copy}, a template loaded for this purpose alone.
   *
   * @return the same template
   */
  static JasperReport without(JasperReport copy, Set<String> columns) {
    for (JRElementGroup container : containers(copy)) {
      leaveOut(container, columns);
    }
    return copy;
  }

  /**
   * Widens the columns fitted to a field to the width it needs, on {@code copy}, a template loaded
   * for this purpose alone.
   *
   * @param widths the width each field's widest value needs, padding included, by field name
   * @return the same template
   */
  static JasperReport fitted(JasperReport copy, Map<String, Integer> widths) {
    for (JRElementGroup container : containers(copy)) {
      fit(container, widths);
    }
    return copy;
  }

  /** The fields the template fits columns to, each with its narrowest such column's width. */
  static Map<String, Integer> fittedFields(JasperReport report) {
    Map<String, Integer> fields = new TreeMap<>();
    for (JRElementGroup container : containers(report)) {
      collectFitted(container, fields);
    }
    return fields;
  }

  private static void collectFitted(JRElementGroup container, Map<String, Integer> fields) {
    for (JRElement element : elementsOf(container.getChildren())) {
      String field = element.getPropertiesMap().getProperty(FIT);
      if (field != null) {
        fields.merge(field, element.getWidth(), Math::min);
      }
      if (element instanceof JRElementGroup frame) {
        collectFitted(frame, fields);
      }
    }
  }

  private static void fit(JRElementGroup container, Map<String, Integer> widths) {
    List<JRElement> row = elementsOf(container.getChildren());
    for (JRElement cell : row) {
      String field = cell.getPropertiesMap().getProperty(FIT);
      Integer wanted = field == null ? null : widths.get(field);
      if (wanted != null && wanted > cell.getWidth()) {
        resize(row, cell, wanted - cell.getWidth());
      }
      if (cell instanceof JRElementGroup frame) {
        fit(frame, widths);
      }
    }
  }

  private static List<JRElementGroup> containers(JasperReport report) {
    List<JRElementGroup> bands = new ArrayList<>();
    for (JRBand band :
        new JRBand[] {
          report.getBackground(),
          report.getTitle(),
          report.getPageHeader(),
          report.getColumnHeader(),
          report.getColumnFooter(),
          report.getPageFooter(),
          report.getLastPageFooter(),
          report.getSummary(),
          report.getNoData()
        }) {
      if (band != null) {
        bands.add(band);
      }
    }
    addBands(bands, report.getDetailSection());
    if (report.getGroups() != null) {
      for (JRGroup group : report.getGroups()) {
        addBands(bands, group.getGroupHeaderSection());
        addBands(bands, group.getGroupFooterSection());
      }
    }
    return bands;
  }

  private static void addBands(Collection<JRElementGroup> into, JRSection section) {
    if (section != null && section.getBands() != null) {
      for (JRBand band : section.getBands()) {
        if (band != null) {
          into.add(band);
        }
      }
    }
  }

  /** In one band or frame, and then in the frames within it. */
  private static void leaveOut(JRElementGroup container, Set<String> columns) {
    List<JRChild> children = container.getChildren();
    for (JRElement gone : elementsOf(children)) {
      String column = gone.getPropertiesMap().getProperty(COLUMN);
      if (column != null && columns.contains(column)) {
        resize(elementsOf(children), gone, -gone.getWidth());
        children.remove(gone);
      }
    }
    for (JRElement element : elementsOf(children)) {
      if (element instanceof JRElementGroup frame) {
        leaveOut(frame, columns);
      }
    }
  }

  /**
   * Makes {@code cell} {@code delta} wider (narrower when negative) within its row: the fill cell
   * beside it gives (or takes) the width and the cells between them move over; without a fill cell,
   * the cells to its right move.
   */
  private static void resize(List<JRElement> row, JRElement cell, int delta) {
    int left = cell.getX();
    int right = left + cell.getWidth();
    JRElement fill =
        row.stream()
            .filter(
                e -> e != cell && beside(e, cell) && e.getPropertiesMap().getProperty(FILL) != null)
            .findFirst()
            .orElse(null);
    for (JRElement other : row) {
      if (other == cell || !beside(other, cell)) {
        continue;
      }
      int x = other.getX();
      if (fill == null || fill.getX() >= right) {
        // Cells from the cell's right edge up to and including the fill cell move.
        if (x >= right && (fill == null || x <= fill.getX())) {
          other.setX(x + delta);
        }
      } else if (x < left && x > fill.getX()) {
        // The fill cell is to the left: the cells between it and this one move, and this one.
        other.setX(x - delta);
      }
    }
    if (fill != null) {
      if (fill.getX() < left) {
        cell.setX(left - delta);
      }
      fill.setWidth(fill.getWidth() - delta);
    }
    cell.setWidth(cell.getWidth() + delta);
  }

  private static boolean beside(JRElement cell, JRElement gone) {
    return cell.getY() < gone.getY() + gone.getHeight()
        && gone.getY() < cell.getY() + cell.getHeight();
  }

  private static List<JRElement> elementsOf(List<JRChild> children) {
    List<JRElement> elements = new ArrayList<>();
    for (JRChild child : children) {
      if (child instanceof JRElement element) {
        elements.add(element);
      }
    }
    return elements;
  }
}
