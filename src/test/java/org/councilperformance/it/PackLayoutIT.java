package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.councilperformance.application.report.PdfWords;
import org.junit.jupiter.api.Test;

/**
 * The sample council's whole pack as members read it on paper (docs/reports.md#formats): body text
 * of 10 pt at least, no code broken over two lines, and every table on every page starting with a
 * row's code, never with the rest of a row from the page before.
 */
class PackLayoutIT {
  private static final String CODE = "[A-Z][A-Za-z0-9_.()]*(-[A-Za-z0-9_.()]+)+";

  /** The codes of the sample's indicators and actions, as the sample file gives them. */
  private static List<String> sampleCodes() throws IOException {
    try (InputStream in = PackLayoutIT.class.getResourceAsStream("/sample/nwldc-2018-19-q2.json");
        JsonReader reader = Json.createReader(in)) {
      JsonObject sample = reader.readObject();
      return Stream.of("indicators", "actions")
          .flatMap(list -> sample.getJsonArray(list).getValuesAs(JsonObject.class).stream())
          .map(item -> item.getString("id"))
          .toList();
    }
  }

  @Test
  void theSamplePackPrintsAtTenPointsWithCodesWholeAndNoPageStartingMidRow() throws IOException {
    byte[] pdf = Documents.pack("period=2018-19-Q2&format=pdf");
    Documents.keep("layout.pdf", pdf);
    PdfWords printed = PdfWords.of(pdf);

    assertThat(printed.smallerThan(10f)).isEmpty();
    assertThat(
            printed.blankPages(printed.pages(), PdfWords.PACK_BODY_TOP, PdfWords.PACK_BODY_BOTTOM))
        .isEmpty();
    List<String> codes = sampleCodes();
    assertThat(codes).contains("VFM-PI-17", "BCC-A-01").hasSizeGreaterThan(40);
    assertThat(codes).allSatisfy(code -> assertThat(printed.text()).contains(code));
    List<List<PdfWords.Word>> firstRows =
        printed.firstRowsUnderHeaders(40f, PdfWords.PACK_BODY_BOTTOM);
    assertThat(firstRows).hasSizeGreaterThan(10);
    // Other tests add indicators and actions of their own to this council: a row's code is the
    // first cell's word, shaped as codes are (e.g. VFM-PI-17, IND-002eca3b).
    assertThat(firstRows)
        .allSatisfy(row -> assertThat(row).isNotEmpty())
        .allSatisfy(row -> assertThat(row.get(0).x()).isLessThan(40f))
        .allSatisfy(row -> assertThat(row.get(0).text()).matches(CODE));
  }
}
