package org.councilperformance.infrastructure.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;

/**
 * How wide a table cell must be to print a field's widest value on one line, in the pack's body
 * font (DejaVu Sans, 10 pt, as styles.jrtx's Base style) with the cell's padding: what a column
 * fitted to its codes is widened to (docs/reports.md#formats).
 */
final class CellWidths {
  /** The cell's padding (3 pt each side, styles.jrtx) and a point for rounding. */
  private static final int PADDING = 7;

  /**
   * The widest a fitted column grows, about 35 characters: a longer code is broken over two lines
   * rather than leaving its row no room for its name.
   */
  static final int WIDEST = 240;

  /** Widths are rounded up to steps of this, so that packs share their few layouts. */
  private static final int STEP = 6;

  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

  private static volatile Font body;

  private CellWidths() {}

  /** The width the field's widest value needs, or 0 when no row has one. */
  static int needed(List<? extends Map<String, ?>> rows, String field) {
    double widest = 0;
    for (Map<String, ?> row : rows) {
      if (row.get(field) instanceof String text && !text.isBlank()) {
        widest = Math.max(widest, font().getStringBounds(text, MEASURE).getWidth());
      }
    }
    if (widest == 0) {
      return 0;
    }
    int width = (int) Math.ceil(widest) + PADDING;
    return Math.min(WIDEST, (width + STEP - 1) / STEP * STEP);
  }

  private static Font font() {
    if (body == null) {
      Font font =
          FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
              .getAwtFontFromBundles("DejaVu Sans", Font.PLAIN, 10f, Locale.UK, true);
      body = font != null ? font : new Font("DejaVu Sans", Font.PLAIN, 10);
    }
    return body;
  }
}
