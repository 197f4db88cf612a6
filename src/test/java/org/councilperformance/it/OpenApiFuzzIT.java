package org.councilperformance.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.councilperformance.it.OpenApiDocument.Operation;
import org.junit.jupiter.api.Test;

/**
 * A bounded fuzzing run driven by the OpenAPI document (docs/api.md#openapi): for every operation,
 * requests built from its schemas — typed values, then values just past each documented limit,
 * wrong types, deep nesting, characters no document can carry, numbers no column can hold, random
 * path codes — sent as an admin with a fixed seed. No answer may be a server fault, and every
 * refusal must be problem+json.
 *
 * <p>It changes only what it creates itself (a fresh quarter, unit and indicator, random codes), so
 * the other tests' sample council is untouched; it never signs in (sign-in has its own limits and
 * lockout) nor signs out.
 */
class OpenApiFuzzIT {
  private static final long SEED = 20_261_202L;
  private static final int REQUESTS = 600;

  /** Operations left out: signing in and out, and the browser's single sign-on redirects. */
  private static final Set<String> LEFT_OUT =
      Set.of(
          "POST /api/session",
          "DELETE /api/session",
          "GET /api/session/sso",
          "GET /api/session/sso/callback",
          // A pack takes seconds to print; ReportIT covers its inputs.
          "GET /api/reports/quarterly");

  /** Placeholders replaced in the written body by JSON no builder would write. */
  private static final Map<String, String> RAW =
      Map.of(
          "@@LONE_SURROGATE@@", "\"a\\ud800b\"",
          "@@HUGE_EXPONENT@@", "1e99999",
          "@@TINY@@", "1E-9",
          "@@DEEP@@", "[".repeat(40) + "]".repeat(40),
          "@@VERY_DEEP@@", "{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000));

  private static final List<String> HOSTILE_TEXT =
      List.of(
          "",
          " ",
          "' OR '1'='1",
          "\"; DROP TABLE measurement; --",
          "..",
          "<script>alert(1)</script>",
          "${jndi:ldap://127.0.0.1:1/a}",
          "a\u0000b",
          "a\uFFFEb",
          "a\uFDD0b",
          "\uD83D\uDE00",
          "2018-19-Q5",
          "2019-02-30",
          "9999-99",
          "-1",
          "1e309",
          "x".repeat(300));

  /**
   * Path values: the hostile texts but those with "/" or NUL, which Liberty itself refuses before
   * the application sees them (a container error page, reported in docs/api.md#openapi).
   */
  private static final List<String> HOSTILE_SEGMENTS =
      HOSTILE_TEXT.stream().filter(t -> !t.contains("/") && !t.contains("\u0000")).toList();

  private final OpenApiDocument openApi = OpenApiDocument.read();
  private final Random random = new Random(SEED);
  private final String quarter = Api.freshQuarter();
  private final String year = quarter.substring(0, 7);
  private final String unit = Api.newBusinessUnit();
  private final String indicator = Api.newIndicator(unit);
  private final String token = ownToken();

  @Test
  void noRequestTheDocumentDescribesMakesTheServerFailAndEveryRefusalIsAProblem() {
    List<Operation> operations =
        openApi.operations().stream()
            .filter(op -> !LEFT_OUT.contains(op.method() + " " + op.path()))
            .toList();
    List<String> failures = new ArrayList<>();
    int refused = 0;
    for (int i = 0; i < REQUESTS; i++) {
      Operation op = operations.get(i % operations.size());
      String path = path(op) + query(op);
      RequestSpecification request =
          given()
              .baseUri(Api.BASE_URL)
              .urlEncodingEnabled(false)
              .redirects()
              .follow(false)
              .header("Authorization", "Bearer " + token)
              .accept("application/json");
      String body = null;
      if (op.requestSchema() != null) {
        body = body(op.requestSchema());
        request
            .contentType(random.nextInt(20) == 0 ? "text/plain" : "application/json")
            .body(body.getBytes(StandardCharsets.UTF_8));
      }
      Response answer = request.request(op.method(), path);
      int status = answer.statusCode();
      String type = String.valueOf(answer.contentType());
      if (status >= 500 || (status >= 400 && !type.startsWith("application/problem+json"))) {
        failures.add(
            op.method()
                + " "
                + path
                + " "
                + (body == null ? "" : abbreviate(body))
                + " -> "
                + status
                + " "
                + type
                + " "
                + abbreviate(answer.asString()));
      }
      refused += status >= 400 ? 1 : 0;
    }
    assertEquals(List.of(), failures);
    // A run in which everything was refused would test only the first gate.
    assertTrue(refused < REQUESTS, "every request was refused");
  }

  private String ownToken() {
    return Api.signIn(Api.ADMIN)
        .change(Api.object().add("name", "OpenAPI fuzzing"))
        .post("/tokens")
        .then()
        .statusCode(201)
        .extract()
        .path("token");
  }

  private String path(Operation op) {
    String path = op.path();
    String concept = path.split("/")[2];
    for (JsonObject parameter : op.parameters("path")) {
      String name = parameter.getString("name");
      String value =
          random.nextInt(4) == 0
              ? pick(HOSTILE_SEGMENTS)
              : switch (name) {
                case "code" ->
                    switch (concept) {
                      case "periods" -> quarter;
                      case "indicators" -> pick(List.of(indicator, randomCode()));
                      case "business-units" -> pick(List.of(unit, randomCode()));
                      default -> randomCode();
                    };
                case "period" -> pick(List.of(quarter, year));
                case "year" -> year;
                case "unit" -> unit;
                case "month" -> year.substring(0, 4) + "-0" + (4 + random.nextInt(3));
                case "id", "username" -> String.valueOf(900_000_000 + random.nextInt(1_000));
                case "date" -> "2100-06-30";
                default -> randomCode();
              };
      path = path.replace("{" + name + "}", encode(value));
    }
    return path;
  }

  private String query(Operation op) {
    List<String> parts = new ArrayList<>();
    for (JsonObject parameter : op.parameters("query")) {
      if (random.nextInt(10) < 7) {
        String name = parameter.getString("name");
        String value =
            random.nextInt(3) == 0
                ? pick(HOSTILE_TEXT)
                : switch (name) {
                  case "period" -> pick(List.of(quarter, year, "2018-19-Q2"));
                  case "businessUnit" -> unit;
                  case "status" -> pick(List.of("OPEN", "CLOSED"));
                  default -> randomCode();
                };
        parts.add(name + "=" + encode(value));
      }
    }
    return parts.isEmpty() ? "" : "?" + String.join("&", parts);
  }

  /** A body for the schema: usually typed and then broken in one to three places. */
  private String body(JsonObject schema) {
    if (random.nextInt(12) == 0) {
      return pick(
          List.of(
              "",
              "{",
              "[]",
              "null",
              "\"text\"",
              "{\"a\": 1} {\"a\": 2}",
              "{\"a\": 01}",
              RAW.get("@@VERY_DEEP@@")));
    }
    JsonObject object = openApi.resolve(schema);
    JsonObjectBuilder body = Json.createObjectBuilder();
    JsonObject properties = object.getJsonObject("properties");
    List<String> names = new ArrayList<>(properties.keySet());
    for (String name : names) {
      body.add(name, value(properties.getJsonObject(name), 0));
    }
    int broken = random.nextInt(4);
    for (int i = 0; i < broken && !names.isEmpty(); i++) {
      String name = pick(names);
      body.add(name, boundary(openApi.resolve(properties.getJsonObject(name))));
    }
    if (random.nextInt(10) == 0) {
      body.add("notDocumented", pick(HOSTILE_TEXT));
    }
    String text = body.build().toString();
    for (Map.Entry<String, String> raw : RAW.entrySet()) {
      text = text.replace("\"" + raw.getKey() + "\"", raw.getValue());
    }
    return text;
  }

  /** A value of the documented type, within its documented limits. */
  private JsonValue value(JsonObject schema, int depth) {
    schema = openApi.resolve(schema);
    String type = schema.getString("type", "object");
    return switch (type) {
      case "object" -> {
        JsonObjectBuilder object = Json.createObjectBuilder();
        if (depth < 3 && schema.containsKey("properties")) {
          for (var property : schema.getJsonObject("properties").entrySet()) {
            object.add(property.getKey(), value(property.getValue().asJsonObject(), depth + 1));
          }
        }
        yield object.build();
      }
      case "array" -> {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int i = random.nextInt(3); i > 0; i--) {
          array.add(value(schema.getJsonObject("items"), depth + 1));
        }
        yield array.build();
      }
      case "integer" -> {
        int min = schema.containsKey("minimum") ? schema.getJsonNumber("minimum").intValue() : 0;
        int max = schema.containsKey("maximum") ? schema.getJsonNumber("maximum").intValue() : 1000;
        yield Json.createValue(min + random.nextInt(max - min + 1));
      }
      case "number" ->
          Json.createValue(BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000L, 2));
      case "boolean" -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
      default -> Json.createValue(text(schema));
    };
  }

  private String text(JsonObject schema) {
    if (schema.containsKey("enum")) {
      return ((JsonString) pick(schema.getJsonArray("enum"))).getString();
    }
    if ("date".equals(schema.getString("format", ""))) {
      return String.format(
          "%d-%02d-%02d",
          1900 + random.nextInt(1100), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
    if (schema.getString("pattern", "").startsWith("^[A-Za-z0-9")) {
      return randomCode();
    }
    return pick(List.of(unit, indicator, "fuzz text", randomCode(), "2100-01-Q1"));
  }

  /** A value just past what the schema allows, of another type, or hostile. */
  private JsonValue boundary(JsonObject schema) {
    String type = schema.getString("type", "object");
    List<JsonValue> candidates = new ArrayList<>();
    candidates.add(JsonValue.NULL);
    candidates.add(JsonValue.TRUE);
    candidates.add(Json.createValue(12));
    candidates.add(Json.createValue("twelve"));
    candidates.add(JsonValue.EMPTY_JSON_OBJECT);
    candidates.add(JsonValue.EMPTY_JSON_ARRAY);
    candidates.add(Json.createValue("@@DEEP@@"));
    candidates.add(Json.createValue("@@VERY_DEEP@@"));
    switch (type) {
      case "string" -> {
        int max = schema.getInt("maxLength", 65_535);
        candidates.add(Json.createValue("x".repeat(max + 1)));
        candidates.add(Json.createValue("\u00e9".repeat(32_768))); // 65,536 bytes of UTF-8
        candidates.add(Json.createValue("@@LONE_SURROGATE@@"));
        candidates.add(Json.createValue(pick(HOSTILE_TEXT)));
        candidates.add(Json.createValue(pick(HOSTILE_TEXT)));
        if ("date".equals(schema.getString("format", ""))) {
          candidates.add(Json.createValue("1899-12-31"));
          candidates.add(Json.createValue("3000-01-01"));
          candidates.add(Json.createValue("+10000-01-01"));
          candidates.add(Json.createValue("2019-02-30"));
        }
      }
      case "number", "integer" -> {
        candidates.add(Json.createValue(new BigDecimal("10000000000000")));
        candidates.add(Json.createValue(new BigDecimal("-9999999999999.9999999")));
        candidates.add(Json.createValue(new BigDecimal("9999999999999.999999")));
        candidates.add(Json.createValue(new BigDecimal("1E+40")));
        candidates.add(Json.createValue(new BigDecimal("0.1234567")));
        candidates.add(Json.createValue(new BigDecimal("2147483648")));
        candidates.add(Json.createValue(new BigDecimal("-9223372036854775809")));
        candidates.add(Json.createValue(1.5));
        candidates.add(Json.createValue(-1));
        candidates.add(Json.createValue("@@HUGE_EXPONENT@@"));
        candidates.add(Json.createValue("@@TINY@@"));
      }
      case "array" -> {
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 200; i++) {
          many.add(pick(HOSTILE_TEXT));
        }
        candidates.add(many.build());
        candidates.add(Json.createArrayBuilder().add(JsonValue.NULL).build());
        candidates.add(Json.createArrayBuilder().add(12).build());
      }
      default -> {}
    }
    return pick(candidates);
  }

  private String randomCode() {
    return "FZ-" + Integer.toString(random.nextInt(Integer.MAX_VALUE), 36);
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String abbreviate(String text) {
    return text.length() > 160 ? text.substring(0, 160) + "…" : text;
  }
}
