package org.councilperformance.application.report.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A section's blocks as they are written, with heading ids unique in the whole pack (the section's
 * key, then the heading's words), so a contents list can link to each.
 */
public final class Blocks {
  private final String sectionKey;
  private final Set<String> idsTaken;
  private final List<Block> blocks = new ArrayList<>();

  Blocks(String sectionKey, Set<String> idsTaken) {
    this.sectionKey = sectionKey;
    this.idsTaken = idsTaken;
  }

  /** A level-3 heading: a part of the section, listed in the contents. */
  public Blocks heading(String text) {
    return heading(3, text);
  }

  /** A level-4 heading, under a level-3 one. */
  public Blocks subheading(String text) {
    return heading(4, text);
  }

  private Blocks heading(int level, String text) {
    String slug = text.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    String id = sectionKey + "-" + (slug.isEmpty() ? "part" : slug);
    String unique = id;
    for (int n = 2; !idsTaken.add(unique); n++) {
      unique = id + "-" + n;
    }
    blocks.add(new Block.Heading(level, text, unique));
    return this;
  }

  /** A paragraph; nothing for blank text. */
  public Blocks paragraph(String text) {
    if (text != null && !text.isBlank()) {
      blocks.add(new Block.Paragraph(text.strip()));
    }
    return this;
  }

  /**
   * The section's sentence on the columns no row of a table fills (PrintedColumns' parameter
   * NOT_REPORTED), said once where the PDF says it; nothing when every column is filled. The tables
   * themselves leave those columns out (Table.Builder#build).
   */
  public Blocks notReported(Map<String, Object> parameters) {
    return paragraph(RowFields.text(parameters, NOT_REPORTED));
  }

  /** The section parameter naming the columns not reported (PrintedColumns.NOT_REPORTED). */
  static final String NOT_REPORTED = "NOT_REPORTED";

  /** A table; nothing when it has no rows. */
  public Blocks table(Table table) {
    if (!table.isEmpty()) {
      blocks.add(table);
    }
    return this;
  }

  public Blocks chart(Block.Chart chart) {
    if (!chart.bars().isEmpty()) {
      blocks.add(chart);
    }
    return this;
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  List<Block> list() {
    return List.copyOf(blocks);
  }
}
