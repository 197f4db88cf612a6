package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A council moving onto the product loads three years of its published quarters from sheets, one
 * period at a time (docs/api.md#imports, docs/rules.md#the-set-of-a-period): each year's template
 * holds only that year's measures and actions, the figures and printed statuses load beside the
 * computed ones, and a measure printed as "missing data" counts as missing.
 */
class HistoryFromSheetsIT {
  private final String unit = Api.newBusinessUnit();
  private final List<String> years = Api.freshYears(3);

  private String indicator(String from, String to) {
    String code = Api.unique("IND");
    var body =
        object()
            .add("code", code)
            .add("name", "Measure " + code)
            .add("unit", "COUNT")
            .add("polarity", "HIGHER_IS_BETTER")
            .add("businessUnit", unit);
    if (from != null) {
      body.add("reportedFrom", from);
    }
    if (to != null) {
      body.add("reportedTo", to);
    }
    json(body).post("/indicators").then().statusCode(201);
    return code;
  }

  private String template(String period, String sheet) {
    return request()
        .accept("*/*")
        .get("/imports/template?sheet=" + sheet + "&period=" + period + "&businessUnit=" + unit)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static void apply(String period, String sheet) {
    Api.as(Api.ADMIN)
        .contentType("text/csv")
        .body(sheet.getBytes(StandardCharsets.UTF_8))
        .post("/imports/apply?period=" + period)
        .then()
        .statusCode(200);
  }

  private JsonPath positions(String period) {
    return request()
        .queryParam("period", period)
        .queryParam("businessUnit", unit)
        .get("/indicators")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void eachYearLoadsAndShowsOnlyItsOwnMeasuresAndActions() {
    String everyYear = indicator(null, null);
    String firstYearOnly = indicator(null, years.get(0));
    String fromSecondYear = indicator(years.get(1), null);
    String action = Api.newAction(unit);
    json(object()
            .add("title", "Deliver " + action)
            .add("businessUnit", unit)
            .add("reportedTo", years.get(1)))
        .put("/actions/" + action)
        .then()
        .statusCode(200);

    for (int y = 0; y < 3; y++) {
      String q1 = years.get(y) + "-Q1";
      String figures = template(q1, "indicators");
      assertThat(figures).contains(everyYear);
      assertThat(figures.contains(firstYearOnly)).as(q1 + " " + firstYearOnly).isEqualTo(y == 0);
      assertThat(figures.contains(fromSecondYear)).as(q1 + " " + fromSecondYear).isEqualTo(y > 0);
      assertThat(template(q1, "actions").contains(action)).as(q1 + " " + action).isEqualTo(y < 2);

      // The quarter as the council published it: targets, figures and the statuses it printed.
      StringBuilder sheet =
          new StringBuilder("Indicator code,Target,Value,Commentary,Reported status\r\n");
      sheet.append(everyYear).append(",100,").append(96 + y).append(",Short of target,green\r\n");
      String second = y == 0 ? firstYearOnly : fromSecondYear;
      sheet.append(second).append(",50,,,missing data\r\n");
      apply(q1, sheet.toString());
      if (y < 2) {
        apply(
            q1,
            "Action code,Progress,Commentary,Reported status\r\n"
                + action
                + ","
                + (30 * (y + 1))
                + ",On its way,in progress\r\n");
      }
    }

    for (int y = 0; y < 3; y++) {
      String q1 = years.get(y) + "-Q1";
      JsonPath year = positions(q1);
      String second = y == 0 ? firstYearOnly : fromSecondYear;
      assertThat(year.getList("code", String.class))
          .as(q1)
          .containsExactlyInAnyOrder(everyYear, second);
      String every = "find { it.code == '" + everyYear + "' }";
      assertThat(year.getString(every + ".status")).isEqualTo("AMBER");
      assertThat(year.getString(every + ".reportedStatus")).isEqualTo("GREEN");
      assertThat(year.getBoolean(every + ".differsFromReported")).isTrue();
      assertThat(year.getString("find { it.code == '" + second + "' }.status"))
          .as("printed as missing data, with a target")
          .isEqualTo("MISSING");
    }
    request()
        .get("/actions/" + action + "/updates")
        .then()
        .body("size()", equalTo(2))
        .body("progress", equalTo(List.of(30, 60)));
  }
}
