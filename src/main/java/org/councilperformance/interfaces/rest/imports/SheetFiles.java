package org.councilperformance.interfaces.rest.imports;

import java.util.List;
import java.util.Locale;
import org.councilperformance.application.ActionSheetLine;
import org.councilperformance.application.SheetLine;
import org.councilperformance.application.UploadedSheet;
import org.councilperformance.domain.InvalidValueException;

/**
 * A quarter's sheet as a file in either format (docs/api.md#imports): the one way the API and the
 * portal's upload page write a template and read an upload.
 */
public final class SheetFiles {
  /** The formats a sheet travels in. */
  public enum Format {
    CSV(QuarterSheetCsv.MEDIA_TYPE + "; charset=UTF-8", ".csv"),
    XLSX(QuarterSheetXlsx.MEDIA_TYPE, ".xlsx");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() {
      return mediaType;
    }

    /** The file name's ending, with its dot. */
    public String extension() {
      return extension;
    }
  }

  /** The most bytes an upload may take. */
  public static final int MAX_BYTES = QuarterSheet.MAX_BYTES;

  private SheetFiles() {}

  /** The indicators template with the period's figures. */
  public static byte[] writeIndicators(Format format, List<SheetLine> lines) {
    return write(format, QuarterSheet.indicators(lines));
  }

  /** The actions template with the period's updates (docs/api.md#actions-sheet). */
  public static byte[] writeActions(Format format, List<ActionSheetLine> lines) {
    return write(format, QuarterSheet.actions(lines));
  }

  private static byte[] write(Format format, QuarterSheet.Table table) {
    return format == Format.XLSX ? QuarterSheetXlsx.write(table) : QuarterSheetCsv.write(table);
  }

  /**
   * An upload's rows.
   *
   * @throws InvalidValueException naming "body" when the sheet as a whole cannot be loaded
   */
  public static UploadedSheet read(Format format, byte[] bytes) {
    return format == Format.XLSX
        ? QuarterSheetXlsx.read(bytes)
        : QuarterSheetCsv.read(QuarterSheetCsv.decode(bytes));
  }

  /**
   * The format a file chosen in a browser is in, by its name's ending: what a spreadsheet program
   * saves is named so, whatever type the browser guesses for it.
   *
   * @param field the form's field, named when the file is of another kind
   * @throws InvalidValueException for a macro-enabled workbook or a file of another kind
   */
  public static Format ofFileName(String fileName, String field) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return Format.CSV;
    }
    if (name.endsWith(".xlsx")) {
      return Format.XLSX;
    }
    if (name.endsWith(".xlsm")) {
      throw new InvalidValueException(field, QuarterSheetXlsx.MACRO_ENABLED_REFUSAL);
    }
    throw new InvalidValueException(field, "the selected file must be a CSV or an XLSX workbook");
  }
}
