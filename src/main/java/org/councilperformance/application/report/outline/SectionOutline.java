package org.councilperformance.application.report.outline;

import java.util.List;

/**
 * One section of the pack: its title (a level-2 heading), the id links use, and its blocks.
 *
 * @param key the section's key, e.g. "summary"; also its id in an HTML page
 * @param sheetName the section's worksheet when it has no table of its own (only words)
 */
public record SectionOutline(String key, String title, String sheetName, List<Block> blocks) {
  public SectionOutline {
    blocks = List.copyOf(blocks);
  }

  /** The section's level-3 headings, for a contents list. */
  public List<Block.Heading> headings() {
    return blocks.stream()
        .filter(b -> b instanceof Block.Heading h && h.level() == 3)
        .map(b -> (Block.Heading) b)
        .toList();
  }

  /** Its paragraphs' words, in order. */
  public List<String> paragraphs() {
    return blocks.stream()
        .filter(Block.Paragraph.class::isInstance)
        .map(b -> ((Block.Paragraph) b).text())
        .toList();
  }

  /** Its tables, a chart's own figures included, in order. */
  public List<Table> tables() {
    return blocks.stream()
        .map(b -> b instanceof Block.Chart c ? c.data() : b)
        .filter(Table.class::isInstance)
        .map(Table.class::cast)
        .toList();
  }
}
