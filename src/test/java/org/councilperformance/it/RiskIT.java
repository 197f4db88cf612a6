package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.APPROVER;
import static org.councilperformance.it.Api.EDITOR;
import static org.councilperformance.it.Api.VIEWER;
import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.array;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
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
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The corporate risk register: risks, scores and bands, reviews, direction of travel, access. */
class RiskIT {
  /** A valid body for a new risk on the default 4×4 matrix, to which tests may add fields. */
  private static JsonObjectBuilder body(String code) {
    return object()
        .add("code", code)
        .add("title", "Cyber attack takes council systems offline")
        .add("cause", "Phishing; unpatched servers")
        .add("consequence", "Services stop; data lost")
        .add("owner", "Head of ICT")
        .add("businessUnit", "CUSTOMER")
        .add("inherent", rating(4, 4))
        .add("residual", rating(2, 3))
        .add("controls", "Patching; training; backups");
  }

  private static JsonObjectBuilder rating(int likelihood, int impact) {
    return object().add("likelihood", likelihood).add("impact", impact);
  }

  /** Registers a risk on the default matrix; returns its code. */
  private static String newRisk() {
    String code = unique("RISK");
    json(body(code)).post("/risks").then().statusCode(201);
    return code;
  }

  private static void review(String risk, String date, int likelihood, int impact) {
    json(object().add("reviewDate", date).add("residual", rating(likelihood, impact)))
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
    json(body(code).add("priority", priority))
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
    json(object().add("code", action).add("title", "Move backups off site"))
        .post("/actions")
        .then()
        .statusCode(201);
    json(object()
            .add("code", code)
            .add("scale", 4)
            .add("title", "Cyber attack")
            .add("inherent", rating(3, 4))
            .add("residual", rating(1, 4))
            .add("status", "CLOSED")
            .add("mitigatingActions", array().add(action)))
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
    json(object()
            .add("title", "Cyber attack")
            .add("inherent", rating(3, 4))
            .add("residual", rating(1, 4)))
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
    json(object()
            .add("reviewDate", "2019-06-30")
            .add("residual", rating(1, 2))
            .add("note", "New firewall in place")
            .add("reviewer", "Corporate Leadership Team"))
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
    json(object()
            .add("code", code)
            .add("title", "Flooding")
            .add("scale", 5)
            .add("inherent", rating(5, 5))
            .add("residual", rating(2, 3)))
        .post("/risks")
        .then()
        .statusCode(201)
        .body("scale", equalTo(5))
        .body("inherent.score", equalTo(25))
        .body("inherent.band", equalTo("RED"))
        .body("residual.band", equalTo("GREEN")); // 6 is green on a 5×5
    review(code, "2019-06-30", 5, 1);
    problem(
        json(object()
                .add("title", "Flooding")
                .add("scale", 4)
                .add("inherent", rating(4, 4))
                .add("residual", rating(1, 1)))
            .put("/risks/" + code)
            .then(),
        422,
        "scale");
    assertThat(risk(code).getInt("scale")).isEqualTo(5);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          "title": " "                                       | 422 | title
          "inherent": {"likelihood": 5, "impact": 1}         | 422 | inherent.likelihood
          "inherent": {"likelihood": 0, "impact": 1}         | 422 | inherent.likelihood
          "inherent": {"likelihood": 1, "impact": 5}         | 422 | inherent.impact
          "inherent": {"likelihood": 1}                      | 422 | inherent.impact
          "inherent": {"likelihood": "high", "impact": 1}    | 400 | inherent.likelihood
          "inherent": {"likelihood": 2.5, "impact": 1}       | 400 | inherent.likelihood
          "inherent": null                                   | 422 | inherent
          "residual": {"likelihood": 1, "impact": 0}         | 422 | residual.impact
          "residual": {"likelihood": -1, "impact": 1}        | 422 | residual.likelihood
          "residual": 6                                      | 400 | residual
          "scale": 6                                         | 422 | scale
          "scale": 2                                         | 422 | scale
          "businessUnit": "NO-SUCH"                          | 404 | businessUnit
          "priority": "NO-SUCH"                              | 404 | priority
          "mitigatingActions": ["NO-SUCH"]                   | 404 | mitigatingActions
          "mitigatingActions": "NO-SUCH"                     | 400 | mitigatingActions
          "status": "ARCHIVED"                               | 400 | status
          "owner": 7                                         | 400 | owner
          """)
  void badInputNamesTheFieldAndSavesNothing(String field, int status, String named) {
    String code = unique("RISK");
    problem(json(withOnly(body(code), field)).post("/risks").then(), status, named);
    request().get("/risks/" + code).then().statusCode(404);

    String existing = newRisk();
    problem(json(withOnly(body(existing), field)).put("/risks/" + existing).then(), status, named);
    JsonPath kept = risk(existing);
    assertThat(kept.getString("title")).isEqualTo("Cyber attack takes council systems offline");
    assertThat(kept.getInt("inherent.score")).isEqualTo(16);
    assertThat(kept.getInt("residual.score")).isEqualTo(6);
    assertThat(kept.getString("businessUnit")).isEqualTo("CUSTOMER");
  }

  /** The valid body with the given "name": value in place of the body's own field of that name. */
  private static JsonObjectBuilder withOnly(JsonObjectBuilder body, String field) {
    try (JsonReader reader = Json.createReader(new StringReader("{" + field + "}"))) {
      return body.addAll(Json.createObjectBuilder(reader.readObject()));
    }
  }

  @Test
  void moreBadRequestsToTheRegister() {
    String code = unique("RISK");
    problem(json("{\"code\": ").post("/risks").then(), 400, "body");
    problem(json("[]").post("/risks").then(), 400, "body");
    problem(
        json(object()
                .add("title", "no code")
                .add("inherent", rating(1, 1))
                .add("residual", rating(1, 1)))
            .post("/risks")
            .then(),
        422,
        "code");
    problem(
        json(object().add("code", code).add("inherent", rating(1, 1)).add("residual", rating(1, 1)))
            .post("/risks")
            .then(),
        422,
        "title");
    problem(
        json(object().add("code", code).add("title", "t").add("residual", rating(1, 1)))
            .post("/risks")
            .then(),
        422,
        "inherent");
    request().get("/risks/" + code).then().statusCode(404);

    String existing = newRisk();
    problem(json(body(existing)).post("/risks").then(), 409, "code");
    problem(json(body("OTHER")).put("/risks/" + existing).then(), 422, "code");
    problem(json(body("NO-SUCH")).put("/risks/NO-SUCH").then(), 404, "code");
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
        json(object().add("reviewDate", "2019-04-31").add("residual", rating(1, 1)))
            .post(reviews)
            .then(),
        400,
        "reviewDate");
    problem(
        json(object().add("reviewDate", 20190430).add("residual", rating(1, 1)))
            .post(reviews)
            .then(),
        400,
        "reviewDate");
    problem(json(object().add("residual", rating(1, 1))).post(reviews).then(), 422, "reviewDate");
    problem(
        json(object().add("reviewDate", tomorrow).add("residual", rating(1, 1)))
            .post(reviews)
            .then(),
        422,
        "reviewDate");
    problem(
        json(object().add("reviewDate", "2019-09-30").add("residual", rating(5, 1)))
            .post(reviews)
            .then(),
        422,
        "residual.likelihood");
    problem(
        json(object().add("reviewDate", "2019-09-30").add("residual", rating(1, 0)))
            .post(reviews)
            .then(),
        422,
        "residual.impact");
    problem(json(object().add("reviewDate", "2019-09-30")).post(reviews).then(), 422, "residual");
    problem(
        json(object().add("reviewDate", "2019-06-30").add("residual", rating(4, 4)))
            .post(reviews)
            .then(),
        409,
        "reviewDate");
    problem(json("{\"reviewDate\": ").post(reviews).then(), 400, "body");
    problem(
        json(object().add("reviewDate", "2019-09-30").add("residual", rating(1, 1)))
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
    String newRisk = body(unique("RISK")).build().toString();
    String revised =
        body(code).add("title", "Changed takes council systems offline").build().toString();
    String review =
        object().add("reviewDate", "2019-06-30").add("residual", rating(4, 4)).build().toString();
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
