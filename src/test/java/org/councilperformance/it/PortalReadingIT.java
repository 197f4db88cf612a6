package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The reading side of the portal for councillors (docs/portal.md#reading): the overview, a
 * priority's dashboard, an indicator's page with its chart, the exception report, the data-quality
 * findings and the risk register, read by the demo viewer in a real browser and checked with axe;
 * their CSV downloads and bad input over HTTP.
 */
class PortalReadingIT {
  private static final String QUARTER = "2018-19-Q2";
  private static Browser browser;

  @BeforeAll
  static void openBrowser() {
    Api.awaitReady();
    browser = Browser.withJavaScript();
    browser.signIn(Api.VIEWER);
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  /** A viewer changes nothing: the only form that posts is signing out. */
  private static void assertReadOnly(Browser b) {
    assertThat(b.all("form[method='post']"))
        .extracting(f -> f.getAttribute("action"))
        .allMatch(action -> action.endsWith("/portal/sign-out"));
    assertThat(b.all("main button")).extracting(WebElement::getText).allMatch("Show"::equals);
  }

  @Test
  void aViewerAnswersHowAreWeDoingOnHousingFromTheOverviewToAnIndicator() {
    browser.open("/");
    assertThat(browser.path()).matches("/portal/quarters/[^/]+/overview");
    assertThat(browser.find(".govuk-service-navigation").getText())
        .contains("Council overview")
        .doesNotContain("Your quarter");

    browser.open("/quarters/" + QUARTER + "/overview");
    assertThat(browser.heading()).isEqualTo("Council overview");
    assertThat(browser.find("#indicators").getText())
        .containsPattern("\\d+ of \\d+ indicators on track");
    assertThat(browser.find("#actions").getText()).containsPattern("\\d+ of \\d+ actions on track");
    assertThat(browser.find("#forecasts").getText()).contains("forecast on track at the year end");
    assertThat(browser.all(".govuk-summary-card[id^='priority-']")).hasSizeGreaterThan(1);
    assertReadOnly(browser);
    browser.assertAccessible().screenshot("reading-overview");

    // The filters by keyboard alone: the choice survives a reload, being in the address.
    WebElement priority = browser.find("#priority");
    priority.sendKeys(Keys.DOWN);
    String chosen = new Select(priority).getFirstSelectedOption().getText();
    new Select(browser.find("#businessUnit")).selectByVisibleText("Housing Services");
    WebElement page = browser.find("html");
    browser.find("#businessUnit").sendKeys(Keys.TAB);
    browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver, java.time.Duration.ofSeconds(30))
        .until(d -> !page.equals(d.findElement(By.tagName("html"))));
    assertThat(browser.driver.getCurrentUrl())
        .contains("priority=")
        .contains("businessUnit=HOUSING");
    browser.driver.navigate().refresh();
    assertThat(new Select(browser.find("#priority")).getFirstSelectedOption().getText())
        .isEqualTo(chosen);
    assertThat(new Select(browser.find("#businessUnit")).getFirstSelectedOption().getText())
        .isEqualTo("Housing Services");
    assertThat(browser.find("main").getText()).contains("Business unit: Housing Services");
    browser.assertAccessible();

    // Housing's priority dashboard, then its red indicator with its chart.
    browser.open("/quarters/" + QUARTER + "/overview?businessUnit=HOUSING");
    browser.find("#priority-" + housingPriority() + " .govuk-summary-card__actions a").click();
    assertThat(browser.path()).endsWith("/priorities/" + housingPriority());
    assertThat(browser.all("#indicators tbody tr")).isNotEmpty();
    assertThat(browser.find("#indicators").getText()).contains("HC-PI-05", "◆ Red");
    assertReadOnly(browser);
    browser.assertAccessible().screenshot("reading-priority");

    browser.find("a[href*='/indicators/HC-PI-05']").click();
    assertThat(browser.heading()).startsWith("HC-PI-05");
    assertThat(browser.find("#definition").getText())
        .contains("How its status is worked out", "Tolerance", "Measured as");
    assertThat(browser.all("#quarters tbody tr")).isNotEmpty();
    WebElement chart = browser.find(".cp-chart canvas");
    assertThat(chart.getAttribute("role")).isEqualTo("img");
    assertThat(chart.getAttribute("aria-label")).contains("actual against target", "Quarter 2");
    assertThat(browser.find("main").getText()).contains("IP-C");
    assertReadOnly(browser);
    browser.assertAccessible().screenshot("reading-indicator");
  }

  /** The priority HC-PI-05 (empty homes) serves, as the API says. */
  private static String housingPriority() {
    List<String> priorities =
        Api.request().get("/indicators/HC-PI-05").then().extract().path("priorities");
    return priorities.get(0);
  }

  @Test
  void theExceptionReportDataQualityAndRiskRegisterAreReadableAndAccessible() {
    browser.open("/quarters/" + QUARTER + "/exceptions");
    assertThat(browser.heading()).isEqualTo("Exception report");
    assertThat(browser.find("#exceptions").getText()).contains("HC-PI-05", "IP-C");
    assertReadOnly(browser);
    browser.assertAccessible().screenshot("reading-exceptions");

    browser.open("/quarters/" + QUARTER + "/data-quality");
    assertThat(browser.heading()).isEqualTo("Data-quality findings");
    browser.assertAccessible().screenshot("reading-data-quality");

    String risk = Api.unique("RISK");
    json(object()
            .add("code", risk)
            .add("title", "Cyber attack takes council systems offline")
            .add("owner", "Head of ICT")
            .add("businessUnit", "CUSTOMER")
            .add("inherent", object().add("likelihood", 4).add("impact", 4))
            .add("residual", object().add("likelihood", 3).add("impact", 3)))
        .post("/risks")
        .then()
        .statusCode(201);
    for (String[] review : new String[][] {{"2019-03-31", "3"}, {"2019-06-30", "2"}}) {
      json(object()
              .add("reviewDate", review[0])
              .add(
                  "residual",
                  object().add("likelihood", Integer.parseInt(review[1])).add("impact", 3)))
          .post("/risks/" + risk + "/reviews")
          .then()
          .statusCode(201);
    }
    browser.open("/risks");
    assertThat(browser.heading()).isEqualTo("Corporate risk register");
    WebElement matrix = browser.find("table[id^='matrix-']");
    assertThat(matrix.getText())
        .contains("Likelihood 1", "Impact 1")
        .containsPattern("(Red|Amber|Green) \\d+");
    assertThat(browser.find("#risks").getText())
        .containsPattern("Improving|Unchanged|Worsening|Not reviewed yet");
    assertReadOnly(browser);
    browser.assertAccessible().screenshot("reading-risks");
  }

  @Test
  void withoutJavaScriptTheIndicatorPageHasItsTableAndNoChart() {
    try (Browser plain = Browser.withoutJavaScript()) {
      plain.signIn(Api.VIEWER);
      plain.open("/indicators/HC-PI-05?period=" + QUARTER);
      assertThat(plain.all("#quarters tbody tr")).isNotEmpty();
      assertThat(plain.all("canvas")).isEmpty();
      plain.screenshot("reading-indicator-no-js");
    }
  }

  @Test
  void badInputIsAClearPageAndTheCsvHasThePagesRowsNeutralised() {
    PortalSession viewer = PortalSession.signIn(Api.VIEWER, Api.PASSWORDS.get(Api.VIEWER));
    Response unknown = viewer.get("/quarters/2999-00-Q2/overview");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(unknown.asString()).select("h1").text()).isEqualTo("Page not found");
    assertThat(viewer.get("/indicators/NOPE-X?period=" + QUARTER).statusCode()).isEqualTo(404);
    assertThat(viewer.get("/quarters/" + QUARTER + "/priorities/NOPE-X").statusCode())
        .isEqualTo(404);

    Response badFilter = viewer.get("/quarters/" + QUARTER + "/overview?priority=NOPE-X");
    assertThat(badFilter.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(badFilter.asString());
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a[href='#priority']").text())
        .contains("There is no priority 'NOPE-X'");
    assertThat(page.select("#priority-error").text()).contains("There is no priority 'NOPE-X'");
    assertThat(viewer.get("/quarters/" + QUARTER + "/exceptions.csv?directorate=NOPE").statusCode())
        .isEqualTo(422);

    // A red indicator whose commentary a spreadsheet would run as a formula.
    String quarter = Api.freshQuarter();
    String unit = Api.newBusinessUnit();
    String indicator = Api.newIndicator(unit);
    json(object().add("value", 100))
        .put("/indicators/" + indicator + "/targets/" + quarter)
        .then()
        .statusCode(200);
    json(object().add("value", 10).add("commentary", "=HYPERLINK(\"http://x\")"))
        .put("/indicators/" + indicator + "/measurements/" + quarter)
        .then()
        .statusCode(200);
    String query = "?businessUnit=" + unit;
    Document exceptions =
        Jsoup.parse(viewer.get("/quarters/" + quarter + "/exceptions" + query).asString());
    Response csv = viewer.get("/quarters/" + quarter + "/exceptions.csv" + query);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).contains("exceptions-" + quarter + ".csv");
    List<String> lines = new String(csv.asByteArray(), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).startsWith("\uFEFFKind,Code,Name");
    assertThat(lines).hasSize(1 + exceptions.select("#exceptions tbody tr").size());
    assertThat(lines.get(1)).contains(indicator, "'=HYPERLINK(");

    Response overview = viewer.get("/quarters/" + quarter + "/overview.csv" + query);
    assertThat(overview.asString().lines().toList().get(1)).contains("Business unit: ");
    Response quarters = viewer.get("/indicators/" + indicator + "/quarters.csv?period=" + quarter);
    assertThat(quarters.asString()).contains("'=HYPERLINK(");
    assertThat(viewer.get("/risks/register.csv").statusCode()).isEqualTo(200);
    assertThat(viewer.get("/quarters/" + quarter + "/data-quality.csv").statusCode())
        .isEqualTo(200);
  }
}
