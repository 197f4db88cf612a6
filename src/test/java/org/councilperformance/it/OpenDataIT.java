package org.councilperformance.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.councilperformance.application.opendata.DocumentedColumns;
import org.councilperformance.application.opendata.DocumentedColumns.Column;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Open data without sign-in (docs/open-data.md): a published period's page and files with their
 * validators and licence, the same 404 for everything unpublished, internal commentary never
 * published, and the CSV checked against the columns the documentation gives.
 */
class OpenDataIT {
  private static final String INTERNAL = "internal-" + unique("note");
  private static final String PUBLIC = "public-" + unique("note");

  private static String quarter;
  private static String internalIndicator;
  private static String publicIndicator;

  @BeforeAll
  static void publishAQuarter() {
    quarter = Api.freshQuarter();
    String unit = Api.newBusinessUnit();
    internalIndicator = Api.newIndicator(unit);
    publicIndicator = Api.newIndicator(unit);
    report(quarter, internalIndicator, 12, INTERNAL, true);
    report(quarter, publicIndicator, 11.5, PUBLIC, false);
    publish(quarter);
  }

  /** Locks and publishes a period. */
  static void publish(String period) {
    request().post("/periods/" + period + "/lock").then().statusCode(200);
    request().post("/periods/" + period + "/publish").then().statusCode(200);
  }

  /** Sets the indicator's target for the period to 10 and enters its figure and commentary. */
  static void report(
      String period, String indicator, double value, String commentary, boolean internal) {
    json(object().add("value", 10))
        .put("/indicators/" + indicator + "/targets/" + period)
        .then()
        .statusCode(200);
    json(object()
            .add("value", value)
            .add("commentary", commentary)
            .add("commentaryInternal", internal))
        .put("/indicators/" + indicator + "/measurements/" + period)
        .then()
        .statusCode(200)
        .body("commentaryInternal", equalTo(internal));
  }

  /** Anyone: no token, no cookie. */
  private static RequestSpecification anyone() {
    return given().baseUri(Api.BASE_URL).basePath("/open-data").urlEncodingEnabled(false);
  }

  private static void sleepASecond() {
    try {
      Thread.sleep(1_100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ExtractableResponse<Response> get(String path) {
    return anyone().get(path).then().extract();
  }

  @Test
  void aPublishedPeriodsPageAndFilesAreServedToAnyoneWithValidatorsAndTheLicence() {
    for (String path :
        List.of(
            "/periods/" + quarter,
            "/periods/" + quarter + "/indicators.csv",
            "/periods/" + quarter + "/indicators.json",
            "/",
            "/indicators.csv")) {
      ExtractableResponse<Response> answer = get(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      assertThat(answer.header("ETag")).as(path).matches("\"[A-Za-z0-9_-]{22}\"");
      assertThat(answer.header("Last-Modified")).as(path).endsWith(" GMT");
      assertThat(answer.header("Cache-Control")).as(path).isEqualTo("public, max-age=300");
      assertThat(answer.header("Link"))
          .as(path)
          .contains(
              "<https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/>;"
                  + " rel=\"license\"");
    }
    anyone()
        .get("/periods/" + quarter)
        .then()
        .contentType(containsString("text/html"))
        .body(containsString("Open Government Licence v3.0"))
        .body(containsString("indicators on track"))
        .body(containsString("How the status is worked out"))
        .body(containsString("/open-data/periods/" + quarter + "/pack.pdf"));
    anyone()
        .get("/periods/" + quarter + "/indicators.json")
        .then()
        .contentType(startsWith("application/json"))
        .body("licence.name", equalTo("Open Government Licence v3.0"))
        .body("period.code", equalTo(quarter))
        .body(
            "indicators.find { it.indicator_code == '" + publicIndicator + "' }.actual",
            equalTo(11.5f));
    anyone().get("/").then().body(containsString("/open-data/periods/" + quarter + "\""));
  }

  @Test
  void aConditionalRequestForWhatItHasIsNotModified() {
    String path = "/periods/" + quarter + "/indicators.csv";
    ExtractableResponse<Response> first = get(path);
    String tag = first.header("ETag");
    String modified = first.header("Last-Modified");
    assertThat(get(path).header("ETag")).as("the same bytes, the same tag").isEqualTo(tag);
    anyone().header("If-None-Match", tag).get(path).then().statusCode(304).header("ETag", tag);
    anyone().header("If-None-Match", "\"other\", " + tag).get(path).then().statusCode(304);
    anyone().header("If-None-Match", "\"other\"").get(path).then().statusCode(200);
    anyone().header("If-Modified-Since", modified).get(path).then().statusCode(304);
    anyone()
        .header("If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT")
        .get(path)
        .then()
        .statusCode(200);
    // If-None-Match decides when both are sent (RFC 9110 13.2.2)
    anyone()
        .header("If-None-Match", "\"other\"")
        .header("If-Modified-Since", modified)
        .get(path)
        .then()
        .statusCode(200);
  }

  @Test
  void theCsvHasTheDocumentedColumnsAndEveryValueItsDocumentedType() throws IOException {
    for (String path : List.of("/periods/" + quarter + "/indicators.csv", "/indicators.csv")) {
      byte[] bytes = anyone().get(path).then().statusCode(200).extract().asByteArray();
      assertThat(bytes).as("a UTF-8 byte-order mark first").startsWith(0xEF, 0xBB, 0xBF);
      String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
      List<Column> documented = DocumentedColumns.read();
      try (CSVParser csv = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
        List<CSVRecord> records = csv.getRecords();
        assertThat(records.get(0).toList())
            .as(path + ": the header, in the documented order")
            .isEqualTo(documented.stream().map(Column::name).toList());
        List<String> wrong = new ArrayList<>();
        for (CSVRecord row : records.subList(1, records.size())) {
          assertThat(row.size())
              .as(path + " line " + row.getRecordNumber())
              .isEqualTo(documented.size());
          for (int i = 0; i < documented.size(); i++) {
            Column column = documented.get(i);
            if (!DocumentedColumns.allows(column.type(), row.get(i))) {
              wrong.add("line " + row.getRecordNumber() + " " + column.name() + "=" + row.get(i));
            }
          }
        }
        assertThat(wrong).as(path + ": values not of their documented type").isEmpty();
        List<String> ours =
            records.stream()
                .filter(r -> r.get(4).equals(publicIndicator) && r.get(0).equals(quarter))
                .map(
                    r ->
                        r.get(2) + "|" + r.get(12) + "|" + r.get(14) + "|" + r.get(16) + "|"
                            + r.get(18))
                .toList();
        String start = quarter.substring(0, 4);
        assertThat(ours).containsExactly(start + "-06-30|10|11.5|GREEN|" + PUBLIC);
      }
    }
  }

  @Test
  void commentaryMarkedInternalIsNeverPublishedButShownSignedIn() {
    for (String path :
        List.of(
            "/periods/" + quarter,
            "/periods/" + quarter + "/indicators.csv",
            "/periods/" + quarter + "/indicators.json",
            "/indicators.csv",
            "/periods/" + quarter + "/pack.html")) {
      String body = anyone().get(path).then().statusCode(200).extract().asString();
      assertThat(body).as(path).doesNotContain(INTERNAL);
      if (!path.endsWith("pack.html")) {
        assertThat(body).as(path).contains(PUBLIC);
      }
    }
    request()
        .get("/indicators/" + internalIndicator + "/measurements/" + quarter)
        .then()
        .statusCode(200)
        .body("commentary", equalTo(INTERNAL))
        .body("commentaryInternal", equalTo(true));
    request()
        .queryParam("period", quarter)
        .queryParam("format", "html")
        .get("/reports/quarterly")
        .then()
        .statusCode(200)
        .body(containsString(INTERNAL));
  }

  @Test
  void everythingUnpublishedIsTheSameNotFound() {
    ExtractableResponse<Response> indexBefore = get("/");
    String open = Api.freshQuarter();
    String locked = Api.freshQuarter();
    request().post("/periods/" + locked + "/lock").then().statusCode(200);
    ExtractableResponse<Response> indexAfter = get("/");
    assertThat(indexAfter.header("ETag"))
        .as("periods made and locked change nothing anyone can see")
        .isEqualTo(indexBefore.header("ETag"));
    assertThat(indexAfter.header("Last-Modified")).isEqualTo(indexBefore.header("Last-Modified"));
    String reopened = Api.freshQuarter();
    publish(reopened);
    anyone().get("/periods/" + reopened).then().statusCode(200);
    json(object().add("reason", "a figure was wrong"))
        .post("/periods/" + reopened + "/reopen")
        .then()
        .statusCode(200);

    String reference = get("/periods/2999-00-Q3").body().asString();
    assertThat(reference).contains("Page not found");
    for (String period : List.of(open, locked, reopened, "2999-00-Q3", "banana", "2018-19-Q9")) {
      for (String file :
          List.of("", "/indicators.csv", "/indicators.json", "/pack.pdf", "/pack.html")) {
        ExtractableResponse<Response> answer = get("/periods/" + period + file);
        assertThat(answer.statusCode()).as(period + file).isEqualTo(404);
        assertThat(answer.body().asString()).as(period + file).isEqualTo(reference);
        assertThat(answer.header("ETag")).as(period + file).isNull();
      }
    }
    assertThat(get("/nothing-here").body().asString()).isEqualTo(reference);
    assertThat(get("/").body().asString())
        .doesNotContain(open)
        .doesNotContain(locked)
        .doesNotContain(reopened);
  }

  /** A fresh quarter with one new indicator, its figure and commentary reported, published. */
  private record Reported(String period, String indicator) {
    static Reported published(double value, String commentary) {
      Reported r = new Reported(Api.freshQuarter(), Api.newIndicator(Api.newBusinessUnit()));
      report(r.period, r.indicator, value, commentary, false);
      publish(r.period);
      return r;
    }

    void reopen() {
      json(object().add("reason", "the figure was wrong"))
          .post("/periods/" + period + "/reopen")
          .then()
          .statusCode(200);
    }
  }

  @Test
  void aPeriodPublishedAgainWithAChangedFigureHasANewTag() {
    Reported reported = Reported.published(12, "first");
    String period = reported.period();
    String path = "/periods/" + period + "/indicators.json";
    String before = get(path).header("ETag");

    reported.reopen();
    report(period, reported.indicator(), 13, "corrected", false);
    publish(period);

    ExtractableResponse<Response> after =
        anyone().header("If-None-Match", before).get(path).then().extract();
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.header("ETag")).isNotEqualTo(before);
    assertThat(after.body().asString()).contains("corrected");
  }

  @Test
  void thePackIsPrintedOnceAndKeptUntilThePeriodIsPublishedAgain() {
    Reported reported = Reported.published(12, "first words");
    String period = reported.period();
    String pdf = "/periods/" + period + "/pack.pdf";
    ExtractableResponse<Response> first = get(pdf);
    assertThat(first.contentType()).isEqualTo("application/pdf");
    // The PDF embeds the second it was printed: the same tag a second later means it was not
    // printed again.
    sleepASecond();
    assertThat(get(pdf).header("ETag")).isEqualTo(first.header("ETag"));
    anyone().header("If-None-Match", first.header("ETag")).get(pdf).then().statusCode(304);
    String html = "/periods/" + period + "/pack.html";
    assertThat(get(html).body().asString()).contains("first words");

    reported.reopen();
    anyone().get(pdf).then().statusCode(404);
    report(period, reported.indicator(), 13, "second words", false);
    publish(period);
    assertThat(get(pdf).header("ETag")).isNotEqualTo(first.header("ETag"));
    assertThat(get(html).body().asString()).contains("second words").doesNotContain("first words");
  }

  @Test
  void aSignedInRequestSeesWhatAnyoneSees() {
    String path = "/periods/" + quarter + "/indicators.csv";
    String asAdmin =
        anyone()
            .header("Authorization", "Bearer " + Api.token(Api.ADMIN))
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertThat(asAdmin).isEqualTo(get(path).header("ETag"));
  }

  @Test
  void onlyGetIsAnswered() {
    anyone().post("/periods/" + quarter + "/indicators.csv").then().statusCode(405);
  }
}
