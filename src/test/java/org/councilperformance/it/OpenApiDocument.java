package org.councilperformance.it;

import static io.restassured.RestAssured.given;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The server's OpenAPI document as the tests read it: its operations and their schemas. */
final class OpenApiDocument {
  final JsonObject document;

  private OpenApiDocument(JsonObject document) {
    this.document = document;
  }

  static OpenApiDocument read() {
    String text =
        given()
            .baseUri(Api.SERVER_URL)
            .accept("application/json")
            .get("/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonObject document = Json.createReader(new StringReader(text)).readObject();
    if (document.getJsonObject("paths").size() < 40) {
      throw new IllegalStateException("the OpenAPI document describes too little: " + text);
    }
    return new OpenApiDocument(document);
  }

  record Operation(String method, String path, JsonObject definition) {
    List<JsonObject> parameters(String in) {
      List<JsonObject> found = new ArrayList<>();
      for (JsonValue p :
          definition.getJsonArray("parameters") == null
              ? List.<JsonValue>of()
              : definition.getJsonArray("parameters")) {
        if (p.asJsonObject().getString("in").equals(in)) {
          found.add(p.asJsonObject());
        }
      }
      return found;
    }

    /** The request body's JSON schema, or null when the operation takes none or not JSON. */
    JsonObject requestSchema() {
      JsonObject body = definition.getJsonObject("requestBody");
      JsonObject json =
          body == null ? null : body.getJsonObject("content").getJsonObject("application/json");
      return json == null ? null : json.getJsonObject("schema");
    }

    /** The JSON schema of the success answer (200 or 201), or null when it is not JSON. */
    JsonObject answerSchema() {
      JsonObject responses = definition.getJsonObject("responses");
      for (String status : List.of("200", "201")) {
        JsonObject response = responses.getJsonObject(status);
        if (response != null
            && response.containsKey("content")
            && response.getJsonObject("content").containsKey("application/json")) {
          return response
              .getJsonObject("content")
              .getJsonObject("application/json")
              .getJsonObject("schema");
        }
      }
      return null;
    }
  }

  List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
        operations.add(
            new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue().asJsonObject()));
      }
    }
    return operations;
  }

  /** A schema with its reference followed. */
  JsonObject resolve(JsonObject schema) {
    while (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").substring("#/components/schemas/".length());
      schema = document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }
    return schema;
  }
}
