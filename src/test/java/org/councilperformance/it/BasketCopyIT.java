package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.EDITOR;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;

import io.restassured.path.json.JsonPath;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

/**
 * A financial year's basket copied into the next year in one call: what is still reported at the
 * year's end is carried, with its targets; what was retired stays retired
 * (docs/rules.md#copying-a-years-basket).
 */
class BasketCopyIT {

  /** A fresh financial year with its first two quarters, and the next year with its first. */
  private record Years(String year, String q1, String q2, String next, String nextQ1) {
    static Years fresh() {
      String q1;
      String year;
      String next;
      // The next year's periods must be new too: other tests lock quarters they made, and a
      // target copied into a locked quarter is refused.
      do {
        q1 = Api.freshQuarter();
        year = q1.substring(0, q1.length() - 3);
        int start = Integer.parseInt(year.substring(0, 4)) + 1;
        next = String.format("%d-%02d", start, (start + 1) % 100);
      } while (request().get("/periods/" + next + "-Q1").then().extract().statusCode() != 404
          || request().get("/periods/" + next).then().extract().statusCode() != 404);
      Api.ensurePeriod(year);
      Api.ensurePeriod(year + "-Q2");
      Api.ensurePeriod(next);
      Api.ensurePeriod(next + "-Q1");
      return new Years(year, q1, year + "-Q2", next, next + "-Q1");
    }
  }

  private static JsonObjectBuilder indicator(String code, String from, String to) {
    JsonObjectBuilder body =
        object()
            .add("code", code)
            .add("name", "Basket " + code)
            .add("unit", "COUNT")
            .add("polarity", "HIGHER_IS_BETTER");
    if (from != null) {
      body.add("reportedFrom", from);
    }
    if (to != null) {
      body.add("reportedTo", to);
    }
    return body;
  }

  private static String create(JsonObjectBuilder body) {
    return json(body).post("/indicators").then().statusCode(201).extract().path("code");
  }

  private static void target(String indicator, String period, int value) {
    json(object().add("value", value))
        .put("/indicators/" + indicator + "/targets/" + period)
        .then()
        .statusCode(200);
  }

  private static String targetOf(String indicator, String period) {
    return request()
        .get("/indicators/" + indicator + "/targets/" + period)
        .then()
        .statusCode(200)
        .extract()
        .path("value")
        .toString();
  }

  private static JsonPath copy(String year) {
    return request()
        .post("/periods/" + year + "/basket-copy")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void theYearsMeasuresAndTargetsAreCarriedAndWhatWasRetiredStaysRetired() {
    Years years = Years.fresh();
    String basket = create(indicator(Api.unique("IND"), years.year(), years.year()));
    String retired = create(indicator(Api.unique("IND"), years.year(), years.q2()));
    String open = create(indicator(Api.unique("IND"), null, null));
    target(basket, years.year(), 100);
    target(basket, years.q1(), 20);
    target(retired, years.year(), 50);
    target(open, years.year(), 5);
    target(open, years.next(), 7);
    String before = request().get("/indicators/" + basket).then().extract().header("ETag");

    JsonPath copied = copy(years.year());
    assertThat(copied.getString("nextYear")).isEqualTo(years.next());
    assertThat(copied.getList("indicatorsCarried", String.class))
        .contains(basket, open)
        .doesNotContain(retired);
    assertThat(copied.getList("indicatorsExtended", String.class))
        .contains(basket)
        .doesNotContain(open, retired);
    assertThat(copied.getInt("targetsCopied")).isGreaterThanOrEqualTo(2);
    assertThat(copied.getInt("targetsKept")).isGreaterThanOrEqualTo(1);

    assertThat(
            request().get("/indicators/" + basket).then().extract().path("reportedTo").toString())
        .isEqualTo(years.next());
    assertThat(targetOf(basket, years.next())).isEqualTo("100");
    assertThat(targetOf(basket, years.nextQ1())).isEqualTo("20");
    assertThat(targetOf(open, years.next())).isEqualTo("7");
    request().get("/indicators/" + retired + "/targets/" + years.next()).then().statusCode(404);
    assertThat(
            request()
                .queryParam("period", years.nextQ1())
                .get("/indicators")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("code", String.class))
        .contains(basket, open)
        .doesNotContain(retired);

    // Copying again changes nothing more; an edit made on the old version is refused.
    assertThat(copy(years.year()).getList("indicatorsExtended", String.class))
        .doesNotContain(basket);
    problem(
        json(indicator(basket, years.year(), years.year()))
            .header("If-Match", before)
            .put("/indicators/" + basket)
            .then(),
        412,
        "If-Match");
  }

  @Test
  void onlyAnAdminCopiesAYearsBasketAndOnlyAYearsIntoANextYearSetUp() {
    Years years = Years.fresh();
    problem(Api.as(EDITOR).post("/periods/" + years.year() + "/basket-copy").then(), 403, null);
    problem(request().post("/periods/" + years.q1() + "/basket-copy").then(), 422, "year");
    String q1 = Api.freshQuarter();
    String lonely = q1.substring(0, q1.length() - 3);
    Api.ensurePeriod(lonely);
    int start = Integer.parseInt(lonely.substring(0, 4)) + 1;
    String next = String.format("%d-%02d", start, (start + 1) % 100);
    if (request().get("/periods/" + next).then().extract().statusCode() == 404) {
      problem(request().post("/periods/" + lonely + "/basket-copy").then(), 404, "year");
    }
  }
}
