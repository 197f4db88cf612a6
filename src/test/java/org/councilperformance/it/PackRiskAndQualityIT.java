package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.array;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.unique;

import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pack's two council-wide appendices: the corporate risk register (a matrix per scale, then the
 * register) and the period's data-quality findings, in PDF, XLSX and DOCX.
 */
class PackRiskAndQualityIT {
  private static final String Q2 = "period=2018-19-Q2";

  /** Text without any whitespace: a PDF line may wrap anywhere in a cell. */
  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  /**
   * Whether a matrix cell headed by {@code cell} (band and score, e.g. "▲ Amber · 6") lists the
   * code: each cell's heading has a "·", so the code must come before the next cell's.
   */
  private static boolean inCell(String text, String cell, String code) {
    return Pattern.compile(Pattern.quote(squeezed(cell)) + "[^·]*?" + Pattern.quote(code))
        .matcher(squeezed(text))
        .find();
  }

  /** Registers an open risk; returns its code. */
  static String newRisk(String title, int scale, int likelihood, int impact) {
    String code = unique("R");
    json(object()
            .add("code", code)
            .add("scale", scale)
            .add("title", title + " " + code)
            .add("owner", "Head of Facilities")
            .add("inherent", rating(scale, scale))
            .add("residual", rating(likelihood, impact)))
        .post("/risks")
        .then()
        .statusCode(201);
    return code;
  }

  private static JsonObjectBuilder rating(int likelihood, int impact) {
    return object().add("likelihood", likelihood).add("impact", impact);
  }

  private static void review(String risk, String date, int likelihood, int impact, String note) {
    json(object()
            .add("reviewDate", date)
            .add("residual", rating(likelihood, impact))
            .add("note", note)
            .add("reviewer", "Leadership team"))
        .post("/risks/" + risk + "/reviews")
        .then()
        .statusCode(201);
  }

  /** A worksheet's rows, each as its cells' texts without the blank ones. */
  private static List<List<String>> sheet(byte[] xlsx, String name) {
    Map<String, List<List<Object>>> sheets = Documents.xlsx(xlsx);
    assertThat(sheets).containsKey(name);
    return sheets.get(name).stream()
        .map(r -> r.stream().map(String::valueOf).filter(c -> !c.isEmpty()).toList())
        .toList();
  }

  @Test
  void theRiskRegisterPlacesEachOpenRiskOnItsMatrixAndListsIt() {
    String lowest = newRisk("Lift failure at", 4, 2, 2);
    review(lowest, "2018-06-30", 2, 2, "Lift serviced");
    review(lowest, "2018-09-30", 1, 1, "New lift installed"); // now 1×1, improving
    String first = newRisk("Flooding of depot", 4, 2, 3);
    String second = newRisk("Loss of key staff", 4, 2, 3);
    String highest = newRisk("Fraud in payments", 5, 5, 5);
    String action = unique("ACT");
    json(object().add("code", action).add("title", "Raise the depot floor"))
        .post("/actions")
        .then()
        .statusCode(201);
    json(object()
            .add("title", "Flooding of depot " + first)
            .add("owner", "Head of Facilities")
            .add("inherent", rating(4, 4))
            .add("residual", rating(2, 3))
            .add("mitigatingActions", array().add(action)))
        .put("/risks/" + first)
        .then()
        .statusCode(200);

    byte[] pdf = Documents.pack(Q2 + "&format=pdf&sections=risks");
    Documents.keep("risks.pdf", pdf);
    String text = Documents.pdfText(pdf);
    assertThat(text)
        .contains("Appendix A: corporate risk register", "Risk matrix", "Risk register");
    assertThat(text).doesNotContain("No open risks are recorded.");
    assertThat(inCell(text, "● Green · 1", lowest)).as("%s in 1×1", lowest).isTrue();
    assertThat(inCell(text, "▲ Amber · 6", first)).as("%s in 2×3", first).isTrue();
    assertThat(inCell(text, "▲ Amber · 6", second)).as("%s in 2×3", second).isTrue();
    assertThat(inCell(text, "◆ Red · 25", highest)).as("%s in 5×5", highest).isTrue();
    assertThat(text).contains("Bands: 5×5; score = likelihood × impact; GREEN 1–6, AMBER 7–12");
    assertThat(squeezed(text))
        .contains(
            squeezed(
                lowest
                    + " Lift failure at "
                    + lowest
                    + " Head of Facilities 1 × 1 = 1 ● Green 4 × 4 = 16 ◆ Red ↑ Improving"
                    + " 30 September 2018, Leadership team: New lift installed"))
        .contains(
            squeezed(
                first
                    + " Flooding of depot "
                    + first
                    + " Head of Facilities 2 × 3 = 6 ▲ Amber 4 × 4 = 16 ◆ Red "
                    + action
                    + " Raise the depot floor Not yet reviewed"));

    byte[] xlsx = Documents.pack(Q2 + "&format=xlsx&sections=risks");
    assertThat(Documents.xlsx(xlsx)).containsOnlyKeys("Risk matrix", "Risks");
    List<List<String>> rows = sheet(xlsx, "Risk matrix");
    // One tidy table: the matrix, the likelihood, then a column per impact.
    assertThat(rows.get(0)).startsWith("Matrix", "Likelihood", "Impact 1");
    // The 2×3 cell of the 4×4 matrix: the third impact column of the likelihood 2 row.
    assertThat(rows)
        .filteredOn(r -> r.get(0).equals("4 × 4 matrix") && r.get(1).equals("Likelihood 2"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.get(4))
                    .startsWith("▲ Amber · 6")
                    .contains(first)
                    .contains(second)
                    .doesNotContain(lowest));
    assertThat(rows)
        .filteredOn(r -> r.get(0).equals("5 × 5 matrix") && r.get(1).equals("Likelihood 5"))
        .singleElement()
        .satisfies(r -> assertThat(r.get(6)).startsWith("◆ Red · 25").contains(highest));
    assertThat(sheet(xlsx, "Risks"))
        .filteredOn(r -> r.get(0).equals(lowest))
        .singleElement()
        .satisfies(r -> assertThat(r).contains("1 × 1 = 1, ● Green", "↑ Improving"));

    byte[] docx = Documents.pack(Q2 + "&format=docx&sections=risks");
    Documents.keep("risks.docx", docx);
    String word = Documents.docxText(docx);
    assertThat(word).contains("Risk matrix", "Flooding of depot " + first, action);
    assertThat(inCell(word, "◆ Red · 25", highest)).isTrue();
  }

  @Test
  void theSampleCouncilsFindingsAppearInEveryFormat() {
    byte[] pdf = Documents.pack(Q2 + "&format=pdf&sections=data-quality");
    Documents.keep("data-quality.pdf", pdf);
    String text = Documents.pdfText(pdf);
    assertThat(text).contains("Appendix A: data-quality findings");
    // Contact centre, September 2018: 3,319 answered within 60 s, fewer than 3,937 within 30 s.
    assertThat(squeezed(text))
        .contains(
            squeezed(
                "September 2018 calls answered within 60 s ≥ calls answered within 30 s"
                    + " 3,319 3,937 (618)"))
        // Capital approved in year: printed 971, the parts add up to 1,884.
        .contains(squeezed("2018/19 Quarter 2 capital, Total, approved in year"))
        .contains(squeezed("971 1,884 (913)"));

    List<List<String>> rows =
        sheet(Documents.pack(Q2 + "&format=xlsx&sections=data-quality"), "Data quality");
    assertThat(rows)
        .filteredOn(r -> r.contains("September 2018"))
        .singleElement()
        .satisfies(r -> assertThat(r).contains("Contact centre", "3319.0", "3937.0", "-618.0"));
    assertThat(rows)
        .filteredOn(r -> r.contains("2018/19 Quarter 2 capital, Total, approved in year"))
        .singleElement()
        .satisfies(r -> assertThat(r).contains("Finance", "971.0", "1884.0", "-913.0"));

    byte[] docx = Documents.pack(Q2 + "&format=docx&sections=data-quality");
    Documents.keep("data-quality.docx", docx);
    assertThat(squeezed(Documents.docxText(docx)))
        .contains(squeezed("3,319 3,937 (618)"))
        .contains(squeezed("971 1,884 (913)"));
  }

  @Test
  void aPeriodWithoutFindingsSaysSo() {
    String quarter = Api.freshQuarter();

    String text =
        Documents.pdfText(
            Documents.pack("period=" + quarter + "&format=pdf&sections=data-quality"));

    assertThat(text).contains("No data-quality findings for this period.");
  }
}
