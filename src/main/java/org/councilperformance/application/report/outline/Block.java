package org.councilperformance.application.report.outline;

import java.math.BigDecimal;
import java.util.List;

/**
 * One piece of a section as its reader meets it: a heading below the section's own, a paragraph, a
 * table, or a chart (which always carries the table of its figures).
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Table, Block.Chart {

  /**
   * A heading inside a section: level 3 under the section's level-2 title, level 4 under that.
   *
   * @param id unique in the pack, for the contents list and links
   */
  record Heading(int level, String text, String id) implements Block {}

  /** A paragraph of the pack's own words or the council's. */
  record Paragraph(String text) implements Block {}

  /**
   * A bar chart: its title, the figures it shows said in words (its alternative text), and the
   * table of those figures, which every format prints beneath it.
   */
  record Chart(String title, String description, List<Bar> bars, Table data) implements Block {
    public Chart {
      bars = List.copyOf(bars);
    }

    /** The largest bar's value; the scale's end. */
    public BigDecimal largest() {
      return bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
    }
  }

  /** One bar: its label and value. */
  record Bar(String label, BigDecimal value) {}
}
