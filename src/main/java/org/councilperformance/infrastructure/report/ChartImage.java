package org.councilperformance.infrastructure.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.imageio.ImageIO;
import org.councilperformance.application.report.outline.Block;
import org.councilperformance.application.report.outline.Figure;

/**
 * Draws an outline's bar chart as a PNG, for the HTML twin (as a data URI) and the Word document:
 * one horizontal bar per label, its value written at its end, in the pack's font (DejaVu Sans,
 * shipped with JasperReports' font extension). Twice the size it is shown at, to stay sharp when
 * zoomed.
 */
final class ChartImage {
  /** The width the chart is shown at, in CSS pixels (and points in Word, near enough). */
  static final int WIDTH = 640;

  private static final int SCALE = 2;
  private static final int BAR = 22;
  private static final int GAP = 8;
  private static final int LABEL_WIDTH = 260;
  private static final int PAD = 10;
  private static final Color INK = new Color(0x0B, 0x0C, 0x0C);
  private static final Color BAR_COLOUR = new Color(0x1D, 0x70, 0xB8);
  private static final Font FONT = font();

  private ChartImage() {}

  /** The height the chart is shown at, in CSS pixels. */
  static int height(Block.Chart chart) {
    return PAD * 2 + chart.bars().size() * (BAR + GAP);
  }

  static byte[] png(Block.Chart chart) {
    int height = height(chart);
    BufferedImage image =
        new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(SCALE, SCALE);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, height);
      g.setFont(FONT);
      FontMetrics metrics = g.getFontMetrics();
      BigDecimal largest = chart.largest().signum() > 0 ? chart.largest() : BigDecimal.ONE;
      int room = WIDTH - LABEL_WIDTH - PAD * 2 - 60;
      int y = PAD;
      for (Block.Bar bar : chart.bars()) {
        int length =
            bar.value()
                .max(BigDecimal.ZERO)
                .multiply(BigDecimal.valueOf(room))
                .divide(largest, 0, RoundingMode.HALF_UP)
                .intValue();
        int baseline = y + (BAR + metrics.getAscent() - metrics.getDescent()) / 2;
        g.setColor(INK);
        g.drawString(fit(bar.label(), metrics, LABEL_WIDTH - PAD), PAD, baseline);
        g.setColor(BAR_COLOUR);
        g.fillRect(LABEL_WIDTH, y, Math.max(length, 1), BAR);
        g.setColor(INK);
        g.drawString(Figure.of(bar.value()).toString(), LABEL_WIDTH + length + 6, baseline);
        y += BAR + GAP;
      }
    } finally {
      g.dispose();
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The label cut with an ellipsis to fit; the full words are in the table and the alt text. */
  private static String fit(String label, FontMetrics metrics, int width) {
    if (metrics.stringWidth(label) <= width) {
      return label;
    }
    String cut = label;
    while (cut.length() > 1 && metrics.stringWidth(cut + "…") > width) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.strip() + "…";
  }

  private static Font font() {
    try (InputStream in =
        ChartImage.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
      if (in != null) {
        return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(13f);
      }
    } catch (IOException | FontFormatException e) {
      // fall through to the platform's sans serif
    }
    return new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  }
}
