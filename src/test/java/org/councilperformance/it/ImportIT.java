package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loading a quarter from a CSV sheet (docs/api.md#imports): the template loads back unchanged, a
 * preview saves nothing, apply loads every row or none, by the same rules and permissions as one
 * figure at a time, and each kind of bad input is a clear error.
 */
class ImportIT {
  private static final String HEADINGS =
      "Indicator code,Period,Target,Value,Missing reason,Commentary,Reported status\r\n";

  private final String quarter = Api.freshQuarter();
  private final String unit = Api.newBusinessUnit();
  private final String first = Api.newIndicator(unit);
  private final String second = Api.newIndicator(unit);

  private static ValidatableResponse upload(String step, String period, byte[] sheet) {
    return upload(Api.ADMIN, step, period, sheet);
  }

  private static ValidatableResponse upload(
      String username, String step, String period, byte[] sheet) {
    return Api.as(username)
        .contentType("text/csv")
        .body(sheet)
        .post("/imports/" + step + "?period=" + period)
        .then();
  }

  private static byte[] utf8(String sheet) {
    return sheet.getBytes(StandardCharsets.UTF_8);
  }

  private String measurementPath(String indicator) {
    return "/indicators/" + indicator + "/measurements/" + quarter;
  }

  private byte[] template() {
    return request()
        .accept("text/csv")
        .get("/imports/template?period=" + quarter + "&businessUnit=" + unit)
        .then()
        .statusCode(200)
        .contentType(containsString("text/csv"))
        .header("Content-Disposition", containsString(".csv"))
        .extract()
        .asByteArray();
  }

  @Test
  void theTemplateWithThePeriodsFiguresLoadsBackWithNoChange() {
    json("{\"value\": 80}")
        .put("/indicators/" + first + "/targets/" + quarter)
        .then()
        .statusCode(200);
    String etag =
        json("{\"value\": -3.5, \"commentary\": \"=cmd|' /C calc'!A0\\nline two\","
                + " \"reportedStatus\": \"green plus\"}")
            .put(measurementPath(first))
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    byte[] sheet = template();
    String text = new String(sheet, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFIndicator code,Name,Unit,Period,Target");
    assertThat(text).contains(first + ",Test indicator,COUNT," + quarter + ",80,,-3.5,,");
    assertThat(text).contains("\"'=cmd|' /C calc'!A0\nline two\",GREEN_PLUS");
    assertThat(text).contains(second + ",Test indicator,COUNT," + quarter + ",,,,,,");

    upload("apply", quarter, sheet)
        .statusCode(200)
        .body("applied", equalTo(true))
        .body("created", equalTo(0))
        .body("changed", equalTo(0))
        .body("unchanged", equalTo(2))
        .body("errors", equalTo(0));
    request()
        .get(measurementPath(first))
        .then()
        .statusCode(200)
        .header("ETag", equalTo(etag))
        .body("commentary", equalTo("=cmd|' /C calc'!A0\nline two"));
    request().get(measurementPath(second)).then().statusCode(404);
  }

  @Test
  void aPreviewShowsEveryRowsOutcomeAndSavesNothing() {
    json("{\"value\": 10}").put(measurementPath(first)).then().statusCode(200);
    String third = Api.newIndicator(unit);
    json("{\"value\": 7, \"commentary\": \"same\"}")
        .put(measurementPath(third))
        .then()
        .statusCode(200);
    String sheet =
        HEADINGS
            + first
            + ",,,12,,,\r\n"
            + second
            + ",,50,4,,new figure,AMBER\r\n"
            + third
            + ",,,7,,same,\r\n"
            + "NO-SUCH-CODE,,,1,,,\r\n";
    upload("preview", quarter, utf8(sheet))
        .statusCode(200)
        .body("applied", equalTo(false))
        .body("rows", hasSize(4))
        .body("rows[0].row", equalTo(2))
        .body("rows[0].outcome", equalTo("CHANGED"))
        .body("rows[0].changes[0].column", equalTo("Value"))
        .body("rows[0].changes[0].from", equalTo("10"))
        .body("rows[0].changes[0].to", equalTo("12"))
        .body("rows[1].outcome", equalTo("CREATED"))
        .body(
            "rows[1].changes.column",
            equalTo(List.of("Target", "Value", "Commentary", "Reported status")))
        .body("rows[2].outcome", equalTo("UNCHANGED"))
        .body("rows[3].outcome", equalTo("ERROR"))
        .body("rows[3].errors[0].column", equalTo("Indicator code"))
        .body("rows[3].errors[0].reason", containsString("NO-SUCH-CODE"));
    request().get(measurementPath(first)).then().statusCode(200).body("value", equalTo(10));
    request().get(measurementPath(second)).then().statusCode(404);
    request().get("/indicators/" + second + "/targets/" + quarter).then().statusCode(404);
  }

  @Test
  void applyLoadsEveryRowOrNoneAsTheUploader() {
    String broken = HEADINGS + first + ",,,12,,,\r\n" + second + ",,,twelve,,,\r\n";
    problem(upload("apply", quarter, utf8(broken)), 422, "row 3: Value")
        .body("detail", containsString("nothing was saved"))
        .body("errors", hasSize(1))
        .body("errors[0].message", containsString("'twelve' is not a number"));
    request().get(measurementPath(first)).then().statusCode(404);

    String fixed = HEADINGS + first + ",,,12,,,\r\n" + second + ",," + "5,,not collected,,\r\n";
    upload("apply", quarter, utf8(fixed)).statusCode(200).body("created", equalTo(2));
    request()
        .get(measurementPath(first))
        .then()
        .body("value", equalTo(12))
        .body("enteredBy", equalTo(Api.ADMIN));
    request().get(measurementPath(second)).then().body("missingReason", equalTo("not collected"));
    request().get("/indicators/" + second + "/targets/" + quarter).then().body("value", equalTo(5));
  }

  @Test
  void aCalculatedIndicatorsComponentsLoadFromTheirCellAndTheFigureIsCalculated() {
    String score = Api.newSatisfactionScore(unit);
    String template = new String(template(), StandardCharsets.UTF_8);
    assertThat(template)
        .contains(score + ",Satisfaction,SCORE," + quarter + ",,,,negative =; positive =,");

    String headings = "Indicator code,Value,Components\r\n";
    upload("preview", quarter, utf8(headings + score + ",,positive = 3; negative = 1\r\n"))
        .statusCode(200)
        .body("rows[0].outcome", equalTo("CREATED"))
        .body("rows[0].changes[0].column", equalTo("Components"))
        .body("rows[0].changes[0].to", equalTo("negative = 1; positive = 3"));
    upload("apply", quarter, utf8(headings + score + ",,positive = 3; negative = 1\r\n"))
        .statusCode(200);
    request()
        .get(measurementPath(score))
        .then()
        .body("value", equalTo(0.5f))
        .body("differsFromFormula", equalTo(false));
    // The template back, one component changed: the figure follows, nothing is flagged as printed.
    String changed =
        new String(template(), StandardCharsets.UTF_8)
            .replace("negative = 1; positive = 3", "negative = 1; positive = 7");
    upload("apply", quarter, utf8(changed)).statusCode(200).body("changed", equalTo(1));
    request()
        .get(measurementPath(score))
        .then()
        .body("value", equalTo(0.75f))
        .body("printedValue", equalTo(null))
        .body("differsFromFormula", equalTo(false));

    // A component the formula does not take, or components for an entered indicator: row errors.
    upload(
            "apply",
            quarter,
            utf8(headings + score + ",,neutral = 2\r\n" + first + ",4,positive = 1\r\n"))
        .statusCode(422)
        .body("errors", hasSize(2))
        .body("errors[0].field", equalTo("row 2: Components"))
        .body("errors[0].message", containsString("no component neutral"))
        .body("errors[1].field", equalTo("row 3: Components"))
        .body("errors[1].message", containsString("has no formula"));
    request().get(measurementPath(score)).then().body("value", equalTo(0.75f));
  }

  @Test
  void anEditorLoadsOnlyTheirOwnUnitsRows() {
    String housing = Api.newIndicator("HOUSING");
    String sheet = HEADINGS + housing + ",,,3,,,\r\n" + first + ",,,4,,,\r\n";
    problem(upload(Api.EDITOR, "apply", quarter, utf8(sheet)), 422, "row 3: Indicator code")
        .body("errors[0].message", containsString(unit));
    request().get("/indicators/" + housing + "/measurements/" + quarter).then().statusCode(404);

    upload(Api.EDITOR, "apply", quarter, utf8(HEADINGS + housing + ",,,3,,,\r\n"))
        .statusCode(200)
        .body("created", equalTo(1));
    request()
        .get("/indicators/" + housing + "/measurements/" + quarter)
        .then()
        .body("enteredBy", equalTo(Api.EDITOR));
    problem(
        upload(Api.VIEWER, "apply", quarter, utf8(HEADINGS + housing + ",,,3,,,\r\n")), 403, null);
  }

  @Test
  void aLockedPeriodRefusesTheUpload() {
    request().post("/periods/" + quarter + "/lock").then().statusCode(200);
    byte[] sheet = utf8(HEADINGS + first + ",,,3,,,\r\n");
    problem(upload("apply", quarter, sheet), 409, "period");
    problem(upload("preview", quarter, sheet), 409, "period");
    request().get(measurementPath(first)).then().statusCode(404);
  }

  @Test
  void windows1252AndUtf8WithAByteOrderMarkAreBothReadCorrectly() {
    byte[] windows =
        (HEADINGS + first + ",,,1,,Café rents £5 – “late”,\r\n")
            .getBytes(Charset.forName("windows-1252"));
    upload("apply", quarter, windows).statusCode(200);
    request()
        .get(measurementPath(first))
        .then()
        .body("commentary", equalTo("Café rents £5 – “late”"));
    upload("apply", quarter, utf8("\uFEFF" + HEADINGS + second + ",,,2,,Café £,\r\n"))
        .statusCode(200);
    request().get(measurementPath(second)).then().body("commentary", equalTo("Café £"));
  }

  @Test
  void eachBadRowIsAClearErrorAndNothingIsSaved() {
    String sheet =
        HEADINGS
            + first
            + ",,,1,,=1+1,\r\n"
            + first
            + ",,,2,,,\r\n"
            + second
            + ",,,=1+1,,,\r\n"
            + second.toLowerCase()
            + "X,,,1,,,\r\n"
            + ","
            + "2017-18-Q1,,1,,,\r\n";
    problem(upload("apply", quarter, utf8(sheet)), 422, "row 3: Indicator code")
        .body(
            "errors.field",
            equalTo(
                List.of(
                    "row 3: Indicator code",
                    "row 4: Value",
                    "row 5: Indicator code",
                    "row 6: Indicator code",
                    "row 6: Period")))
        .body("errors[0].message", containsString("already on row 2"))
        .body("errors[1].message", containsString("formulas"));
    request().get(measurementPath(first)).then().statusCode(404);

    upload("apply", quarter, utf8(HEADINGS + first + ",,,1,,=1+1,\r\n")).statusCode(200);
    request().get(measurementPath(first)).then().body("commentary", equalTo("=1+1"));
  }

  @Test
  void anUploadTooLargeOrTooLongOrNotCsvIsRefusedWhole() {
    byte[] huge = new byte[2 * 1024 * 1024 + 1];
    java.util.Arrays.fill(huge, (byte) 'x');
    problem(upload("preview", quarter, huge), 413, "body");
    StringBuilder rows = new StringBuilder(HEADINGS);
    for (int i = 0; i <= 5_000; i++) {
      rows.append(first).append(",,,").append(i).append(",,,\r\n");
    }
    problem(upload("preview", quarter, utf8(rows.toString())), 422, "body")
        .body("detail", containsString("5,000 rows"));
    problem(upload("preview", quarter, utf8("Indicator code,Forecast\r\nA,1\r\n")), 422, "body")
        .body("detail", containsString("'Forecast'"));
    problem(upload("preview", quarter, utf8(HEADINGS + "A,,,,,\"open")), 400, "body");
    problem(upload("preview", quarter, new byte[0]), 422, "body");
    problem(request().accept("text/csv").get("/imports/template").then(), 400, "period");
  }
}
