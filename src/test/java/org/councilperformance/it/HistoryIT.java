package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An indicator's history is read a page at a time, newest first, in a fixed number of queries. */
class HistoryIT {
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

  @Test
  void pagesWalkEveryChangeOnceNewestFirst() {
    String quarter = Api.freshQuarter();
    String base = indicatorWithTarget(quarter);
    changeActual(base, quarter, 1, 8);
    List<Map<String, Object>> whole =
        request().get(base + "/history").then().statusCode(200).extract().path("");
    assertThat(whole).hasSize(8);

    List<Map<String, Object>> paged = new ArrayList<>();
    String next = base + "/history?limit=3";
    int pages = 0;
    while (next != null) {
      Response page = request().get(next).then().statusCode(200).extract().response();
      List<Map<String, Object>> changes = page.path("");
      assertThat(changes).hasSizeLessThanOrEqualTo(3);
      paged.addAll(changes);
      next = nextPage(page.header("Link"));
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(paged).isEqualTo(whole);
    assertThat(paged)
        .extracting(c -> c.get("field") + ":" + c.get("oldValue") + "->" + c.get("newValue"))
        .containsExactly(
            "actual:6->7",
            "actual:5->6",
            "actual:4->5",
            "actual:3->4",
            "actual:2->3",
            "actual:1->2",
            "actual:null->1",
            "target:null->0");
  }

  @Test
  void aPageCostsTheSameQueriesHoweverLongTheHistory() {
    String quarter = Api.freshQuarter();
    String base = indicatorWithTarget(quarter);
    changeActual(base, quarter, 0, 5);
    long shortHistory = selectsForFirstPage(base);
    changeActual(base, quarter, 5, 60);
    long longHistory = selectsForFirstPage(base);

    assertThat(shortHistory).isPositive();
    assertThat(longHistory).isEqualTo(shortHistory);
  }

  @Test
  void aBadPageSizeOrCursorIsRefusedNamingIt() {
    String base = "/indicators/" + Api.newIndicator(Api.newBusinessUnit()) + "/history";
    problem(request().get(base + "?limit=0").then(), 400, "limit");
    problem(request().get(base + "?limit=501").then(), 400, "limit");
    problem(request().get(base + "?limit=ten").then(), 400, "limit");
    problem(request().get(base + "?before=-3").then(), 400, "before");
    problem(request().get(base + "?before=99999999999999999999").then(), 400, "before");
    request()
        .get(base + "?limit=500&before=1")
        .then()
        .statusCode(200)
        .header("Link", (String) null);
  }

  /**
   * A new indicator with a target of 0 for the quarter: its history's first change. Every figure
   * the tests enter meets it, so none needs commentary (docs/rules.md#commentary).
   */
  private static String indicatorWithTarget(String quarter) {
    String base = "/indicators/" + Api.newIndicator(Api.newBusinessUnit());
    json("{\"value\": 0}").put(base + "/targets/" + quarter).then().statusCode(200);
    return base;
  }

  private static void changeActual(String base, String quarter, int from, int to) {
    for (int i = from; i < to; i++) {
      json("{\"value\": " + i + "}").put(base + "/measurements/" + quarter).then().statusCode(200);
    }
  }

  private static long selectsForFirstPage(String base) {
    return Statements.selectsDuring(
        () ->
            request()
                .get(base + "/history?limit=4")
                .then()
                .statusCode(200)
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\"")));
  }

  private static String nextPage(String link) {
    if (link == null) {
      return null;
    }
    Matcher m = NEXT.matcher(link);
    assertThat(m.find()).as("a next link in %s", link).isTrue();
    String url = m.group(1);
    return url.substring(url.indexOf("/indicators/"));
  }
}
