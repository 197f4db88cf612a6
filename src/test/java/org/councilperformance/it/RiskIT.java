package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.APPROVER;
import static org.councilperformance.it.Api.EDITOR;
import static org.councilperformance.it.Api.VIEWER;
import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The corporate risk register: risks, scores and bands, reviews, direction of travel, access. */
class RiskIT {
  /** A valid body for a new risk, ending before its closing brace so tests can add fields. */
  private static String body(String code) {
    return """
        {"code": "%s", "title": "Cyber attack takes council systems offline",
         "cause": "Phishing; unpatched servers", "consequence": "Services stop; data lost",
         "owner": "Head of ICT", "businessUnit": "CUSTOMER",
         "inherent": {"likelihood": 4, "impact": 4}, "residual": {"likelihood": 2, "impact": 3},
         "controls": "Patching; training; backups\""""
        .formatted(code);
  }

  /** Registers a risk on the default matrix; returns its code. */
  private static String newRisk() {
    String code = unique("RISK");
    json(body(code) + "}").post("/risks").then().statusCode(201);
    return code;
  }

  private static void review(String risk, String date, int likelihood, int impact) {
    json("{\"reviewDate\": \"%s\", \"residual\": {\"likelihood\": %d, \"impact\": %d}}"
            .formatted(date, likelihood, impact))
        .post("/risks/" + risk + "/reviews")
        .then()
        .statusCode(201);
  }

  private static JsonPath risk(String code) {
    return request().get("/risks/" + code).then().statusCode(200).extract().jsonPath();
  }

  @Test
  void registersARiskWithScoresAndBands() {
    String code = unique("RISK");
    String priority = Api.newPriority();
    json(body(code) + ", \"priority\": \"%s\"}".formatted(priority))
        .post("/risks")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/risks/" + code))
        .body("code", equalTo(code))
        .body("status", equalTo("OPEN"))
        .body("scale", equalTo(4))
        .body(
            "bandRule", equalTo("4×4; score = likelihood × impact; GREEN 1–4, AMBER 5–8, RED 9–16"))
        .body("inherent.score", equalTo(16))
        .body("inherent.band", equalTo("RED"))
        .body("residual.likelihood", equalTo(2))
        .body("residual.impact", equalTo(3))
        .body("residual.score", equalTo(6))
        .body("residual.band", equalTo("AMBER"))
        .body("businessUnit", equalTo("CUSTOMER"))
        .body("priority", equalTo(priority))
        .body("mitigatingActions", empty())
        .body("lastReviewed", nullValue())
        .body("direction", nullValue());

    JsonPath read = risk(code);
    assertThat(read.getString("cause")).isEqualTo("Phishing; unpatched servers");
    assertThat(read.getString("consequence")).isEqualTo("Services stop; data lost");
    assertThat(read.getString("controls")).isEqualTo("Patching; training; backups");
    assertThat(read.getString("owner")).isEqualTo("Head of ICT");
  }

  @Test
  void revisesAndClosesARiskAndLinksItsMitigatingActions() {
    String code = newRisk();
    String action = unique("ACT");
    json("{\"code\": \"%s\", \"title\": \"Move backups off site\"}".formatted(action))
        .post("/actions")
        .then()
        .statusCode(201);
    json("""
            {"code": "%s", "scale": 4, "title": "Cyber attack", "inherent": {"likelihood": 3, "impact": 4},
             "residual": {"likelihood": 1, "impact": 4}, "status": "CLOSED",
             "mitigatingActions": ["%s"]}"""
            .formatted(code, action))
        .put("/risks/" + code)
        .then()
        .statusCode(200)
        .body("title", equalTo("Cyber attack"))
        .body("owner", nullValue())
        .body("businessUnit", nullValue())
        .body("inherent.score", equalTo(12))
        .body("residual.score", equalTo(4))
        .body("residual.band", equalTo("GREEN"))
        .body("status", equalTo("CLOSED"))
        .body("mitigatingActions", contains(action));

    // Status left out keeps it closed; mitigating actions left out are none.
    json("{\"title\": \"Cyber attack\", \"inherent\": {\"likelihood\": 3, \"impact\": 4}, \"residual\": {\"likelihood\": 1, \"impact\": 4}}")
        .put("/risks/" + code)
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"))
        .body("mitigatingActions", empty());

    JsonPath closed =
        request()
            .queryParam("status", "CLOSED")
            .get("/risks")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(closed.getList("code", String.class)).contains(code);
    assertThat(closed.getList("status", String.class)).containsOnly("CLOSED");
    JsonPath open =
        request()
            .queryParam("status", "OPEN")
            .get("/risks")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(open.getList("code", String.class)).doesNotContain(code);
    problem(request().queryParam("status", "ARCHIVED").get("/risks").then(), 400, "status");
  }

  @Test
  void reviewsGiveTheDirectionOfTravelAndTheLatestSetsTheResidualRating() {
    String code = newRisk(); // residual 2×3 = 6
    review(code, "2019-06-30", 3, 3); // 9
    JsonPath once = risk(code);
    assertThat(once.getString("direction")).isNull(); // nothing to compare with yet
    assertThat(once.getString("lastReviewed")).isEqualTo("2019-06-30");
    assertThat(once.getInt("residual.score")).isEqualTo(9);
    assertThat(once.getString("residual.band")).isEqualTo("RED");

    review(code, "2019-09-30", 2, 4); // 8
    assertThat(risk(code).getString("direction")).isEqualTo("IMPROVING");

    review(code, "2019-12-31", 4, 2); // 8 again, other way round
    assertThat(risk(code).getString("direction")).isEqualTo("UNCHANGED");

    // A review backfilled before the latest is history: residual and direction stay.
    review(code, "2019-03-31", 1, 1);
    JsonPath backfilled = risk(code);
    assertThat(backfilled.getString("direction")).isEqualTo("UNCHANGED");
    assertThat(backfilled.getInt("residual.likelihood")).isEqualTo(4);
    assertThat(backfilled.getString("lastReviewed")).isEqualTo("2019-12-31");

    review(code, "2020-03-31", 3, 4); // 12
    JsonPath list = request().get("/risks").then().statusCode(200).extract().jsonPath();
    String mine = "find { it.code == '" + code + "' }";
    assertThat(list.getString(mine + ".direction")).isEqualTo("WORSENING");
    assertThat(list.getInt(mine + ".residual.score")).isEqualTo(12);
    assertThat(list.getString(mine + ".residual.band")).isEqualTo("RED");
    assertThat(list.getInt(mine + ".inherent.score")).isEqualTo(16);

    request()
        .get("/risks/" + code + "/reviews")
        .then()
        .statusCode(200)
        .body(
            "reviewDate",
            contains("2019-03-31", "2019-06-30", "2019-09-30", "2019-12-31", "2020-03-31"))
        .body("[4].residual.score", equalTo(12))
        .body("[4].residual.band", equalTo("RED"))
        .body("[4].enteredBy", equalTo("admin"));
  }

  @Test
  void aReviewKeepsItsNoteAndReviewer() {
    String code = newRisk();
    json("""
            {"reviewDate": "2019-06-30", "residual": {"likelihood": 1, "impact": 2},
             "note": "New firewall in place", "reviewer": "Corporate Leadership Team"}""")
        .post("/risks/" + code + "/reviews")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/risks/" + code + "/reviews/2019-06-30"))
        .body("residual.score", equalTo(2))
        .body("residual.band", equalTo("GREEN"));
    as(VIEWER)
        .get("/risks/" + code + "/reviews/2019-06-30")
        .then()
        .statusCode(200)
        .body("note", equalTo("New firewall in place"))
        .body("reviewer", equalTo("Corporate Leadership Team"));
    problem(request().get("/risks/" + code + "/reviews/2019-07-01").then(), 404, "reviewDate");
    problem(request().get("/risks/" + code + "/reviews/2019-04-31").then(), 400, "reviewDate");
  }

  @Test
  void aFiveByFiveRiskIsScoredAndBandedOnItsOwnMatrix() {
    String code = unique("RISK");
    json("{\"code\": \"%s\", \"title\": \"Flooding\", \"scale\": 5, \"inherent\": {\"likelihood\": 5, \"impact\": 5}, \"residual\": {\"likelihood\": 2, \"impact\": 3}}"
            .formatted(code))
        .post("/risks")
        .then()
        .statusCode(201)
        .body("scale", equalTo(5))
        .body("inherent.score", equalTo(25))
        .body("inherent.band", equalTo("RED"))
        .body("residual.band", equalTo("GREEN")); // 6 is green on a 5×5
    review(code, "2019-06-30", 5, 1);
    problem(
        json("{\"title\": \"Flooding\", \"scale\": 4, \"inherent\": {\"likelihood\": 4, \"impact\": 4}, \"residual\": {\"likelihood\": 1, \"impact\": 1}}")
            .put("/risks/" + code)
            .then(),
        422,
        "scale");
    assertThat(risk(code).getInt("scale")).isEqualTo(5);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"title\": \" \"| 422| title",
        "\"inherent\": {\"likelihood\": 5, \"impact\": 1}| 422| inherent.likelihood",
        "\"inherent\": {\"likelihood\": 0, \"impact\": 1}| 422| inherent.likelihood",
        "\"inherent\": {\"likelihood\": 1, \"impact\": 5}| 422| inherent.impact",
        "\"inherent\": {\"likelihood\": 1}| 422| inherent.impact",
        "\"inherent\": {\"likelihood\": \"high\", \"impact\": 1}| 400| inherent.likelihood",
        "\"inherent\": {\"likelihood\": 2.5, \"impact\": 1}| 400| inherent.likelihood",
        "\"inherent\": null| 422| inherent",
        "\"residual\": {\"likelihood\": 1, \"impact\": 0}| 422| residual.impact",
        "\"residual\": {\"likelihood\": -1, \"impact\": 1}| 422| residual.likelihood",
        "\"residual\": 6| 400| residual",
        "\"scale\": 6| 422| scale",
        "\"scale\": 2| 422| scale",
        "\"businessUnit\": \"NO-SUCH\"| 404| businessUnit",
        "\"priority\": \"NO-SUCH\"| 404| priority",
        "\"mitigatingActions\": [\"NO-SUCH\"]| 404| mitigatingActions",
        "\"mitigatingActions\": \"NO-SUCH\"| 400| mitigatingActions",
        "\"status\": \"ARCHIVED\"| 400| status",
        "\"owner\": 7| 400| owner",
      })
  void badInputNamesTheFieldAndSavesNothing(String field, int status, String named) {
    String code = unique("RISK");
    String bad = withOnly(body(code), field);
    problem(json(bad + "}").post("/risks").then(), status, named);
    request().get("/risks/" + code).then().statusCode(404);

    String existing = newRisk();
    problem(
        json(withOnly(body(existing), field) + "}").put("/risks/" + existing).then(),
        status,
        named);
    JsonPath kept = risk(existing);
    assertThat(kept.getString("title")).isEqualTo("Cyber attack takes council systems offline");
    assertThat(kept.getInt("inherent.score")).isEqualTo(16);
    assertThat(kept.getInt("residual.score")).isEqualTo(6);
    assertThat(kept.getString("businessUnit")).isEqualTo("CUSTOMER");
  }

  /** The valid body with the given "name": value in place of the body's own field of that name. */
  private static String withOnly(String body, String field) {
    String name = field.substring(0, field.indexOf(':'));
    String withoutOwn =
        body.replaceAll(",?\\s*" + Pattern.quote(name) + ":\\s*(\\{[^}]*\\}|\"[^\"]*\")", "");
    return withoutOwn + ", " + field;
  }

  @Test
  void moreBadRequestsToTheRegister() {
    String code = unique("RISK");
    problem(json("{\"code\": ").post("/risks").then(), 400, "body");
    problem(json("[]").post("/risks").then(), 400, "body");
    problem(
        json("{\"title\": \"no code\", \"inherent\": {\"likelihood\": 1, \"impact\": 1}, \"residual\": {\"likelihood\": 1, \"impact\": 1}}")
            .post("/risks")
            .then(),
        422,
        "code");
    problem(
        json("{\"code\": \"%s\", \"inherent\": {\"likelihood\": 1, \"impact\": 1}, \"residual\": {\"likelihood\": 1, \"impact\": 1}}"
                .formatted(code))
            .post("/risks")
            .then(),
        422,
        "title");
    problem(
        json("{\"code\": \"%s\", \"title\": \"t\", \"residual\": {\"likelihood\": 1, \"impact\": 1}}"
                .formatted(code))
            .post("/risks")
            .then(),
        422,
        "inherent");
    request().get("/risks/" + code).then().statusCode(404);

    String existing = newRisk();
    problem(json(body(existing) + "}").post("/risks").then(), 409, "code");
    problem(json(body("OTHER") + "}").put("/risks/" + existing).then(), 422, "code");
    problem(json(body("NO-SUCH") + "}").put("/risks/NO-SUCH").then(), 404, "code");
    problem(request().get("/risks/NO-SUCH").then(), 404, "code");
    problem(request().get("/risks/NO-SUCH/reviews").then(), 404, "code");
  }

  @Test
  void badReviewsNameTheFieldAndSaveNothing() {
    String code = newRisk();
    String reviews = "/risks/" + code + "/reviews";
    review(code, "2019-06-30", 2, 2);
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
    problem(
        json("{\"reviewDate\": \"2019-04-31\", \"residual\": {\"likelihood\": 1, \"impact\": 1}}")
            .post(reviews)
            .then(),
        400,
        "reviewDate");
    problem(
        json("{\"reviewDate\": 20190430, \"residual\": {\"likelihood\": 1, \"impact\": 1}}")
            .post(reviews)
            .then(),
        400,
        "reviewDate");
    problem(
        json("{\"residual\": {\"likelihood\": 1, \"impact\": 1}}").post(reviews).then(),
        422,
        "reviewDate");
    problem(
        json("{\"reviewDate\": \"%s\", \"residual\": {\"likelihood\": 1, \"impact\": 1}}"
                .formatted(tomorrow))
            .post(reviews)
            .then(),
        422,
        "reviewDate");
    problem(
        json("{\"reviewDate\": \"2019-09-30\", \"residual\": {\"likelihood\": 5, \"impact\": 1}}")
            .post(reviews)
            .then(),
        422,
        "residual.likelihood");
    problem(
        json("{\"reviewDate\": \"2019-09-30\", \"residual\": {\"likelihood\": 1, \"impact\": 0}}")
            .post(reviews)
            .then(),
        422,
        "residual.impact");
    problem(json("{\"reviewDate\": \"2019-09-30\"}").post(reviews).then(), 422, "residual");
    problem(
        json("{\"reviewDate\": \"2019-06-30\", \"residual\": {\"likelihood\": 4, \"impact\": 4}}")
            .post(reviews)
            .then(),
        409,
        "reviewDate");
    problem(json("{\"reviewDate\": ").post(reviews).then(), 400, "body");
    problem(
        json("{\"reviewDate\": \"2019-09-30\", \"residual\": {\"likelihood\": 1, \"impact\": 1}}")
            .post("/risks/NO-SUCH/reviews")
            .then(),
        404,
        "code");

    request()
        .get(reviews)
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].residual.score", equalTo(4));
    assertThat(risk(code).getInt("residual.score")).isEqualTo(4);
  }

  @Test
  void everyoneSignedInReadsTheRegister() {
    String code = newRisk();
    review(code, "2019-06-30", 2, 2);
    for (String role : new String[] {VIEWER, EDITOR, APPROVER}) {
      as(role).get("/risks").then().statusCode(200);
      as(role).get("/risks/" + code).then().statusCode(200).body("code", equalTo(code));
      as(role).get("/risks/" + code + "/reviews").then().statusCode(200).body("", hasSize(1));
    }
    anonymous().get("/risks").then().statusCode(401);
    anonymous().get("/risks/" + code).then().statusCode(401);
    anonymous().get("/risks/" + code + "/reviews").then().statusCode(401);
  }

  @Test
  void onlyAdminsChangeTheRegister() {
    String code = newRisk();
    String newRisk = body(unique("RISK")) + "}";
    String revised = body(code).replace("Cyber attack", "Changed") + "}";
    String review =
        "{\"reviewDate\": \"2019-06-30\", \"residual\": {\"likelihood\": 4, \"impact\": 4}}";
    problem(
        anonymous().contentType("application/json").body(newRisk).post("/risks").then(), 401, null);
    problem(
        anonymous().contentType("application/json").body(revised).put("/risks/" + code).then(),
        401,
        null);
    problem(
        anonymous()
            .contentType("application/json")
            .body(review)
            .post("/risks/" + code + "/reviews")
            .then(),
        401,
        null);
    for (String role : new String[] {EDITOR, APPROVER, VIEWER}) {
      problem(json(role, newRisk).post("/risks").then(), 403, null);
      problem(json(role, revised).put("/risks/" + code).then(), 403, null);
      problem(json(role, review).post("/risks/" + code + "/reviews").then(), 403, null);
    }
    JsonPath kept = risk(code);
    assertThat(kept.getString("title")).startsWith("Cyber attack");
    assertThat(kept.getString("lastReviewed")).isNull();
    request().get("/risks/" + code + "/reviews").then().body("", empty());
  }
}
