package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.array;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reading pages read in a fixed number of queries whatever the number of indicators on them
 * (docs/portal.md#reading): the SELECTs the server sends for each page, counted by {@link
 * Statements}, are as many with six indicators as with two.
 */
class PortalQueriesIT {
  @Test
  void eachReadingPageSendsAsManyQueriesForSixIndicatorsAsForTwo() {
    Counted counted = Counted.fresh();
    String quarter = counted.quarter();
    String unit = counted.unit();
    String priority = counted.priority();
    List<String> indicators = new ArrayList<>();
    // Red and green from the start, so both counts take the same paths (exceptions, plans).
    indicators.add(counted.indicator("30"));
    indicators.add(counted.indicator("48"));
    PortalSession viewer = PortalSession.signIn(Api.VIEWER, Api.PASSWORDS.get(Api.VIEWER));
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("overview", "/quarters/" + quarter + "/overview?businessUnit=" + unit);
    pages.put("dashboard", "/quarters/" + quarter + "/priorities/" + priority);
    pages.put("exceptions", "/quarters/" + quarter + "/exceptions?businessUnit=" + unit);
    pages.put("indicator", "/indicators/" + indicators.get(0) + "?period=" + quarter);
    Map<String, Long> forTwo = selects(viewer, pages);
    for (int i = 0; i < 4; i++) {
      indicators.add(counted.indicator(i % 2 == 0 ? "30" : "52"));
    }
    assertThat(viewer.get(pages.get("dashboard")).asString()).contains("6 indicators");
    Map<String, Long> forSix = selects(viewer, pages);

    assertThat(forTwo.values()).allMatch(n -> n > 0);
    assertThat(forSix).isEqualTo(forTwo);
  }

  private static Map<String, Long> selects(PortalSession viewer, Map<String, String> pages) {
    Map<String, Long> counts = new LinkedHashMap<>();
    pages.forEach(
        (name, page) ->
            counts.put(
                name,
                Statements.selectsDuring(
                    () -> assertThat(viewer.get(page).statusCode()).isEqualTo(200))));
    return counts;
  }

  /**
   * A fresh quarter, with the quarter before it (so the trends read earlier figures of every
   * indicator), a unit and a priority, to which indicators are added for counting.
   */
  record Counted(String quarter, String previous, String unit, String priority) {
    static Counted fresh() {
      String quarter = Api.freshQuarter();
      int year = Integer.parseInt(quarter.substring(0, 4)) - 1;
      String previous = String.format("%d-%02d-Q4", year, (year + 1) % 100);
      Api.ensurePeriod(previous);
      return new Counted(quarter, previous, Api.newBusinessUnit(), Api.newPriority());
    }

    String indicator(String actual) {
      return measuredIndicator(unit, priority, quarter, previous, actual);
    }
  }

  /**
   * An indicator of the priority with a target of 40 and an actual (red at 30, else green), and a
   * figure for the quarter before.
   */
  private static String measuredIndicator(
      String unit, String priority, String quarter, String previous, String actual) {
    String code = Api.unique("IND");
    json(object()
            .add("code", code)
            .add("name", "Counted indicator")
            .add("unit", "COUNT")
            .add("polarity", "HIGHER_IS_BETTER")
            .add("businessUnit", unit)
            .add("priorities", array().add(priority)))
        .post("/indicators")
        .then()
        .statusCode(201);
    json("{\"value\": 40}")
        .put("/indicators/" + code + "/targets/" + quarter)
        .then()
        .statusCode(200);
    for (String period : List.of(previous, quarter)) {
      json("{\"value\": " + actual + ", \"commentary\": \"Measured for the query count\"}")
          .put("/indicators/" + code + "/measurements/" + period)
          .then()
          .statusCode(200);
    }
    return code;
  }
}
