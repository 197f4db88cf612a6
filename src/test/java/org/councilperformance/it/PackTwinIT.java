package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;

import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.councilperformance.domain.report.PackSection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * The pack's HTML twin (docs/reports.md#formats): one downloadable, self-contained page with the
 * PDF's sections as headings, real tables and each chart's figures beside it, free of WCAG 2.2 AA
 * violations in a real browser.
 */
class PackTwinIT {
  private static final String SAMPLE = "period=2018-19-Q2";

  @BeforeAll
  static void awaitServer() {
    Api.awaitReady();
  }

  private static Response twin(String query) {
    return as(Api.VIEWER)
        .accept("*/*")
        .get("/reports/quarterly?" + SAMPLE + "&format=html" + query);
  }

  @Test
  void theWholePackDownloadsAsOnePageWithEverySectionAsAHeading() {
    Response response = twin("");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.contentType())
        .startsWith("text/html")
        .containsIgnoringCase("charset=UTF-8");
    assertThat(response.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"quarterly-performance-2018-19-Q2.html\"");
    String html = response.asString(); // a viewer may read it
    Documents.keep("twin.html", html.getBytes(StandardCharsets.UTF_8));
    Document page = Jsoup.parse(html);

    assertThat(page.select("html").attr("lang")).isEqualTo("en-GB");
    assertThat(page.title()).contains("North West Leicestershire District Council");
    assertThat(page.select("h1")).hasSize(1);
    List<String> sections = page.select("main > section > h2").eachText();
    // The PDF's headings, appendices lettered in pack order.
    List<PackSection> all = java.util.Arrays.asList(PackSection.values());
    assertThat(sections)
        .containsExactlyElementsOf(all.stream().map(PackSection.headings(all)::get).toList())
        .contains("Appendix A: compendium of performance results");
    // The contents link to every section and its parts, and every link lands on a heading.
    for (Element link : page.select("nav a[href^=#]")) {
      assertThat(page.getElementById(link.attr("href").substring(1)))
          .as(link.attr("href"))
          .isNotNull();
    }
    assertThat(page.select("nav a")).hasSizeGreaterThan(sections.size());
    // Real tables: a caption, column headers and row headers.
    assertThat(page.select("table")).hasSizeGreaterThan(10);
    for (Element table : page.select("table")) {
      assertThat(table.select("> caption").text()).isNotBlank();
      assertThat(table.select("thead th")).allMatch(th -> th.attr("scope").equals("col"));
      assertThat(table.select("tbody tr"))
          .allMatch(
              tr -> tr.child(0).tagName().equals("th") && tr.child(0).attr("scope").equals("row"));
    }
    // Statuses as shape and word, never colour alone.
    assertThat(page.select(".mark.status-red").eachText())
        .isNotEmpty()
        .allMatch(t -> t.contains("◆ Red"));
    // The chart of absence reasons: a picture in the page with its figures in words, then its
    // table.
    Element chart = page.selectFirst("#absence ~ figure img");
    assertThat(chart.attr("src")).startsWith("data:image/png;base64,");
    assertThat(chart.attr("alt")).contains("Operation / Post Op 15.15%");
    assertThat(chart.parent().nextElementSibling().select("caption").text())
        .isEqualTo("Reasons for absence");
    // A trend chart only where two quarters have statuses (other tests may add one): never an
    // empty one, each with its figures in words.
    assertThat(page.getElementById("dashboard").parent().select("figure img"))
        .allSatisfy(img -> assertThat(img.attr("alt")).startsWith("Indicators on track"));
    // Plan on a page: a part per priority with its actions and indicators, each with its status.
    Element plan = page.getElementById("plan").parent();
    assertThat(plan.select("h3")).isNotEmpty();
    assertThat(plan.select("table thead").eachText())
        .isNotEmpty()
        .allMatch(head -> head.endsWith("Status"));
    assertThat(plan.text()).doesNotContain("priorityKey").doesNotContain("statusColour");
    // A status differing from the council's carries the one it printed, in every table the PDF
    // prints it in, and no column of its own.
    for (String key : List.of("dashboard", "exceptions", "indicators")) {
      Element part = page.getElementById(key).parent();
      assertThat(part.select(".mark").eachText())
          .as(key)
          .anyMatch(t -> t.contains("as reported: "));
      assertThat(part.select("thead th").eachText()).as(key).doesNotContain("As reported");
    }
    assertThat(page.getElementById("exceptions").parent().select("h3").eachText())
        .contains("Red and amber indicators and actions, then missing figures");
    assertThat(page.getElementById("summary").parent().text())
        .contains("The council's own report counted");
    // Columns no row fills are left out and said once, as the PDF says it.
    List<String> notReported =
        page.select("p").eachText().stream().filter(t -> t.startsWith("Not reported")).toList();
    assertThat(notReported).isNotEmpty().doesNotHaveDuplicates();
    // The front sheet's parts the pack always has.
    assertThat(page.getElementById("cover").parent().select("h4").eachText())
        .contains("Appendices", "Status key");
    // Self-contained: nothing fetched from elsewhere.
    assertThat(page.select("link, script, [src^=http], iframe")).isEmpty();
    // Figures as en-GB numbers, never a whole number with a stray point ("10.").
    assertThat(page.select("td.num").eachText())
        .isNotEmpty()
        .allMatch(t -> t.matches("(\\(?-?[\\d,]+(\\.\\d+)?\\)?)?"), "a formatted figure");
  }

  @Test
  void aPrioritysTrendChartIsAPictureWithItsFiguresInWordsThenItsTable() {
    String q1 = Api.freshQuarter();
    String year = q1.substring(0, 7);
    String q2 = year + "-Q2";
    Api.ensurePeriod(year);
    Api.ensurePeriod(q2);
    String priority = Api.newPriority();
    String unit = Api.newBusinessUnit();
    for (String actualInQ1 : List.of("12", "8")) {
      String code = Api.unique("TW");
      Api.json(
              Api.object()
                  .add("code", code)
                  .add("name", "Twin trend " + code)
                  .add("unit", "COUNT")
                  .add("polarity", "HIGHER_IS_BETTER")
                  .add("aggregation", "SNAPSHOT")
                  .add("businessUnit", unit)
                  .add("priorities", Api.array().add(priority)))
          .post("/indicators")
          .then()
          .statusCode(201);
      // The year's target, then each quarter's actual: the first on track in Q1, both in Q2.
      for (String[] figure :
          new String[][] {
            {"/targets/", year, "10"},
            {"/measurements/", q1, actualInQ1},
            {"/measurements/", q2, "11"}
          }) {
        var body = Api.object().add("value", new java.math.BigDecimal(figure[2]));
        if (figure[0].equals("/measurements/")) {
          body.add("commentary", "The twin's test figure.");
        }
        Api.json(body).put("/indicators/" + code + figure[0] + figure[1]).then().statusCode(200);
      }
    }

    String html =
        as(Api.VIEWER)
            .accept("*/*")
            .get(
                "/reports/quarterly?period="
                    + q2
                    + "&priority="
                    + priority
                    + "&sections=dashboard&format=html")
            .asString();
    Documents.keep("twin-trend.html", html.getBytes(StandardCharsets.UTF_8));
    Document page = Jsoup.parse(html);

    Element chart = page.selectFirst("#dashboard ~ figure img");
    assertThat(chart.attr("src")).startsWith("data:image/png;base64,");
    assertThat(chart.attr("alt"))
        .startsWith("Indicators on track")
        .contains("50% (1 of 2)")
        .contains("100% (2 of 2)");
    Element data = chart.parent().nextElementSibling();
    assertThat(data.select("caption").text()).endsWith(": indicators on track, by quarter");
    assertThat(data.select("thead th").eachText()).containsExactly("Quarter", "Share on track (%)");
    assertThat(data.select("tbody td.num").eachText()).containsExactly("50", "100");
  }

  @Test
  void aScopedPackHasOnlyItsSections() {
    Document page = Jsoup.parse(twin("&priority=HC&sections=summary,indicators").asString());

    assertThat(page.select("main > section > h2").eachText())
        .containsExactly("Summary of performance", "Appendix A: compendium of performance results");
    assertThat(page.select(".lede").text()).contains("Homes");
    assertThat(page.text()).contains("HC-PI-05").doesNotContain("VFM-PI-01");
  }

  @Test
  void anUnknownFormatIsRefusedNamingTheFieldAndNoTokenIsLetIn() {
    problem(request().get("/reports/quarterly?" + SAMPLE + "&format=htm").then(), 422, "format")
        .body("detail", org.hamcrest.Matchers.containsString("html"));
    anonymous()
        .accept("*/*")
        .get("/reports/quarterly?" + SAMPLE + "&format=html")
        .then()
        .statusCode(401);
  }

  @Test
  void theTwinHasNoWcag22AaViolationsInABrowserAtAnyWidth() {
    Path file = Path.of("target", "report-pack", "twin-browser.html").toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, twin("").asByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Browser browser = Browser.withJavaScript()) {
      browser.driver.get(file.toUri().toString());
      assertThat(browser.heading()).contains("2018/19");
      browser.assertAccessible().screenshot("pack-twin");
      // 320 CSS pixels: a 1280-pixel window at 400 % zoom. The text reflows; only tables scroll.
      browser.driver.manage().window().setSize(new Dimension(320, 900));
      Number pageWidth =
          (Number)
              ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                  .executeScript("return document.documentElement.scrollWidth");
      Number viewport =
          (Number)
              ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                  .executeScript("return document.documentElement.clientWidth");
      assertThat(pageWidth.intValue()).isLessThanOrEqualTo(viewport.intValue());
      browser.assertAccessible().screenshot("pack-twin-narrow");
    }
  }
}
