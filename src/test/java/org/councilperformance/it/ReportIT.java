package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Documents.docxText;
import static org.councilperformance.it.Documents.keep;
import static org.councilperformance.it.Documents.pack;
import static org.councilperformance.it.Documents.pdf;
import static org.councilperformance.it.Documents.pdfText;
import static org.councilperformance.it.Documents.xlsx;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/**
 * The quarterly pack's machinery and its first sections (cover, summary, compendium) over the
 * sample council, read back as its readers' software would read it. The counts are asserted for the
 * Homes and Communities priority, whose indicators no other test touches.
 */
class ReportIT {
  private static final String SAMPLE = "period=2018-19-Q2";
  private static final String FIRST_SECTIONS = SAMPLE + "&sections=cover,summary,indicators";

  @Test
  void pdfIsATaggedEnglishDocumentWithItsTitleAndEmbeddedFonts() throws IOException {
    byte[] bytes = pack(FIRST_SECTIONS);
    keep("first-sections.pdf", bytes);
    try (PDDocument document = pdf(bytes)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(document.getDocumentInformation().getTitle())
          .contains("2018/19 Quarter 2 Performance Management Report")
          .contains("North West Leicestershire District Council");
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }
  }

  @Test
  void everyPageSaysCouncilPeriodAndPageXOfY() throws IOException {
    byte[] bytes = pack(FIRST_SECTIONS);
    int pages;
    try (PDDocument document = pdf(bytes)) {
      pages = document.getNumberOfPages();
    }
    assertThat(pages).isGreaterThan(2);
    String text = pdfText(bytes);
    for (int page = 1; page <= pages; page++) {
      assertThat(text).contains("Page " + page + " of " + pages);
    }
    assertThat(text.split("North West Leicestershire District Council", -1).length - 1)
        .isGreaterThanOrEqualTo(pages);
    assertThat(text.split("Quarter 2 2018/19 \\(July–September\\)", -1).length - 1)
        .isGreaterThanOrEqualTo(pages);
  }

  @Test
  void coverNamesCommitteeMeetingAuthorsAndThatTheReportIsPublic() {
    String text = pdfText(pack(SAMPLE + "&sections=cover"));
    assertThat(text)
        .contains("Policy and Development Group")
        .contains("Monday 5 November 2018")
        .contains("2018/19 QUARTER 2 PERFORMANCE MANAGEMENT REPORT")
        .contains("Councillor Richard Blunt")
        .contains("Strategic Director of Housing and Customer Services")
        .contains("Public report");
  }

  @Test
  void summaryPrintsTheSampleCountsWithShapesAndWords() {
    String text = pdfText(pack(SAMPLE + "&sections=summary&priority=HC"));
    keep("summary-hc.pdf", pack(SAMPLE + "&sections=summary&priority=HC"));
    // Homes and Communities: 7 green, 1 amber (HC-PI-03), 1 red (HC-PI-05), 2 data only.
    assertThat(text)
        .contains("7 of 9 indicators on track (78%)")
        .contains("● Green 7")
        .contains("▲ Amber 1")
        .contains("◆ Red 1")
        .contains("○ Data only 2")
        .contains("Priority: Homes and Communities");
    assertThat(pdfText(pack(SAMPLE + "&sections=summary")))
        .containsPattern("\\d+ of \\d+ indicators on track \\(\\d+%\\)")
        .containsPattern("\\d+ of \\d+ actions on track \\(\\d+%\\)")
        .containsPattern("\\d+ of \\d+ indicators forecast on track at the year end");
  }

  @Test
  void compendiumPrintsEveryIndicatorWithItsRuleTrendAndCommentary() {
    String text = pdfText(pack(SAMPLE + "&sections=indicators&priority=HC"));
    assertThat(text)
        .contains("HC-PI-05")
        .contains("Number of properties empty and unavailable")
        .contains("0.75 0.98 ◆ Red")
        .contains("Rule: lower is better; amber up to 5% above target")
        .contains("Delays in completing transfer of two empty former sheltered schemes")
        .contains("HC-PI-03")
        .contains("▲ Amber")
        .doesNotContain("VFM-PI-01");
  }

  @Test
  void xlsxHasASheetPerSectionWithFiguresAsNumbers() {
    byte[] bytes = pack(FIRST_SECTIONS + "&format=xlsx");
    keep("first-sections.xlsx", bytes);
    Map<String, List<List<Object>>> sheets = xlsx(bytes);
    assertThat(sheets.keySet()).containsExactly("Cover", "Summary", "Indicators");
    List<Object> emptyHomes =
        sheets.get("Indicators").stream()
            .filter(row -> row.contains("HC-PI-05"))
            .findFirst()
            .orElseThrow();
    assertThat(emptyHomes).contains(0.75, 0.98, "◆ Red");
    assertThat(sheets.get("Cover").toString()).contains("Policy and Development Group");
  }

  @Test
  void docxHoldsTheSameFigures() {
    byte[] bytes = pack(FIRST_SECTIONS + "&format=docx&priority=HC");
    keep("first-sections-hc.docx", bytes);
    String text = docxText(bytes);
    assertThat(text)
        .contains("Policy and Development Group")
        .contains("7 of 9 indicators on track (78%)")
        .contains("HC-PI-05")
        .contains("◆ Red")
        .contains("Page 1 of");
  }

  @Test
  void answersWithTheFormatsContentTypeAndADownloadName() {
    for (String[] format :
        List.of(
            new String[] {"pdf", "application/pdf"},
            new String[] {
              "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            },
            new String[] {
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            })) {
      request()
          .accept("*/*")
          .get("/reports/quarterly?" + SAMPLE + "&sections=summary&format=" + format[0])
          .then()
          .statusCode(200)
          .contentType(format[1])
          .header(
              "Content-Disposition",
              "attachment; filename=\"quarterly-performance-2018-19-Q2." + format[0] + "\"");
    }
    request()
        .accept("*/*")
        .get("/reports/quarterly?" + SAMPLE + "&sections=summary&priority=HC")
        .then()
        .statusCode(200)
        .header(
            "Content-Disposition",
            "attachment; filename=\"quarterly-performance-2018-19-Q2-HC.pdf\"");
  }

  @Test
  void saysWhereTheTimeWentInServerTiming() {
    String timing =
        request()
            .accept("*/*")
            .get("/reports/quarterly?" + SAMPLE + "&sections=summary")
            .then()
            .statusCode(200)
            .extract()
            .header("Server-Timing");

    assertThat(timing)
        .matches(
            "data;dur=\\d+\\.\\d;desc=\"queries and rows\", render;dur=\\d+\\.\\d;desc=\"fill and"
                + " export\"");
  }

  @Test
  void viewersAndEditorsMayRenderButNotAnonymousCallers() {
    for (String user : List.of("member", "housing.editor", "hcs.director")) {
      as(user)
          .accept("*/*")
          .get("/reports/quarterly?" + SAMPLE + "&sections=summary")
          .then()
          .statusCode(200)
          .contentType("application/pdf");
    }
    anonymous()
        .accept("*/*")
        .get("/reports/quarterly?" + SAMPLE + "&sections=summary")
        .then()
        .statusCode(401);
  }

  @Test
  void badRequestsNameTheirField() {
    problem(request().get("/reports/quarterly?format=pdf").then(), 400, "period");
    problem(request().get("/reports/quarterly?period=2018-Q9").then(), 400, "period");
    problem(request().get("/reports/quarterly?" + SAMPLE + "&format=odt").then(), 422, "format");
    problem(
        request().get("/reports/quarterly?" + SAMPLE + "&sections=cover,appendix-z").then(),
        422,
        "sections");
    problem(
        request().get("/reports/quarterly?" + SAMPLE + "&priority=NO-SUCH").then(),
        404,
        "priority");
    problem(
        request().get("/reports/quarterly?" + SAMPLE + "&businessUnit=NO-SUCH").then(),
        404,
        "businessUnit");
    problem(request().get("/reports/quarterly?period=1999-00-Q1").then(), 404, "period");
  }

  @Test
  void anAdminSetsTheCoverAndAnExemptPackSaysWhy() {
    String quarter = Api.freshQuarter();
    request()
        .get("/reports/covers/" + quarter)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("committee", org.hamcrest.Matchers.equalTo("Corporate Scrutiny Committee"))
        .body("publication", org.hamcrest.Matchers.equalTo("Public report"));
    json("""
            {"committee": "Audit and Governance Committee", "meetingDate": "2101-01-20",
             "title": "Quarterly performance", "authors": ["Head of Finance", "Chief Executive"],
             "exemptParagraph": 3}""")
        .put("/reports/covers/" + quarter)
        .then()
        .statusCode(200)
        .body("committee", org.hamcrest.Matchers.equalTo("Audit and Governance Committee"))
        .body("authors", org.hamcrest.Matchers.contains("Head of Finance", "Chief Executive"));
    String text = pdfText(pack("period=" + quarter + "&sections=cover"));
    assertThat(text)
        .contains("Audit and Governance Committee")
        .contains("Thursday 20 January 2101")
        .contains("Head of Finance")
        .contains(
            "Exempt: not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to"
                + " the Local Government Act 1972");
  }

  @Test
  void aCoverNeedsACommitteeATitleAndAParagraphOfSchedule12A() {
    String quarter = Api.freshQuarter();
    problem(json("{\"title\": \"T\"}").put("/reports/covers/" + quarter).then(), 422, "committee");
    problem(
        json("{\"committee\": \"C\", \"title\": \" \"}").put("/reports/covers/" + quarter).then(),
        422,
        "title");
    problem(
        json("{\"committee\": \"C\", \"title\": \"T\", \"exemptParagraph\": 8}")
            .put("/reports/covers/" + quarter)
            .then(),
        422,
        "exemptParagraph");
    problem(
        json("{\"committee\": \"C\", \"title\": \"T\", \"authors\": [\"\"]}")
            .put("/reports/covers/" + quarter)
            .then(),
        422,
        "authors");
    problem(
        json("{\"committee\": \"C\", \"title\": \"T\", \"meetingDate\": \"20th Jan\"}")
            .put("/reports/covers/" + quarter)
            .then(),
        400,
        "meetingDate");
    // Nothing was kept from the refused requests.
    request()
        .get("/reports/covers/" + quarter)
        .then()
        .statusCode(200)
        .body("committee", org.hamcrest.Matchers.equalTo("Corporate Scrutiny Committee"));
  }

  @Test
  void onlyAdminsSetTheCover() {
    String quarter = Api.freshQuarter();
    for (String user : List.of("member", "housing.editor", "hcs.director")) {
      problem(
          Api.json(user, "{\"committee\": \"C\", \"title\": \"T\"}")
              .put("/reports/covers/" + quarter)
              .then(),
          403,
          null);
    }
    as("member").get("/reports/covers/" + quarter).then().statusCode(200);
  }
}
