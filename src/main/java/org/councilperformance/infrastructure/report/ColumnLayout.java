package org.councilperformance.infrastructure.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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
        children.remove(gone);
        closeUp(elementsOf(children), gone);
      }
    }
    for (JRElement element : elementsOf(children)) {
      if (element instanceof JRElementGroup frame) {
        leaveOut(frame, columns);
      }
    }
  }

  /** The cells beside {@code gone} (sharing its lines) move into its place. */
  private static void closeUp(List<JRElement> row, JRElement gone) {
    int left = gone.getX();
    int width = gone.getWidth();
    JRElement fill =
        row.stream()
            .filter(e -> beside(e, gone) && e.getPropertiesMap().getProperty(FILL) != null)
            .findFirst()
            .orElse(null);
    for (JRElement cell : row) {
      if (!beside(cell, gone)) {
        continue;
      }
      boolean right = cell.getX() >= left + width;
      if (fill == null || fill.getX() > left) {
        // Cells from the gap up to and including the fill cell move left.
        if (right && (fill == null || cell.getX() <= fill.getX())) {
          cell.setX(cell.getX() - width);
        }
      } else if (!right && cell.getX() > fill.getX()) {
        // The fill cell is to the left: the cells between it and the gap move right.
        cell.setX(cell.getX() + width);
      }
    }
    if (fill != null) {
      fill.setWidth(fill.getWidth() + width);
    }
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
