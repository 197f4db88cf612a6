package org.councilperformance.interfaces.rest.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.councilperformance.application.UploadedSheet;
import org.councilperformance.domain.MalformedValueException;

/**
 * A quarter's sheet as CSV (docs/api.md#imports), by Apache Commons CSV: the template written, an
 * upload read. Only the cell rules are here; what a row means is the application's.
 */
public final class QuarterSheetCsv {
  public static final String MEDIA_TYPE = "text/csv";

  private static final char BOM = '\uFEFF';

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private QuarterSheetCsv() {}

  /**
   * The template: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), a row of headings, a
   * row per indicator or action; text that a spreadsheet would run as a formula is neutralised.
   */
  static byte[] write(QuarterSheet.Table table) {
    StringBuilder out = new StringBuilder().append(BOM);
    try (CSVPrinter printer =
        new CSVPrinter(
            out,
            CSVFormat.DEFAULT.builder().setHeader(table.headings().toArray(String[]::new)).get())) {
      for (List<String> row : table.rows()) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * An uploaded CSV's text, refused unread when its declared length passes the sheet's limit, and
   * decoded as {@link #decode} says. Other uploads of CSV (a committee's members) read theirs so.
   */
  public static String upload(Long length, java.io.InputStream body) {
    return decode(QuarterSheet.upload(length, body));
  }

  /**
   * The upload's text: UTF-8 when the bytes are valid UTF-8 (a byte-order mark dropped), else
   * Windows-1252, what Excel on Windows saves as "CSV" in the UK.
   */
  static String decode(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  /**
   * Reads an upload's rows by the sheet's rules ({@link QuarterSheet.Reader}); text that cannot be
   * read as CSV at all (an unclosed quote) refuses the whole upload.
   */
  static UploadedSheet read(String text) {
    QuarterSheet.Reader reader = new QuarterSheet.Reader();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
      for (CSVRecord record : parser) {
        // A spreadsheet shows a cell with line breaks in one row, so rows are records.
        reader.accept((int) record.getRecordNumber(), record.toList());
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new MalformedValueException(
          "body", "the sheet cannot be read as CSV: " + e.getMessage());
    }
    return reader.sheet();
  }
}
