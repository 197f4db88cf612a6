package org.councilperformance.application.report.outline;

import java.util.LinkedHashSet;
import java.util.Set;
import org.councilperformance.application.report.SectionContent;

/**
 * A section no outline knows yet: its rows as one table, a column per field (colours and number
 * patterns left out), so that a new section shows in every format until it is given its own class.
 */
final class AnySectionOutline implements SectionOutliner {
  @Override
  public void outline(SectionContent content, Blocks blocks) {
    Set<String> keys = new LinkedHashSet<>();
    content.rows().forEach(r -> r.keySet().stream().sorted().forEach(keys::add));
    keys.removeIf(k -> k.endsWith("Colour") || k.endsWith("Pattern"));
    Table.Builder table = Table.builder(content.section().title(), content.section().sheetName());
    keys.forEach(k -> table.column(k, k, Column.Kind.TEXT));
    content.rows().forEach(table::row);
    blocks.table(table.build());
  }
}
