package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.array;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Documents.pack;
import static org.councilperformance.it.Documents.pdfText;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committee front sheet and the officers' narrative (docs/reports.md#the-front-sheet,
 * docs/reports.md#officers-narrative): set through the API, printed in the pack, refused with the
 * field named, admins only, with versions, and fixed once the period is published.
 */
class FrontSheetIT {
  private static JsonObjectBuilder officer(String name, String phone, String email) {
    JsonObjectBuilder officer = object().add("name", name).add("post", "Head of Policy");
    if (phone != null) {
      officer.add("phone", phone);
    }
    if (email != null) {
      officer.add("email", email);
    }
    return officer;
  }

  private static JsonObjectBuilder frontSheet() {
    return object()
        .add("purpose", "To report performance for the quarter.")
        .add(
            "recommendations",
            array().add("That the committee notes the report.").add("That Cabinet is told."))
        .add(
            "contactOfficers",
            array()
                .add(officer("Jane Smith", "01530 454545", "Jane.Smith@Example.GOV.UK"))
                .add(officer("Ravi Patel", null, "ravi.patel@example.gov.uk")))
        .add(
            "implications",
            object().add("financial", "None").add("climate", "Fewer miles driven by fleet."))
        .add("backgroundPapers", array().add("Council Delivery Plan 2018/19"));
  }

  private static String etag(String path) {
    return request().get(path).then().statusCode(200).extract().header("ETag");
  }

  @Test
  void anAdminSetsTheFrontSheetAndThePackPrintsItWithLetteredAppendicesAndTheStatusKey() {
    String quarter = Api.freshQuarter();
    String path = "/reports/front-sheets/" + quarter;
    request()
        .get(path)
        .then()
        .statusCode(200)
        .body("purpose", nullValue())
        .body("recommendations", org.hamcrest.Matchers.empty());
    json(frontSheet())
        .put(path)
        .then()
        .statusCode(200)
        .body("recommendations[1]", equalTo("That Cabinet is told."))
        .body("contactOfficers[0].email", equalTo("Jane.Smith@example.gov.uk"))
        .body("implications.legal", nullValue());
    request()
        .get(path)
        .then()
        .statusCode(200)
        .body("contactOfficers.name", contains("Jane Smith", "Ravi Patel"))
        .body("implications.climate", equalTo("Fewer miles driven by fleet."));
    // The cover is kept as it was: the front sheet is stored with it but set apart.
    request()
        .get("/reports/covers/" + quarter)
        .then()
        .body("committee", equalTo("Corporate Scrutiny Committee"));

    String text =
        pdfText(pack("period=" + quarter + "&sections=cover,summary,indicators,risks,plan"));
    assertThat(text)
        .contains("Purpose of the report", "To report performance for the quarter.")
        .contains("1. That the committee notes the report.", "2. That Cabinet is told.")
        .contains("Jane Smith, Head of Policy · 01530 454545 · Jane.Smith@example.gov.uk")
        .contains("Financial: None", "Climate: Fewer miles driven by fleet.")
        .contains("Council Delivery Plan 2018/19")
        .contains(
            "Appendix A: compendium of performance results",
            "Appendix B: corporate risk register",
            "Appendix C: plan on a page")
        .contains("◆ Red: Indicator misses its target by more than its tolerance")
        .doesNotContain("Legal:", "Equalities:", "Not provided");
  }

  @Test
  void aFrontSheetWithNothingSetPrintsOnlyWhatThePackComputes() {
    String quarter = Api.freshQuarter();
    String text = pdfText(pack("period=" + quarter + "&sections=cover,finance"));
    assertThat(text)
        .contains("Appendices", "Appendix A: finance", "Status key", "○ Data only")
        .doesNotContain("Purpose of the report", "Recommendations", "Contact officers");
  }

  @Test
  void badPartsAreRefusedNamingThemAndNothingIsKept() {
    String quarter = Api.freshQuarter();
    String path = "/reports/front-sheets/" + quarter;
    problem(
        json(frontSheet().add("contactOfficers", array().add(officer("Jo", null, "jo@"))))
            .put(path)
            .then(),
        422,
        "contactOfficers[0].email");
    problem(
        json(frontSheet().add("contactOfficers", array().add(officer("Jo", "ext 12", null))))
            .put(path)
            .then(),
        422,
        "contactOfficers[0].phone");
    problem(
        json(frontSheet()
                .add(
                    "contactOfficers",
                    array()
                        .add(officer("Jo", "01530 454545", null))
                        .add(officer("Al", null, null))))
            .put(path)
            .then(),
        422,
        "contactOfficers[1].phone");
    problem(
        json(frontSheet().add("recommendations", array().add("Note it").add(" "))).put(path).then(),
        422,
        "recommendations[1]");
    problem(
        json(frontSheet().add("implications", object().add("legal", "x".repeat(2001))))
            .put(path)
            .then(),
        422,
        "implications.legal");
    problem(json(frontSheet().add("purpose", "x".repeat(4001))).put(path).then(), 422, "purpose");
    request().get(path).then().statusCode(200).body("purpose", nullValue());
  }

  @Test
  void onlyAdminsSetTheFrontSheetAndNarratives() {
    String quarter = Api.freshQuarter();
    for (String user : List.of("member", "housing.editor", "hcs.director")) {
      problem(
          Api.json(user, frontSheet()).put("/reports/front-sheets/" + quarter).then(), 403, null);
      problem(
          Api.json(user, object().add("text", "Mine"))
              .put("/reports/narratives/" + quarter + "/appendices/finance")
              .then(),
          403,
          null);
    }
    Api.as("member").get("/reports/front-sheets/" + quarter).then().statusCode(200);
    Api.as("member").get("/reports/narratives/" + quarter).then().statusCode(200);
  }

  @Test
  void aStaleVersionIsRefusedAndTheCoverAndFrontSheetShareOne() {
    String quarter = Api.freshQuarter();
    String path = "/reports/front-sheets/" + quarter;
    json(frontSheet()).put(path).then().statusCode(200);
    String read = etag(path);
    assertThat(read).isEqualTo(etag("/reports/covers/" + quarter));
    json(object().add("committee", "Cabinet").add("title", "Q1"))
        .header("If-Match", read)
        .put("/reports/covers/" + quarter)
        .then()
        .statusCode(200);
    problem(
        json(frontSheet().add("purpose", "Mine")).header("If-Match", read).put(path).then(),
        412,
        "If-Match");
    json(frontSheet().add("purpose", "Mine"))
        .header("If-Match", etag(path))
        .put(path)
        .then()
        .statusCode(200)
        .body("purpose", equalTo("Mine"));

    String narrative = "/reports/narratives/" + quarter + "/appendices/risks";
    json(object().add("text", "First")).put(narrative).then().statusCode(200);
    String first = etag(narrative);
    json(object().add("text", "Second"))
        .header("If-Match", first)
        .put(narrative)
        .then()
        .statusCode(200);
    problem(
        json(object().add("text", "Third")).header("If-Match", first).put(narrative).then(),
        412,
        "If-Match");
    request().get(narrative).then().body("text", equalTo("Second"));
  }

  @Test
  void narrativesArePrintedInPlaceAndRefusedWhenTooLongOrForNoAppendix() {
    String quarter = Api.freshQuarter();
    String priority = Api.newPriority();
    String unit = Api.newBusinessUnit();
    String action = Api.newAction(unit);
    json(object()
            .add("title", "Deliver " + action)
            .add("businessUnit", unit)
            .add("priority", priority)
            .add("startDate", "2020-04-01")
            .add("dueDate", "2999-03-31"))
        .put("/actions/" + action)
        .then()
        .statusCode(200);
    String base = "/reports/narratives/" + quarter;
    json(object().add("text", "Homes are being built ahead of plan."))
        .put(base + "/priorities/" + priority)
        .then()
        .statusCode(200)
        .body("priority", equalTo(priority))
        .body("title", equalTo("Priority " + priority));
    json(object().add("text", "Two new corporate risks were added this quarter."))
        .put(base + "/appendices/risks")
        .then()
        .statusCode(200)
        .body("appendix", equalTo("risks"));
    request()
        .get(base)
        .then()
        .statusCode(200)
        .body(
            "find { it.priority == '" + priority + "' }.text",
            equalTo("Homes are being built ahead of plan."))
        .body("find { it.appendix == 'finance' }.text", nullValue());

    String dashboard =
        pdfText(pack("period=" + quarter + "&priority=" + priority + "&sections=dashboard,plan"));
    assertThat(dashboard.split("Homes are being built ahead of plan.", -1)).hasSize(3);
    assertThat(pdfText(pack("period=" + quarter + "&sections=risks")))
        .contains("Two new corporate risks were added this quarter.")
        .doesNotContain("No open risks are recorded");

    problem(
        json(object().add("text", "x".repeat(4001))).put(base + "/appendices/risks").then(),
        422,
        "text");
    problem(
        json(object().add("text", "About the summary")).put(base + "/appendices/summary").then(),
        422,
        "section");
    problem(
        json(object().add("text", "Nobody's")).put(base + "/priorities/NO-SUCH-PRI").then(),
        404,
        "code");
    json(object().add("text", " "))
        .put(base + "/appendices/risks")
        .then()
        .body("text", nullValue());
  }

  @Test
  void aPublishedQuartersFrontSheetAndNarrativesCannotChangeButALockedOnesCan() {
    String quarter = Api.freshQuarter();
    request().post("/periods/" + quarter + "/lock").then().statusCode(200);
    json(frontSheet()).put("/reports/front-sheets/" + quarter).then().statusCode(200);
    String narrative = "/reports/narratives/" + quarter + "/appendices/finance";
    json(object().add("text", "Written after sign-off.")).put(narrative).then().statusCode(200);
    request().post("/periods/" + quarter + "/publish").then().statusCode(200);
    problem(
        json(frontSheet().add("purpose", "Later")).put("/reports/front-sheets/" + quarter).then(),
        409,
        "period");
    problem(json(object().add("text", "Later")).put(narrative).then(), 409, "period");
    request().get(narrative).then().body("text", equalTo("Written after sign-off."));
  }
}
