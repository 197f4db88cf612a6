package org.councilperformance.application.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words a PDF prints, each with its page, position and font size, as PDFBox reads them: what
 * the layout tests check the printed pack against (docs/reports.md#formats).
 */
public final class PdfWords {
  /**
   * @param page from 1
   * @param x from the page's left edge, in points
   * @param y its baseline from the page's top edge, in points
   * @param size the smallest font size among its glyphs, in points
   */
  public record Word(int page, String text, float x, float y, float size) {}

  /**
   * Baselines between these two lie in a pack page's body: its running header ends at 64 pt from
   * the top and its footer starts at 551 pt (595 less a 24 pt margin and the 20 pt footer), so the
   * last body line's baseline is above 551 and the footer's own is at about 565.
   */
  public static final float PACK_BODY_TOP = 60f;

  public static final float PACK_BODY_BOTTOM = 556f;

  /** Text printed larger than this is a heading. */
  private static final float BODY_TEXT_ABOVE = 11f;

  private final List<Word> words;
  private final String text;

  private PdfWords(List<Word> words, String text) {
    this.words = List.copyOf(words);
    this.text = text;
  }

  public static PdfWords of(byte[] pdf) {
    List<Word> words = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> positions)
                throws IOException {
              if (!string.isBlank() && !positions.isEmpty()) {
                TextPosition first = positions.get(0);
                float size =
                    (float)
                        positions.stream()
                            .filter(p -> !p.getUnicode().isBlank())
                            .mapToDouble(TextPosition::getFontSizeInPt)
                            .min()
                            .orElse(first.getFontSizeInPt());
                words.add(
                    new Word(
                        getCurrentPageNo(),
                        string.strip(),
                        first.getXDirAdj(),
                        first.getYDirAdj(),
                        size));
              }
              super.writeString(string, positions);
            }
          };
      stripper.setSortByPosition(true);
      return new PdfWords(words, stripper.getText(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Word> words() {
    return words;
  }

  /** The text line by line, as PDFBox extracts it: a code broken over two lines is not in it. */
  public String text() {
    return text;
  }

  /** The words printed smaller than {@code points}. */
  public List<Word> smallerThan(float points) {
    return words.stream().filter(w -> w.size() < points - 0.01f).toList();
  }

  /**
   * The pages that print nothing between their running header and footer.
   *
   * @param bodyTop the y above which the page header is printed
   * @param bodyBottom the y below which the page footer is printed
   */
  public List<Integer> blankPages(int pages, float bodyTop, float bodyBottom) {
    return java.util.stream.IntStream.rangeClosed(1, pages)
        .filter(
            page ->
                words.stream()
                    .noneMatch(w -> w.page() == page && w.y() > bodyTop && w.y() < bodyBottom))
        .boxed()
        .toList();
  }

  /** The number of the last page that prints a word. */
  public int pages() {
    return words.stream().mapToInt(Word::page).max().orElse(0);
  }

  /**
   * For each table header on a page (the word "Code" at the left margin), the first row printed
   * beneath it, as the words on its first line; a row continued from the page before has no code
   * there.
   *
   * <p>Headings (printed larger than body text, such as a priority's name over its rows) are passed
   * over.
   *
   * @param leftMargin the x beyond which a word is not in the first column
   * @param bodyBottom the y below which the page footer is printed
   */
  public List<List<Word>> firstRowsUnderHeaders(float leftMargin, float bodyBottom) {
    List<List<Word>> rows = new ArrayList<>();
    for (Word header : words) {
      if (!header.text().equals("Code") || header.x() > leftMargin) {
        continue;
      }
      // Beneath the header's cells (two lines of 10 pt at most), on the same page.
      List<Word> below =
          words.stream()
              .filter(w -> w.page() == header.page() && w.y() > header.y() + 16)
              .filter(w -> w.y() < bodyBottom)
              .filter(w -> w.size() < BODY_TEXT_ABOVE)
              .sorted(Comparator.comparing(Word::y).thenComparing(Word::x))
              .toList();
      if (below.isEmpty()) {
        rows.add(List.of());
        continue;
      }
      float top = below.get(0).y();
      rows.add(below.stream().filter(w -> Math.abs(w.y() - top) < 2).toList());
    }
    return rows;
  }
}
