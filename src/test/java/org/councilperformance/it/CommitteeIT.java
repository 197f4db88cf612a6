package org.councilperformance.it;

import static org.councilperformance.it.Api.array;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Committees, their lists and meetings (docs/api.md#committees): admins only, versions honoured, a
 * list imported from CSV all or nothing, and the calendar's publication dates.
 */
class CommitteeIT {
  static JsonObjectBuilder committeeBody(String code) {
    return object()
        .add("code", code)
        .add("name", "Committee " + code)
        .add("remit", "Scrutinises performance")
        .add("sections", array().add("cover").add("summary"));
  }

  static JsonObjectBuilder revision(String name) {
    return object().add("name", name).add("clearDays", 6);
  }

  /** Creates a committee with the given members' addresses, returning its code. */
  static String newCommittee(String... emails) {
    String code = unique("CTEE");
    json(committeeBody(code)).post("/committees").then().statusCode(201);
    int i = 0;
    for (String email : emails) {
      json(object()
              .add("name", "Councillor " + (++i))
              .add("email", email)
              .add("role", i == 1 ? "CHAIR" : "MEMBER")
              .add("startDate", "2020-01-01"))
          .post("/committees/" + code + "/members")
          .then()
          .statusCode(201);
    }
    return code;
  }

  /** Arranges a meeting, returning its id. */
  static int newMeeting(String committee, String startsAt, String period) {
    return json(object()
            .add("committee", committee)
            .add("startsAt", startsAt)
            .add("venue", "Council Chamber")
            .add("period", period))
        .post("/meetings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void anAdminSetsUpACommitteeAndReadsItBack() {
    String code = unique("CTEE");
    json(committeeBody(code).add("clearDays", 7).add("format", "xlsx"))
        .post("/committees")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/committees/" + code))
        .body("clearDays", equalTo(7))
        .body("format", equalTo("xlsx"))
        .body("sections", equalTo(java.util.List.of("cover", "summary")));
    request()
        .get("/committees/" + code)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("remit", equalTo("Scrutinises performance"));
    request().get("/committees").then().statusCode(200).body("code", hasItem(code));
    json(committeeBody(code).add("clearDays", 5)).post("/committees").then().statusCode(409);
  }

  @Test
  void badCommitteesAreRefusedNamingTheField() {
    problem(
        json(committeeBody(unique("CTEE")).add("clearDays", 0)).post("/committees").then(),
        422,
        "clearDays");
    problem(
        json(committeeBody(unique("CTEE")).add("sections", array().add("nope")))
            .post("/committees")
            .then(),
        422,
        "sections");
    problem(
        json(committeeBody(unique("CTEE")).add("format", "odt")).post("/committees").then(),
        422,
        "format");
    problem(
        json(committeeBody(unique("CTEE")).add("priority", "NOPE-X")).post("/committees").then(),
        404,
        "priority");
    problem(json(object().add("code", unique("CTEE"))).post("/committees").then(), 422, "name");
    problem(request().get("/committees/NOPE-X").then(), 404, "code");
  }

  @Test
  void onlyAdminsReadOrChangeCommitteesAndMeetings() {
    String code = newCommittee("chair@example.org");
    problem(as(Api.VIEWER).get("/committees").then(), 403, null);
    problem(as(Api.EDITOR).get("/committees/" + code + "/members").then(), 403, null);
    problem(as(Api.VIEWER).get("/meetings").then(), 403, null);
    problem(json(Api.EDITOR, committeeBody(unique("CTEE"))).post("/committees").then(), 403, null);
    as(Api.VIEWER).get("/calendar/bank-holidays?year=2026").then().statusCode(200);
  }

  @Test
  void aStaleVersionIsRefusedAndTheCurrentOneWins() {
    String code = newCommittee();
    String read = request().get("/committees/" + code).then().extract().header("ETag");
    String next =
        json(revision("Renamed"))
            .header("If-Match", read)
            .put("/committees/" + code)
            .then()
            .statusCode(200)
            .body("name", equalTo("Renamed"))
            .body("clearDays", equalTo(6))
            .body("sections", hasSize(11))
            .extract()
            .header("ETag");
    problem(
        json(revision("Lost update")).header("If-Match", read).put("/committees/" + code).then(),
        412,
        "If-Match");
    request()
        .get("/committees/" + code)
        .then()
        .header("ETag", next)
        .body("name", equalTo("Renamed"));
  }

  @Test
  void membersAreAddedRevisedAndRefusedWhenWrong() {
    String code = newCommittee();
    String path = "/committees/" + code + "/members";
    int id =
        json(object()
                .add("name", "Cllr Jane Smith")
                .add("email", "Jane.Smith@Council.GOV.UK")
                .add("role", "CHAIR")
                .add("startDate", "2024-05-20"))
            .post(path)
            .then()
            .statusCode(201)
            .body("email", equalTo("Jane.Smith@council.gov.uk"))
            .extract()
            .path("id");
    problem(
        json(object()
                .add("name", "Again")
                .add("email", "Jane.Smith@council.gov.uk")
                .add("role", "MEMBER")
                .add("startDate", "2024-05-20"))
            .post(path)
            .then(),
        409,
        "email");
    problem(
        json(object()
                .add("name", "Two people")
                .add("email", "a@example.org, b@example.org")
                .add("role", "MEMBER")
                .add("startDate", "2024-05-20"))
            .post(path)
            .then(),
        422,
        "email");
    problem(
        json(object()
                .add("name", "Backwards")
                .add("email", "back@example.org")
                .add("role", "MEMBER")
                .add("startDate", "2024-05-20")
                .add("endDate", "2024-05-19"))
            .post(path)
            .then(),
        422,
        "endDate");
    String read = request().get(path + "/" + id).then().statusCode(200).extract().header("ETag");
    json(object()
            .add("name", "Cllr Jane Smith")
            .add("email", "Jane.Smith@council.gov.uk")
            .add("role", "MEMBER")
            .add("startDate", "2024-05-20")
            .add("endDate", "2026-05-19"))
        .header("If-Match", read)
        .put(path + "/" + id)
        .then()
        .statusCode(200)
        .body("role", equalTo("MEMBER"))
        .body("endDate", equalTo("2026-05-19"));
    problem(
        json(object()
                .add("name", "Stale")
                .add("email", "Jane.Smith@council.gov.uk")
                .add("role", "CHAIR")
                .add("startDate", "2024-05-20"))
            .header("If-Match", read)
            .put(path + "/" + id)
            .then(),
        412,
        "If-Match");
  }

  private static ValidatableResponse importSheet(String user, String code, String sheet) {
    return as(user)
        .contentType("text/csv")
        .body(sheet.getBytes(StandardCharsets.UTF_8))
        .post("/committees/" + code + "/members/import")
        .then();
  }

  @Test
  void aListIsImportedFromCsvAllOrNothing() {
    String code = newCommittee("existing@example.org");
    String sheet =
        "Name,Email,Role,Start date,End date\r\n"
            + "Cllr Existing,existing@example.org,chair,2024-05-20,\r\n"
            + "Cllr New,new@example.org,member,2024-05-20,\r\n"
            + "\"Smith, Sam\",sam@example.org,officer,2024-05-20,2027-05-19\r\n";
    importSheet(Api.ADMIN, code, sheet).statusCode(200).body("", hasSize(3));
    request()
        .get("/committees/" + code + "/members")
        .then()
        .body("", hasSize(3))
        .body("find { it.email == 'existing@example.org' }.role", equalTo("CHAIR"))
        .body("find { it.email == 'sam@example.org' }.name", equalTo("Smith, Sam"));

    String broken =
        "name,email,role,start date\r\n"
            + "Cllr Good,good@example.org,member,2024-05-20\r\n"
            + "Cllr Bad,bad@example.org,mayor,20/05/2024\r\n"
            + "Cllr Twice,new@example.org,member,2024-05-20\r\n";
    problem(importSheet(Api.ADMIN, code, broken), 422, "row 3: role")
        .body("errors.field", hasItem("row 3: start date"));
    request().get("/committees/" + code + "/members").then().body("", hasSize(3));
    problem(importSheet(Api.ADMIN, code, "who,what\r\nx,y\r\n"), 422, "body");
    problem(importSheet(Api.EDITOR, code, sheet), 403, null);
  }

  @Test
  void theCalendarShowsEachMeetingsPublicationDateAndFlagsAnUnpublishedPeriod() {
    String quarter = Api.freshQuarter();
    String code = newCommittee("calendar@example.org");
    // Thursday 15 October 2026, five clear working days: out by Wednesday 7 October.
    int id = newMeeting(code, "2026-10-15T18:30", quarter);
    request()
        .get("/meetings/" + id)
        .then()
        .statusCode(200)
        .body("publicationDate", equalTo("2026-10-07"))
        .body("clearDays", equalTo(5))
        .body("periodState", equalTo("OPEN"));
    request()
        .get("/meetings?from=2026-10-15&to=2026-10-15")
        .then()
        .statusCode(200)
        .body("find { it.id == " + id + " }.publicationDate", equalTo("2026-10-07"));
    // A closure on Monday 12 October moves it a working day earlier.
    json(object().add("kind", "CLOSED").add("reason", "Offices closed for a move"))
        .put("/calendar/closures/2026-10-12")
        .then()
        .statusCode(200);
    try {
      request().get("/meetings/" + id).then().body("publicationDate", equalTo("2026-10-06"));
    } finally {
      request().delete("/calendar/closures/2026-10-12").then().statusCode(204);
    }
    problem(request().get("/meetings?from=tomorrow").then(), 400, "from");
    problem(
        json(object()
                .add("committee", code)
                .add("startsAt", "2026-10-15T18:30")
                .add("venue", "Chamber")
                .add("period", "2999-00-Q9"))
            .post("/meetings")
            .then(),
        400,
        "period");
    problem(request().get("/meetings/999999999").then(), 404, "id");
  }

  @Test
  void aMeetingInTheFutureWhosePeriodIsNotPublishedIsFlagged() {
    String quarter = Api.freshQuarter();
    String code = newCommittee("flag@example.org");
    int id = newMeeting(code, "2099-03-12T10:00", quarter);
    request()
        .get("/meetings/" + id)
        .then()
        .body("warning", containsString("period " + quarter + " is OPEN"));
    request().get("/meetings/" + id).then().body("committee", equalTo(code));
    request()
        .get("/meetings/" + newMeeting(code, "2020-03-12T10:00", quarter))
        .then()
        .body("warning", nullValue());
  }
}
