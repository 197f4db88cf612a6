package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Entering an indicator's figure in the portal (docs/portal.md#entering-a-figure): the question
 * page, the check page with the status and its rule, saving, the read-only page of a locked period,
 * the history, versions, and every refusal — each test on its own quarter and indicator.
 */
class FigureEntryIT {

  private static Browser browser;

  /**
   * The demo editor's session for posts by hand. One sign-in per class, as the browser's: sign-ins
   * per username are rate-limited (docs/access-and-workflow.md#rate-limits).
   */
  private static PortalSession editor;

  @BeforeAll
  static void openBrowser() {
    Api.awaitReady();
    browser = Browser.withJavaScript();
    browser.signIn(Api.EDITOR);
    editor = PortalSession.of(Api.EDITOR);
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  /** A fresh quarter with an indicator of the demo editor's unit (HOUSING), target 100. */
  private record Figure(String quarter, String code) {
    String page() {
      return "/quarters/" + quarter + "/indicators/" + code;
    }

    String api() {
      return "/indicators/" + code + "/measurements/" + quarter;
    }
  }

  private static Figure housingFigure() {
    return figureOf("HOUSING");
  }

  private static Figure figureOf(String unit) {
    String quarter = Api.freshQuarter();
    String code = Api.newIndicator(unit); // higher is better, 5% tolerance
    json(object().add("value", 100))
        .put("/indicators/" + code + "/targets/" + quarter)
        .then()
        .statusCode(200);
    return new Figure(quarter, code);
  }

  @Test
  void anEditorEntersAFigureCorrectingAnErrorChecksItsStatusAndSavesIt() {
    Figure figure = housingFigure();
    browser.open("/?period=" + figure.quarter());
    browser
        .driver
        .findElement(org.openqa.selenium.By.linkText(figure.code() + " Test indicator"))
        .click();
    assertThat(browser.path()).isEqualTo("/portal" + figure.page());
    assertThat(browser.find("main").getText())
        .contains("Count; higher is better")
        .contains("Target for")
        .contains("100")
        .contains("higher is better; amber up to 5% below target");
    browser.assertAccessible().screenshot("figure-form");

    browser.find("label[for='figure']").click();
    browser.type("value", "80");
    submit(browser, "Continue");
    assertThat(browser.driver.getTitle()).startsWith("Error: ");
    assertThat(browser.find(".govuk-error-summary a").getAttribute("href")).endsWith("#commentary");
    assertThat(browser.find("#commentary-error").getText()).contains("the figure is red");
    assertThat(browser.find("#value").getAttribute("value")).isEqualTo("80");
    assertThat(browser.find("#figure").isSelected()).isTrue();
    assertThat(browser.driver.switchTo().activeElement().getAttribute("class"))
        .contains("govuk-error-summary");
    browser.assertAccessible().screenshot("figure-error");

    browser.type("commentary", "Two posts vacant; agency cover starts in May.");
    submit(browser, "Continue");
    assertThat(browser.heading()).isEqualTo("Check the figure before saving");
    assertThat(browser.find("main").getText())
        .contains("80")
        .contains("◆ Red")
        .contains("higher is better; amber up to 5% below target")
        .contains("Commentary is required when the status is amber or red.");
    browser.assertAccessible().screenshot("figure-check");

    submit(browser, "Save");
    assertThat(browser.path()).isEqualTo("/portal/");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("Figure saved for " + figure.code());
    assertThat(taskStatus(figure.code())).isEqualTo("Entered");
    browser.assertAccessible().screenshot("figure-saved");
    Api.request()
        .get(figure.api())
        .then()
        .statusCode(200)
        .body("value", equalTo(80))
        .body("commentary", equalTo("Two posts vacant; agency cover starts in May."))
        .body("enteredBy", equalTo(Api.EDITOR));
  }

  /** The status Your quarter gives the indicator's task in its unit's list of indicators. */
  private static String taskStatus(String code) {
    return browser.all(".govuk-task-list__item").stream()
        .filter(i -> i.getText().contains(code))
        .map(i -> i.findElement(org.openqa.selenium.By.cssSelector(".govuk-task-list__status")))
        .filter(s -> s.getAttribute("id").startsWith("indicators-"))
        .map(s -> s.getText().trim())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theSameJourneyWorksWithJavaScriptOff() {
    Figure figure = housingFigure();
    try (Browser plain = Browser.withoutJavaScript()) {
      plain.signIn(Api.EDITOR).open(figure.page());
      // Without JavaScript both answers' fields show; the chosen one counts.
      assertThat(plain.find("#missingReason").isDisplayed()).isTrue();
      plain.find("label[for='figure-2']").click();
      plain.type("missingReason", "The housing system was being replaced");
      submit(plain, "Continue");
      assertThat(plain.heading()).isEqualTo("Check the figure before saving");
      assertThat(plain.find("main").getText()).contains("Missing");
      submit(plain, "Save");
      assertThat(plain.find(".govuk-notification-banner--success").getText())
          .contains("Figure saved");
    }
    Api.request()
        .get(figure.api())
        .then()
        .body("missingReason", equalTo("The housing system was being replaced"));
  }

  @Test
  void theJourneyCanBeDoneWithTheKeyboardAloneWithFocusAlwaysVisible() {
    Figure figure = housingFigure();
    browser.open(figure.page());
    tabTo(e -> "figure".equals(e.getAttribute("id")));
    keys(Keys.SPACE);
    tabTo(e -> "value".equals(e.getAttribute("id")));
    keys("90");
    tabTo(e -> e.getText().trim().equals("Continue"));
    enterAndWait();
    // 90 is red against 100 with 5% tolerance: commentary is asked for, the summary focused (by
    // GOV.UK Frontend's script once the page has started).
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> active().getAttribute("class").contains("govuk-error-summary"));
    tabTo(e -> "#commentary".equals(e.getAttribute("hash")));
    keys(Keys.ENTER);
    assertThat(active().getAttribute("id")).isEqualTo("commentary");
    keys("Vacancies; recruitment under way.");
    tabTo(e -> e.getText().trim().equals("Continue"));
    enterAndWait();
    assertThat(browser.heading()).isEqualTo("Check the figure before saving");
    tabTo(e -> e.getText().trim().equals("Save"));
    enterAndWait();
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("Figure saved");
    Api.request().get(figure.api()).then().body("value", equalTo(90));
  }

  /**
   * Presses a form's button and waits until the answer has replaced the page (a form shown again
   * with its errors has the same address, so the old page going stale is what tells).
   */
  private static void submit(Browser on, String button) {
    WebElement page = on.find("html");
    on.press(button);
    new WebDriverWait(on.driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.stalenessOf(page));
  }

  /** Presses Enter on a form's button and waits until the answer has replaced the page. */
  private static void enterAndWait() {
    WebElement page = browser.find("html");
    keys(Keys.ENTER);
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.stalenessOf(page));
  }

  private static WebElement active() {
    return browser.driver.switchTo().activeElement();
  }

  private static void keys(CharSequence... keys) {
    new Actions(browser.driver).sendKeys(keys).perform();
  }

  /** Presses Tab until the focus reaches the element, asserting each stop shows its focus. */
  private static void tabTo(Predicate<WebElement> target) {
    for (int i = 0; i < 60; i++) {
      keys(Keys.TAB);
      assertThat(focusVisible()).as("focus visible on " + describe(active())).isTrue();
      if (target.test(active())) {
        return;
      }
    }
    throw new AssertionError("Tab never reached the element on " + browser.path());
  }

  /**
   * GOV.UK's focus style: a yellow outline or box-shadow on the element, or for a radio (whose
   * input is invisible) on its label's circle.
   */
  private static boolean focusVisible() {
    return (Boolean)
        ((JavascriptExecutor) browser.driver)
            .executeScript(
                "const e = document.activeElement;"
                    + "const shown = s => (s.boxShadow && s.boxShadow !== 'none')"
                    + " || (s.outlineStyle !== 'none' && s.outlineColor !== 'rgba(0, 0, 0, 0)'"
                    + " && s.outlineWidth !== '0px');"
                    + "if (e.classList.contains('govuk-radios__input'))"
                    + " return shown(getComputedStyle(e.nextElementSibling, '::before'));"
                    + "return shown(getComputedStyle(e));");
  }

  private static String describe(WebElement e) {
    return e.getTagName() + "#" + e.getAttribute("id") + " " + e.getText();
  }

  @Test
  void theApiRefusesARedFigureWithoutCommentaryWithTheSameRule() {
    Figure figure = housingFigure();
    Api.problem(json(object().add("value", 50)).put(figure.api()).then(), 422, "commentary")
        .body("detail", containsString("the figure is red"));
    Api.problem(
            json(object().add("value", 96).add("commentary", " ")).put(figure.api()).then(),
            422,
            "commentary")
        .body("detail", containsString("amber"));
    json(object().add("value", 100)).put(figure.api()).then().statusCode(200);
    json(object().add("value", 50).add("commentary", "Boiler failures in March"))
        .put(figure.api())
        .then()
        .statusCode(200);
    // A council's published report loaded as printed is recorded as it was.
    json(object().add("value", 40).add("reportedStatus", "RED"))
        .put(figure.api())
        .then()
        .statusCode(200);
  }

  @Test
  void anotherUnitsFigureIsThe403PageWhetherOpenedOrPostedAndNothingIsSaved() {
    Figure figure = figureOf(Api.newBusinessUnit());
    editor.get(figure.page()).then().statusCode(403).body(containsString("You cannot do this"));
    editor
        .post(figure.page() + "/save", valid(""))
        .then()
        .statusCode(403)
        .body(containsString("You cannot do this"));
    editor.post(figure.page(), valid("")).then().statusCode(403);
    Api.request().get(figure.api()).then().statusCode(404);
  }

  @Test
  void aLockedPeriodShowsTheFigureReadOnlyAndAForgedPostIsThe409Page() {
    Figure figure = housingFigure();
    json(object().add("value", 120)).put(figure.api()).then().statusCode(200);
    Api.request().post("/periods/" + figure.quarter() + "/lock").then().statusCode(200);
    browser.open(figure.page());
    assertThat(browser.all("main form")).isEmpty();
    assertThat(browser.find("main").getText()).contains("120").contains("is locked");
    browser.assertAccessible().screenshot("figure-locked");

    String version = editor.versionOn(figure.page());
    assertThat(version).isNull(); // no form at all
    editor
        .post(figure.page() + "/save", valid("1"))
        .then()
        .statusCode(409)
        .body(containsString("This cannot be changed now"));
    Api.request().get(figure.api()).then().body("value", equalTo(120));
  }

  @Test
  void aFormPostedWithoutItsCsrfTokenIsRefusedAndSavesNothing() {
    Figure figure = housingFigure();
    Map<String, String> form = valid(editor.versionOn(figure.page()));
    editor
        .withoutToken()
        .formParams(form)
        .post("/portal" + figure.page() + "/save")
        .then()
        .statusCode(403)
        .body(containsString("not sent from a page of this site"));
    Api.request().get(figure.api()).then().statusCode(404);
  }

  @Test
  void aFormPostedWithoutItsVersionIsThe428PageAndSavesNothing() {
    Figure figure = housingFigure();
    Map<String, String> form = valid("");
    form.remove("version");
    editor.post(figure.page() + "/save", form).then().statusCode(428);
    editor.post(figure.page(), form).then().statusCode(428);
    Api.request().get(figure.api()).then().statusCode(404);
  }

  @Test
  void aViewerReadsTheFigureAndCannotPostIt() {
    Figure figure = housingFigure();
    PortalSession viewer = PortalSession.of(Api.VIEWER);
    String page = viewer.get(figure.page()).then().statusCode(200).extract().asString();
    assertThat(page).doesNotContain("name=\"version\"").contains("You can read this figure");
    viewer.post(figure.page() + "/save", valid("")).then().statusCode(403);
    Api.request().get(figure.api()).then().statusCode(404);
  }

  @Test
  void aStaleFormShowsBothValuesAndLetsTheEditorSaveTheirsAnyway() {
    Figure figure = housingFigure();
    json(object().add("value", 100)).put(figure.api()).then().statusCode(200);
    browser.open(figure.page());
    browser.type("value", "101");
    submit(browser, "Continue");
    assertThat(browser.heading()).isEqualTo("Check the figure before saving");

    try (Browser other = Browser.withJavaScript()) {
      other.signIn(Api.ADMIN).open(figure.page());
      other.type("value", "105").type("commentary", "Corrected by the performance team");
      submit(other, "Continue");
      submit(other, "Save");
      assertThat(other.find(".govuk-notification-banner--success").getText())
          .contains("Figure saved");
    }

    submit(browser, "Save");
    assertThat(browser.heading()).isEqualTo("Someone changed this while you were editing");
    assertThat(browser.find("#saved-figure").getText()).isEqualTo("105");
    assertThat(browser.find("#your-figure").getText()).isEqualTo("101");
    assertThat(browser.find("#saved-commentary").getText())
        .isEqualTo("Corrected by the performance team");
    browser.assertAccessible().screenshot("figure-stale");
    Api.request().get(figure.api()).then().body("value", equalTo(105));

    submit(browser, "Save yours instead");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("Figure saved");
    Api.request().get(figure.api()).then().body("value", equalTo(101));
  }

  @Test
  void aStaleFormPostedDirectlyIs412AndSavesNothing() {
    Figure figure = housingFigure();
    json(object().add("value", 100)).put(figure.api()).then().statusCode(200);
    String version = editor.versionOn(figure.page());
    json(object().add("value", 103)).put(figure.api()).then().statusCode(200);
    editor
        .post(figure.page() + "/save", valid(version))
        .then()
        .statusCode(412)
        .body(containsString("Someone changed this while you were editing"));
    Api.request().get(figure.api()).then().body("value", equalTo(103));
  }

  @Test
  void theFigurePageShowsTheHistoryNewestFirstAPageAtATime() {
    Figure figure = housingFigure();
    for (int value = 101; value <= 112; value++) {
      json(object().add("value", value)).put(figure.api()).then().statusCode(200);
    }
    browser.open(figure.page());
    var rows = browser.all("#history ~ table tbody tr");
    assertThat(rows).hasSize(10);
    assertThat(rows.get(0).getText()).contains(Api.ADMIN).contains("Figure").contains("111 112");
    browser.driver.findElement(org.openqa.selenium.By.linkText("Older changes")).click();
    var older = browser.all("#history ~ table tbody tr");
    assertThat(older).extracting(WebElement::getText).anyMatch(t -> t.contains("(none) 101"));
    assertThat(older.get(0).getText()).contains("101 102");
    browser.assertAccessible();
  }

  /** A complete answer: a green figure needing no commentary, at the given version. */
  private static Map<String, String> valid(String version) {
    Map<String, String> form = new HashMap<>();
    form.put("figure", "value");
    form.put("value", "100");
    form.put("commentary", "");
    form.put("version", version);
    return form;
  }
}
