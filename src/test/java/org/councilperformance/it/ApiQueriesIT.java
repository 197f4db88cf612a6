package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API's reads of a quarter send a fixed number of queries whatever the number of indicators
 * (docs/benchmarks.md#api-under-load): the SELECTs the server sends for each, counted by {@link
 * Statements}, are as many with six indicators as with two, scoped to a unit and to a priority.
 */
class ApiQueriesIT {
  @Test
  void eachReadOfAQuarterSendsAsManyQueriesForSixIndicatorsAsForTwo() {
    PortalQueriesIT.Counted counted = PortalQueriesIT.Counted.fresh();
    String quarter = counted.quarter();
    String unit = counted.unit();
    String priority = counted.priority();
    // Red and green from the start, so both counts take the same paths (exceptions, plans).
    String first = counted.indicator("30");
    counted.indicator("48");
    Map<String, String> reads = new LinkedHashMap<>();
    for (String scope : new String[] {"businessUnit=" + unit, "priority=" + priority}) {
      for (String read : new String[] {"indicators", "summary", "exceptions", "trends"}) {
        reads.put(read + "?" + scope, "/" + read + "?period=" + quarter + "&" + scope);
      }
    }
    reads.put("indicator", "/indicators/" + first + "/status?period=" + quarter);
    reads.put("trend", "/indicators/" + first + "/trend?period=" + quarter);
    Map<String, Long> forTwo = selects(reads);
    for (int i = 0; i < 4; i++) {
      counted.indicator(i % 2 == 0 ? "30" : "52");
    }
    Api.request()
        .get("/summary?period=" + quarter + "&businessUnit=" + unit)
        .then()
        .statusCode(200)
        .body("total", equalTo(6));
    Map<String, Long> forSix = selects(reads);

    assertThat(forTwo.values()).allMatch(n -> n > 0);
    assertThat(forSix).isEqualTo(forTwo);
  }

  private static Map<String, Long> selects(Map<String, String> reads) {
    Map<String, Long> counts = new LinkedHashMap<>();
    reads.forEach(
        (name, read) ->
            counts.put(
                name,
                Statements.selectsDuring(
                    () -> assertThat(Api.request().get(read).statusCode()).isEqualTo(200))));
    return counts;
  }
}
