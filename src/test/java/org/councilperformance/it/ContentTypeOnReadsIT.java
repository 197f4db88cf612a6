package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilperformance.it.OpenApiDocument.Operation;
import org.junit.jupiter.api.Test;

/**
 * A request without a body is read whatever {@code Content-Type} it carries
 * (docs/api.md#conventions): some HTTP clients and BI tools send one on every request, and JAX-RS
 * matched it against a resource's {@code @Consumes}, answering 415 to a GET of the periods or the
 * indicators.
 */
class ContentTypeOnReadsIT {
  private static final List<String> TYPES = List.of("application/json", "text/plain");
  private static final String QUARTER = "2018-19-Q2";

  /** One read or more of every family of GET endpoints, on the sample council. */
  private static final List<String> READS =
      List.of(
          "/periods",
          "/periods/" + QUARTER,
          "/indicators?period=" + QUARTER,
          "/indicators/HC-PI-01",
          "/indicators/HC-PI-01/status?period=" + QUARTER,
          "/indicators/HC-PI-01/trend?period=" + QUARTER,
          "/indicators/HC-PI-01/targets",
          "/indicators/HC-PI-01/measurements",
          "/indicators/HC-PI-01/history",
          "/summary?period=" + QUARTER,
          "/exceptions?period=" + QUARTER,
          "/trends?period=" + QUARTER,
          "/data-quality?period=" + QUARTER,
          "/actions?period=" + QUARTER,
          "/actions/VFM-A-01",
          "/actions/VFM-A-01/updates",
          "/plans",
          "/priorities",
          "/priorities/VFM",
          "/directorates",
          "/directorates/CEX",
          "/business-units",
          "/business-units/HOUSING",
          "/risks",
          "/intervention-plans",
          "/finance?period=" + QUARTER,
          "/absence?period=" + QUARTER,
          "/contact-centre?period=" + QUARTER,
          "/committees",
          "/meetings",
          "/alerts",
          "/calendar/bank-holidays?year=2018",
          "/calendar/closures",
          "/users",
          "/tokens",
          "/reports/front-sheets/" + QUARTER,
          "/reports/narratives/" + QUARTER);

  @Test
  void everyFamilyOfReadsAnswersWithAContentTypeAsWithout() {
    List<String> reads = new ArrayList<>(READS);
    // A risk of this test's own (the sample's register may be empty), and an intervention plan as
    // the server lists them (the sample has some; other tests add more).
    reads.add("/risks/" + PackRiskAndQualityIT.newRisk("Read with a content type", 5, 2, 3));
    reads.add(
        "/intervention-plans/"
            + Api.request().get("/intervention-plans").jsonPath().getString("[0].code"));
    for (String read : reads) {
      assertThat(Api.request().get(read).statusCode()).as("GET %s", read).isEqualTo(200);
      for (String type : TYPES) {
        Response answer = Api.request().header("Content-Type", type).get(read);
        assertThat(answer.statusCode()).as("GET %s with %s", read, type).isEqualTo(200);
      }
    }
  }

  /**
   * Every GET the OpenAPI document lists, its path parameters filled with a code nothing has: the
   * answer may be 404 or 400, but is the same with a {@code Content-Type} as without, never 415.
   */
  @Test
  void noReadInTheDocumentIsRefusedForItsContentType() {
    // The browser's single sign-on redirects, and the pack, which takes seconds to print.
    Set<String> leftOut =
        Set.of("/api/session/sso", "/api/session/sso/callback", "/api/reports/quarterly");
    List<String> differing = new ArrayList<>();
    int reads = 0;
    for (Operation operation : OpenApiDocument.read().operations()) {
      if (!operation.method().equals("GET") || leftOut.contains(operation.path())) {
        continue;
      }
      reads++;
      String path = operation.path().replaceFirst("^/api", "").replaceAll("\\{[^}]+}", "1");
      int without = Api.request().get(path).statusCode();
      for (String type : TYPES) {
        int with = Api.request().header("Content-Type", type).get(path).statusCode();
        if (with != without) {
          differing.add("GET " + path + " with " + type + ": " + with + " against " + without);
        }
      }
    }
    assertThat(reads).isGreaterThan(READS.size());
    assertThat(differing).isEmpty();
  }

  /** A body still needs the type its endpoint reads: the filter drops a type only without one. */
  @Test
  void aBodyOfTheWrongTypeIsStillRefused() {
    Response answer =
        Api.request()
            .header("Content-Type", "text/plain")
            .body(Map.of("name", "never made").toString())
            .post("/tokens");
    assertThat(answer.statusCode()).isEqualTo(415);
  }
}
