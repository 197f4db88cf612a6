package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.json;

import org.junit.jupiter.api.Test;

/**
 * A pack reads its data in a fixed number of queries, whatever the number of indicators: the
 * SELECTs the server sends for one business unit's pack, counted by {@link Statements}, are as many
 * with six indicators as with two.
 */
class PackQueriesIT {
  private static final String SECTIONS = "cover,summary,dashboard,exceptions,indicators";

  @Test
  void aPackWithSixIndicatorsSendsAsManyQueriesAsAPackWithTwo() {
    String quarter = Api.freshQuarter();
    String unit = Api.newBusinessUnit();
    // Red and green from the start, so both packs take the same paths (exceptions, plans).
    measuredIndicator(unit, quarter, "30");
    measuredIndicator(unit, quarter, "48");
    String query = "period=" + quarter + "&businessUnit=" + unit + "&sections=" + SECTIONS;

    String two = Documents.pdfText(Documents.pack(query));
    long forTwo = selectsFor(query);
    for (int i = 0; i < 4; i++) {
      measuredIndicator(unit, quarter, i % 2 == 0 ? "30" : "52");
    }
    String six = Documents.pdfText(Documents.pack(query));
    long forSix = selectsFor(query);

    assertThat(two).contains("1 of 2 indicators on track");
    assertThat(six).contains("3 of 6 indicators on track");
    assertThat(forTwo).isPositive();
    assertThat(forSix).isEqualTo(forTwo);
  }

  /** An indicator with a target of 40 and an actual (green at 48 or 52, red at 30). */
  private static void measuredIndicator(String unit, String quarter, String actual) {
    String code = Api.newIndicator(unit);
    json("{\"value\": 40}")
        .put("/indicators/" + code + "/targets/" + quarter)
        .then()
        .statusCode(200);
    json("{\"value\": " + actual + ", \"commentary\": \"Measured for the query count\"}")
        .put("/indicators/" + code + "/measurements/" + quarter)
        .then()
        .statusCode(200);
  }

  private static long selectsFor(String query) {
    return Statements.selectsDuring(() -> Documents.pack(query));
  }
}
