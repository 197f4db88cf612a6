package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Loading a quarter's action updates from a sheet (docs/api.md#actions-sheet): the template loads
 * back unchanged, each column loads as the single PUT would, by the same rules and permissions, and
 * nothing is saved when a row is in error.
 */
class ActionImportIT {
  private static final String HEADINGS =
      "Action code,Progress,Commentary,Closure,Closure reason,Revised due date,Reported status\r\n";

  private final String quarter = Api.freshQuarter();
  private final String unit = Api.newBusinessUnit();
  private final String first = Api.newAction(unit);
  private final String second = Api.newAction(unit);

  private static ValidatableResponse upload(
      String username, String step, String period, String sheet) {
    return Api.as(username)
        .contentType("text/csv")
        .body(sheet.getBytes(StandardCharsets.UTF_8))
        .post("/imports/" + step + "?period=" + period)
        .then();
  }

  private String template(String format) {
    return request()
        .accept("*/*")
        .get(
            "/imports/template?sheet=actions&format="
                + format
                + "&period="
                + quarter
                + "&businessUnit="
                + unit)
        .then()
        .statusCode(200)
        .header("Content-Disposition", containsString("actions-" + quarter))
        .extract()
        .asString();
  }

  private ValidatableResponse updates(String action) {
    return request().get("/actions/" + action + "/updates").then().statusCode(200);
  }

  @Test
  void theTemplateLoadsBackUnchangedAndEachColumnLoadsAsThePutWould() {
    json(object().add("progress", 40).add("commentary", "=cmd|' /C calc'!A0"))
        .put("/actions/" + first + "/updates/" + quarter)
        .then()
        .statusCode(200);
    String template = template("csv");
    assertThat(template)
        .startsWith(
            "\uFEFFAction code,Title,Due date,Period,Last period's progress,Progress,Commentary,")
        .contains(
            first + ",Deliver " + first + ",2999-03-31," + quarter + ",,40,'=cmd|' /C calc'!A0,")
        .contains(second + ",Deliver " + second + ",2999-03-31," + quarter + ",,,,,,,");
    upload(Api.ADMIN, "apply", quarter, template)
        .statusCode(200)
        .body("unchanged", equalTo(2))
        .body("changed", equalTo(0));

    String sheet =
        HEADINGS
            + first
            + ",100%,Opened on time,Completed,Opened in June,,completed\r\n"
            + second
            + ",25,Planning,,,31/03/2031,amber\r\n";
    upload(Api.ADMIN, "preview", quarter, sheet)
        .statusCode(200)
        .body("changed", equalTo(1))
        .body("created", equalTo(1))
        .body(
            "rows[0].changes.column",
            equalTo(
                java.util.List.of(
                    "Progress", "Commentary", "Closure", "Closure reason", "Reported status")))
        .body("rows[0].changes[0].from", equalTo("40%"))
        .body("rows[0].changes[0].to", equalTo("100%"));
    updates(second).body("", hasSize(0));
    upload(Api.ADMIN, "apply", quarter, sheet).statusCode(200);
    updates(first)
        .body("[0].progress", equalTo(100))
        .body("[0].closure", equalTo("COMPLETED"))
        .body("[0].closureReason", equalTo("Opened in June"))
        .body("[0].reportedStatus", equalTo("completed"));
    updates(second).body("[0].progress", equalTo(25)).body("[0].enteredBy", equalTo(Api.ADMIN));
    request().get("/actions/" + second).then().body("revisedDueDate", equalTo("2031-03-31"));

    // The XLSX template of the same period loads back with no change.
    byte[] workbook =
        request()
            .accept("*/*")
            .get(
                "/imports/template?sheet=actions&format=xlsx&period="
                    + quarter
                    + "&businessUnit="
                    + unit)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    Api.as(Api.ADMIN)
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .body(workbook)
        .post("/imports/apply?period=" + quarter)
        .then()
        .statusCode(200)
        .body("unchanged", equalTo(2));
  }

  @Test
  void aRowBreakingAnUpdateRuleIsItsErrorAndNothingIsSaved() {
    String sheet =
        HEADINGS
            + first
            + ",150,,,,,\r\n"
            + second
            + ",10,,Cancelled,,,\r\n"
            + "NO-SUCH-ACTION,10,,,,,\r\n"
            + first
            + ",10,,,,2019-01-01,\r\n";
    problem(upload(Api.ADMIN, "apply", quarter, sheet), 422, "row 2: Progress")
        .body("errors", hasSize(4))
        .body("errors[1].field", equalTo("row 3: Closure reason"))
        .body("errors[2].field", equalTo("row 4: Action code"))
        .body("errors[3].field", equalTo("row 5: Action code"))
        .body("errors[3].message", containsString("already on row 2"));
    updates(first).body("", hasSize(0));
    updates(second).body("", hasSize(0));

    problem(
        upload(Api.ADMIN, "apply", quarter, HEADINGS + first + ",10,,,,2019-01-01,\r\n"),
        422,
        "row 2: Revised due date");
    request().get("/actions/" + first).then().body("revisedDueDate", equalTo(null));
  }

  @Test
  void anEditorLoadsOnlyTheirOwnUnitsActionsAndALockedPeriodRefusesTheSheet() {
    String sheet = HEADINGS + first + ",10,,,,,\r\n";
    upload(Api.EDITOR, "preview", quarter, sheet)
        .statusCode(200)
        .body("errors", equalTo(1))
        .body("rows[0].errors[0].column", equalTo("Action code"));
    upload(Api.VIEWER, "apply", quarter, sheet).statusCode(403);
    request().post("/periods/" + quarter + "/lock").then().statusCode(200);
    problem(upload(Api.ADMIN, "preview", quarter, sheet), 409, "period");
    updates(first).body("", hasSize(0));
  }
}
