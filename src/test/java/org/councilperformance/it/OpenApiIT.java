package org.councilperformance.it;

import static org.councilperformance.it.Api.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.councilperformance.it.OpenApiDocument.Operation;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document describes the API as it is: every property a read answers is documented and
 * every documented one is answered (checked on the sample council), and every documented request
 * property is one the API reads (a wrong type in it is refused naming it).
 */
class OpenApiIT {
  private static final String QUARTER = "2018-19-Q2";
  private static final String REVIEW_DATE = "2018-09-30";

  private final String risk = Api.unique("OA-RISK");

  /** A measure library with two versions, so its changes have a sample too. */
  private final TestLibraries.TestSet library =
      TestLibraries.install("example", "2024-01", "2025-01");

  private final OpenApiDocument openApi = OpenApiDocument.read();

  @Test
  void everyBodyAndEveryErrorAnswerHasASchema() {
    for (Operation op : openApi.operations()) {
      JsonObject body = op.requestSchema();
      if (body != null) {
        assertTrue(
            openApi.resolve(body).containsKey("properties"), op + " has a body without schema");
      }
      for (String status : op.definition().getJsonObject("responses").keySet()) {
        if (status.startsWith("4")) {
          assertEquals(
              "#/components/responses/Problem" + status,
              op.definition().getJsonObject("responses").getJsonObject(status).getString("$ref"));
        }
      }
    }
  }

  @Test
  void everyReadAnswersExactlyTheDocumentedProperties() {
    List<String> mismatches = new ArrayList<>();
    Set<String> unchecked = new TreeSet<>();
    // The sample council has no risk register: one risk with a review, whose creation answers are
    // checked too.
    var rating = Api.object().add("likelihood", 2).add("impact", 3).build();
    Response created =
        Api.json(
                Api.object()
                    .add("code", risk)
                    .add("title", "A risk the OpenAPI document is checked on")
                    .add("inherent", rating)
                    .add("residual", rating))
            .post("/risks");
    conform(
        operation("POST", "/api/risks").answerSchema(),
        json(created, 201),
        "POST /api/risks",
        mismatches);
    Response reviewed =
        Api.json(Api.object().add("reviewDate", REVIEW_DATE).add("residual", rating))
            .post("/risks/" + risk + "/reviews");
    conform(
        operation("POST", "/api/risks/{code}/reviews").answerSchema(),
        json(reviewed, 201),
        "POST /api/risks/{code}/reviews",
        mismatches);
    for (Operation op : openApi.operations()) {
      JsonObject schema = op.answerSchema();
      if (!op.method().equals("GET") || schema == null) {
        continue;
      }
      String path = samplePath(op);
      Response answer = path == null ? null : request().get(path.substring("/api".length()));
      if (answer == null || answer.statusCode() != 200) {
        unchecked.add(op.path());
        continue;
      }
      conform(schema, json(answer, 200), op.method() + " " + path, mismatches);
    }
    assertEquals(List.of(), mismatches);
    assertEquals(Set.of(), unchecked);
  }

  private Operation operation(String method, String path) {
    return openApi.operations().stream()
        .filter(op -> op.method().equals(method) && op.path().equals(path))
        .findFirst()
        .orElseThrow();
  }

  private static JsonValue json(Response answer, int status) {
    assertEquals(status, answer.statusCode(), answer.asString());
    return Json.createReader(new StringReader(answer.asString())).readValue();
  }

  @Test
  void everyDocumentedRequestPropertyIsRead() {
    List<String> unread = new ArrayList<>();
    int checked = 0;
    for (Operation op : openApi.operations()) {
      JsonObject schema = op.requestSchema();
      if (schema == null) {
        continue;
      }
      String path = wellFormedPath(op);
      for (var property : openApi.resolve(schema).getJsonObject("properties").entrySet()) {
        JsonObject body =
            Json.createObjectBuilder()
                .add(property.getKey(), wrongTypeFor(property.getValue().asJsonObject()))
                .build();
        Response answer =
            Api.json(body.toString()).request(op.method(), path.substring("/api".length()));
        checked++;
        if (answer.statusCode() != 400
            || !property.getKey().equals(answer.jsonPath().getString("field"))) {
          unread.add(
              op.method() + " " + op.path() + " " + property.getKey() + ": " + answer.asString());
        }
      }
    }
    assertEquals(List.of(), unread);
    assertTrue(checked > 100, "only " + checked + " request properties checked");
  }

  /**
   * Every request body refuses a property it does not document, naming it, rather than dropping it;
   * the document says so with {@code additionalProperties: false}.
   */
  @Test
  void everyRequestRefusesAPropertyItDoesNotDocument() {
    List<String> accepted = new ArrayList<>();
    int checked = 0;
    for (Operation op : openApi.operations()) {
      JsonObject schema = op.requestSchema();
      if (schema == null) {
        continue;
      }
      JsonObject resolved = openApi.resolve(schema);
      if (resolved.getBoolean("additionalProperties", true)) {
        accepted.add(op + ": the document allows other properties");
      }
      Response answer =
          Api.json("{\"notAField\": 1}")
              .request(op.method(), wellFormedPath(op).substring("/api".length()));
      checked++;
      if (answer.statusCode() != 422 || !"notAField".equals(answer.jsonPath().getString("field"))) {
        accepted.add(op.method() + " " + op.path() + ": " + answer.asString());
      }
    }
    assertEquals(List.of(), accepted);
    assertTrue(checked > 20, "only " + checked + " request bodies checked");
  }

  /** A value no property of this schema accepts. */
  private JsonValue wrongTypeFor(JsonObject schema) {
    String type = openApi.resolve(schema).getString("type", "object");
    return switch (type) {
      case "string", "array", "object" -> Json.createValue(12);
      default -> Json.createValue("twelve");
    };
  }

  /** Checks a JSON answer against its schema: the same properties, of the documented types. */
  private void conform(JsonObject schema, JsonValue json, String where, List<String> mismatches) {
    schema = openApi.resolve(schema);
    if (json.getValueType() == JsonValue.ValueType.NULL) {
      return;
    }
    String type = schema.getString("type", "object");
    switch (type) {
      case "object" -> {
        if (!(json instanceof JsonObject object)) {
          mismatches.add(where + " is not an object");
          return;
        }
        Set<String> documented = new TreeSet<>(schema.getJsonObject("properties").keySet());
        if (!documented.equals(new TreeSet<>(object.keySet()))) {
          mismatches.add(
              where + " answers " + new TreeSet<>(object.keySet()) + ", documented " + documented);
          return;
        }
        for (String name : documented) {
          conform(
              schema.getJsonObject("properties").getJsonObject(name),
              object.get(name),
              where + "." + name,
              mismatches);
        }
      }
      case "array" -> {
        if (!(json instanceof JsonArray array)) {
          mismatches.add(where + " is not an array");
          return;
        }
        for (int i = 0; i < array.size(); i++) {
          conform(schema.getJsonObject("items"), array.get(i), where + "[" + i + "]", mismatches);
        }
      }
      case "string" -> {
        if (json.getValueType() != JsonValue.ValueType.STRING) {
          mismatches.add(where + " is not a string");
        }
      }
      case "number", "integer" -> {
        if (json.getValueType() != JsonValue.ValueType.NUMBER) {
          mismatches.add(where + " is not a number");
        }
      }
      case "boolean" -> {
        if (json != JsonValue.TRUE && json != JsonValue.FALSE) {
          mismatches.add(where + " is not true or false");
        }
      }
      default -> mismatches.add(where + " has an unknown type " + type);
    }
  }

  /** The operation's path with the sample council's values, or null when it has none. */
  /** A committee member, a meeting with an issued pack and a delivery, and a closure to read. */
  private record DistributionSample(
      String committee, String member, String meeting, String delivery) {}

  private DistributionSample distribution;

  private DistributionSample distribution() {
    if (distribution == null) {
      String quarter = Api.freshQuarter();
      request().post("/periods/" + quarter + "/lock").then().statusCode(200);
      String committee = Api.unique("OAS");
      Api.json(
              Api.object()
                  .add("code", committee)
                  .add("name", "Committee " + committee)
                  .add("sections", Api.array().add("cover")))
          .post("/committees")
          .then()
          .statusCode(201);
      Object member =
          Api.json(
                  Api.object()
                      .add("name", "Cllr OpenAPI")
                      .add("email", committee.toLowerCase() + "@example.org")
                      .add("role", "CHAIR")
                      .add("startDate", "2020-01-01"))
              .post("/committees/" + committee + "/members")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      // A meeting already held: with no mail server listening its one copy is given up within
      // seconds, rather than retried in the background through the rest of the tests.
      int meeting = CommitteeIT.newMeeting(committee, "2020-01-15T18:30", quarter);
      Api.json(Api.object()).post("/meetings/" + meeting + "/packs").then().statusCode(201);
      Object delivery =
          request().get("/meetings/" + meeting + "/deliveries").then().extract().path("[0].id");
      Api.json(Api.object().add("kind", "CLOSED").add("reason", "OpenAPI sample"))
          .put("/calendar/closures/" + CLOSURE_DAY)
          .then()
          .statusCode(200);
      distribution =
          new DistributionSample(
              committee, String.valueOf(member), String.valueOf(meeting), String.valueOf(delivery));
    }
    return distribution;
  }

  private static final String CLOSURE_DAY = "2099-12-31";

  private String samplePath(Operation op) {
    String path = op.path();
    String concept = path.split("/")[2];
    if (concept.equals("committees") || concept.equals("meetings") || concept.equals("calendar")) {
      DistributionSample sample = distribution();
      path =
          path.replace("{id}", concept.equals("committees") ? sample.member() : sample.meeting())
              .replace("{delivery}", sample.delivery())
              .replace("{edition}", "1")
              .replace("{day}", CLOSURE_DAY)
              .replace("{code}", sample.committee());
    }
    for (JsonObject parameter : op.parameters("path")) {
      String name = parameter.getString("name");
      if (!path.contains("{" + name + "}")) {
        continue; // filled in above
      }
      String value =
          switch (name) {
            case "code" ->
                switch (concept) {
                  case "periods" -> QUARTER;
                  case "risks" -> risk;
                  case "reports" -> first("priorities", "code"); // a priority's narrative
                  default -> first(concept, "code");
                };
            case "date" -> REVIEW_DATE;
            case "id" -> first("plans", "id");
            case "username" -> Api.ADMIN;
            case "period" -> QUARTER;
            case "month" -> "2018-08";
            case "section" -> "finance";
            // A test-only set with two versions (it/TestLibraries).
            case "set" -> library.set();
            case "version" -> "2025-01";
            default -> null;
          };
      if (value == null) {
        return null;
      }
      path = path.replace("{" + name + "}", value);
    }
    List<String> query = new ArrayList<>();
    for (JsonObject parameter : op.parameters("query")) {
      switch (parameter.getString("name")) {
        case "period" -> query.add("period=" + QUARTER);
        case "plan" -> query.add("plan=" + first("plans", "id"));
        case "year" -> query.add("year=2026");
        case "from" -> {
          if (path.startsWith("/api/libraries")) {
            query.add("from=2024-01"); // the earlier version of the tests' own set
          }
        }
        default -> {}
      }
    }
    return query.isEmpty() ? path : path + "?" + String.join("&", query);
  }

  /** Path values of the right form, existing or not: a body is read before anything is found. */
  private static String wellFormedPath(Operation op) {
    String path = op.path();
    for (JsonObject parameter : op.parameters("path")) {
      String name = parameter.getString("name");
      String value =
          switch (name) {
            case "id" -> "999999999";
            case "period" -> QUARTER;
            case "year" -> "2018-19";
            case "month" -> "2018-08";
            case "date" -> "2018-09-30";
            case "code" -> path.startsWith("/api/periods") ? QUARTER : "NO-SUCH-CODE";
            default -> "no-such-" + name;
          };
      path = path.replace("{" + name + "}", value);
    }
    return path;
  }

  /** A property of the first thing a list answers, e.g. the first indicator's code. */
  private static String first(String concept, String property) {
    String list =
        concept.equals("indicators") || concept.equals("actions")
            ? "/" + concept + "?period=" + QUARTER
            : "/" + concept;
    Object value = request().get(list).then().statusCode(200).extract().path("[0]." + property);
    return String.valueOf(value);
  }
}
