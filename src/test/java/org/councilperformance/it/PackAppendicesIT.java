package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.VIEWER;
import static org.councilperformance.it.Api.as;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The pack's council-wide appendices (finance, absence, contact centre) on the sample council's
 * 2018-19-Q2, each rendered alone in every format, and on a quarter with no figures at all.
 */
class PackAppendicesIT {
  private static final String SAMPLE = "period=2018-19-Q2";

  @Test
  void theFinanceAppendixPrintsTheVariancesTheFinanceApiGives() {
    JsonPath api =
        as(VIEWER)
            .queryParam("period", "2018-19-Q2")
            .get("/finance")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String hra = "revenue.find { it.code == 'HRA' }";
    BigDecimal variance = new BigDecimal(api.getString(hra + ".variance"));
    assertThat(variance).isEqualByComparingTo("-138");

    String pdf = pdfOf("finance");
    assertThat(pdf)
        .contains(
            "Housing Revenue Account "
                + bracketed(api.getString(hra + ".originalBudget"))
                + " "
                + bracketed(api.getString(hra + ".forecastOutturn"))
                + " "
                + bracketed(variance.toPlainString()))
        .contains("Increased dwelling rent of £108k 108,000 Favourable")
        .contains("Capital programme by fund (£000)")
        .contains("Figures that do not add up");
    assertThat(rowWith(sheet("finance", "Finance revenue"), "Housing Revenue Account"))
        .contains(-2946.0, -3084.0, -138.0);
    assertThat(docxOf("finance")).contains("Housing Revenue Account").contains("(138)");
  }

  /**
   * The council reported 2.24 days per FTE; its own table gives 1,043.29 days ÷ 451.59 FTE = 2.31.
   * The pack prints the computed rate with the reported one beside it, and names the difference.
   */
  @Test
  void theAbsenceAppendixPrintsTheCouncilsRateAndChartsTheReasons() {
    String pdf = pdfOf("absence");
    assertThat(pdf)
        .contains("Days lost per FTE this quarter 2.31 2.24")
        .contains("Whole council 767.45 275.84 1,043.29 451.59 2.31 2.24")
        .contains("2018/19 Quarter 2 council days per FTE: supplied 2.24")
        .contains("Back pain - sprain - strain - musculo- skeletal 36.45")
        .contains("Reasons for absence: share of days lost (%)");
    assertThat(rowWith(sheet("absence", "Absence rate"), "Days lost per FTE this quarter"))
        .contains(2.31, 2.24);
    assertThat(rowWith(sheet("absence", "Absence reasons"), "Operation / Post Op")).contains(15.15);
    byte[] docx = Documents.pack(SAMPLE + "&format=docx&sections=absence");
    assertThat(Documents.docxText(docx)).contains("2.24").contains("Operation / Post Op");
    assertThat(picturesIn(docx)).as("the chart of reasons").isPositive();
  }

  @Test
  void theContactCentreAppendixPrintsEachMonthBesideLastYear() {
    assertThat(pdfOf("contact-centre"))
        .contains("July 2018 10,338 6,877")
        .contains("July 2017 9,040 6,843")
        .contains("Change 1,298 34");
    List<List<Object>> sheet = sheet("contact-centre", "Contact centre");
    assertThat(rowWith(sheet, "July 2018")).contains(10338.0, 6877.0);
    assertThat(docxOf("contact-centre")).contains("July 2018").contains("10,338");
  }

  @Test
  void aQuarterWithoutFiguresSaysSoInEachAppendix() {
    String query =
        "period=" + Api.freshQuarter() + "&sections=finance,absence,contact-centre&format=";
    String[] lines = {
      "No finance figures have been entered for this period.",
      "No absence figures have been entered for this period.",
      "No contact-centre figures have been entered for this period."
    };
    byte[] pdf = Documents.pack(query + "pdf");
    Documents.keep("appendices-empty.pdf", pdf);
    assertThat(Documents.pdfText(pdf)).contains(lines);
    assertThat(Documents.docxText(Documents.pack(query + "docx"))).contains(lines);
    Map<String, List<List<Object>>> sheets = Documents.xlsx(Documents.pack(query + "xlsx"));
    assertThat(sheets).containsOnlyKeys("Finance", "Absence", "Contact centre");
    assertThat(rowWith(sheets.get("Absence"), lines[1])).isNotEmpty();
  }

  private static String pdfOf(String section) {
    byte[] pdf = Documents.pack(SAMPLE + "&format=pdf&sections=" + section);
    Documents.keep(section + ".pdf", pdf);
    return Documents.pdfText(pdf);
  }

  private static String docxOf(String section) {
    byte[] docx = Documents.pack(SAMPLE + "&format=docx&sections=" + section);
    Documents.keep(section + ".docx", docx);
    return Documents.docxText(docx);
  }

  private static List<List<Object>> sheet(String section, String name) {
    byte[] xlsx = Documents.pack(SAMPLE + "&format=xlsx&sections=" + section);
    Documents.keep(section + ".xlsx", xlsx);
    Map<String, List<List<Object>>> sheets = Documents.xlsx(xlsx);
    assertThat(sheets).containsKey(name);
    // A tidy table: its header in row 1, data beneath.
    assertThat(sheets.get(name).get(0)).doesNotContainNull().allMatch(String.class::isInstance);
    return sheets.get(name);
  }

  /** The first row with a cell of exactly this text. */
  private static List<Object> rowWith(List<List<Object>> sheet, String text) {
    return sheet.stream()
        .filter(row -> row.contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with '" + text + "' in " + sheet));
  }

  /** An amount as the finance tables print it: thousands separated, negatives in brackets. */
  private static String bracketed(String amount) {
    return new DecimalFormat("#,##0;(#,##0)", DecimalFormatSymbols.getInstance(Locale.UK))
        .format(new BigDecimal(amount));
  }

  private static int picturesIn(byte[] docx) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return document.getAllPictures().size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
