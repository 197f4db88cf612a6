package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading a quarter's figures from a spreadsheet in the portal (docs/portal.md#uploading-a-sheet):
 * the journey in a real browser, and wrong files, wrong roles, a locked period and a stale preview
 * over HTTP. The sheet's own rules are ImportIT's and WorkbookImportIT's.
 */
class PortalUploadIT {
  private static final String PASSWORD = "a-long-password-for-tests";
  private static Browser browser;

  @TempDir Path files;

  @BeforeAll
  static void openBrowser() {
    Api.awaitReady();
    browser = Browser.withJavaScript();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  /** A unit of its own with an editor and two indicators, in a fresh quarter. */
  private record Unit(String quarter, String unit, String editor, String first, String second) {
    static Unit create() {
      String quarter = Api.freshQuarter();
      String unit = Api.newBusinessUnit();
      String editor = Api.newEditor(unit, PASSWORD);
      return new Unit(quarter, unit, editor, Api.newIndicator(unit), Api.newIndicator(unit));
    }

    String page() {
      return "/quarters/" + quarter + "/upload";
    }

    PortalSession session() {
      return PortalSession.signIn(editor, PASSWORD);
    }
  }

  private Path file(String name, String text) {
    try {
      return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String csv(Unit u, String value) {
    return "Indicator code,Value,Commentary\r\n" + u.first() + "," + value + ",From a sheet\r\n";
  }

  @Test
  void anEditorChecksASheetCorrectsItThenSavesIt() {
    Unit u = Unit.create();
    browser.driver.manage().deleteAllCookies();
    browser
        .open("/sign-in")
        .type("username", u.editor())
        .type("password", PASSWORD)
        .submit("Sign in");
    browser.open("/?period=" + u.quarter());
    browser
        .driver
        .findElement(org.openqa.selenium.By.linkText("Upload figures from a spreadsheet"))
        .click();
    assertThat(browser.heading()).isEqualTo("Upload figures from a spreadsheet");
    browser.assertAccessible().screenshot("upload");

    browser.submit("Check the file");
    assertThat(browser.driver.getTitle()).startsWith("Error: ");
    assertThat(browser.find("#sheet-error").getText()).contains("Select a CSV or XLSX file");
    browser.assertAccessible();

    browser.find("#sheet").sendKeys(file("q.csv", csv(u, "twelve")).toString());
    browser.submit("Check the file");
    assertThat(browser.heading()).isEqualTo("Check the changes in q.csv");
    assertThat(browser.find(".govuk-error-summary").getText())
        .contains("Row 2, Value: 'twelve' is not a number");
    assertThat(browser.all("main form")).as("no way to save a sheet in error").isEmpty();
    browser.assertAccessible().screenshot("upload-errors");
    request()
        .get("/indicators/" + u.first() + "/measurements/" + u.quarter())
        .then()
        .statusCode(404);

    browser.press("Upload a corrected file");
    browser.find("#sheet").sendKeys(file("q.csv", csv(u, "42.5")).toString());
    browser.submit("Check the file");
    assertThat(browser.find("main table").getText())
        .contains(u.first(), "New", "Value: blank → 42.5", "Commentary: blank → From a sheet");
    assertThat(browser.find("main").getText()).contains("1 row gets a first figure");
    browser.assertAccessible().screenshot("upload-preview");
    request()
        .get("/indicators/" + u.first() + "/measurements/" + u.quarter())
        .then()
        .statusCode(404);

    browser.submit("Save these changes");
    assertThat(browser.path()).isEqualTo("/portal/");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("You loaded q.csv: 1 row with a first figure, 0 rows changed, 0 rows unchanged");
    request()
        .get("/indicators/" + u.first() + "/measurements/" + u.quarter())
        .then()
        .statusCode(200)
        .body("value", equalTo(42.5f))
        .body("enteredBy", equalTo(u.editor()));
  }

  @Test
  void eachTemplateInEitherFormatLoadsBackChangingNothing() {
    Unit u = Unit.create();
    json(object().add("value", 7)).put("/indicators/" + u.first() + "/measurements/" + u.quarter());
    Api.newAction(u.unit());
    PortalSession editor = u.session();
    Map<String, String> unchanged =
        Map.of(
            "template.csv", "2 rows are unchanged",
            "template.xlsx", "2 rows are unchanged",
            "actions-template.csv", "1 row is unchanged",
            "actions-template.xlsx", "1 row is unchanged");
    unchanged.forEach(
        (file, expected) -> {
          Response template = editor.get(u.page() + "/" + file);
          assertThat(template.statusCode()).as(file).isEqualTo(200);
          assertThat(template.header("Content-Disposition")).contains(u.quarter());
          Document preview =
              Jsoup.parse(
                  editor.upload(u.page(), "sheet", file, template.asByteArray()).body().asString());
          assertThat(preview.select("main li").eachText())
              .as(file)
              .contains("0 rows change", expected);
          assertThat(preview.text()).contains("The file changes nothing");
          assertThat(preview.select("main form")).isEmpty();
        });
  }

  @Test
  void aWrongFileIsTheFieldsErrorAndNothingIsKept() {
    Unit u = Unit.create();
    PortalSession editor = u.session();
    Map<String, String> refused =
        Map.of(
            "book.xlsm", "macro-enabled workbook (.xlsm) is refused",
            "notes.pdf", "must be a CSV or an XLSX workbook",
            "empty.csv", "The selected file is empty",
            "fake.xlsx", "cannot be read as an XLSX workbook",
            "other.csv", "has a column 'Colour' the template does not have");
    refused.forEach(
        (name, message) -> {
          byte[] bytes =
              name.startsWith("empty")
                  ? new byte[0]
                  : name.startsWith("other")
                      ? "Indicator code,Colour\r\nX,red\r\n".getBytes(StandardCharsets.UTF_8)
                      : "not a sheet".getBytes(StandardCharsets.UTF_8);
          Response answer = editor.upload(u.page(), "sheet", name, bytes);
          assertThat(answer.statusCode()).as(name).isEqualTo(422);
          Document page = Jsoup.parse(answer.body().asString());
          assertThat(page.title()).startsWith("Error: ");
          assertThat(page.select("#sheet-error").text()).as(name).contains(message);
        });

    byte[] tooLarge = new byte[3 * 1024 * 1024];
    Response answer = editor.upload(u.page(), "sheet", "huge.csv", tooLarge);
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.body().asString()).contains("larger than");
  }

  @Test
  void onlyThoseWhoEnterFiguresMayUploadAndAFormWithoutItsTokenIsRefused() {
    Unit u = Unit.create();
    PortalSession viewer = PortalSession.of(Api.VIEWER);
    assertThat(viewer.get(u.page()).statusCode()).isEqualTo(403);
    assertThat(viewer.get(u.page() + "/template.csv").statusCode()).isEqualTo(403);
    byte[] sheet = csv(u, "5").getBytes(StandardCharsets.UTF_8);
    assertThat(viewer.upload(u.page(), "sheet", "q.csv", sheet).statusCode()).isEqualTo(403);

    // Another unit's editor: the row is the sheet's error, as in the API.
    PortalSession housing = PortalSession.of(Api.EDITOR);
    Document preview =
        Jsoup.parse(housing.upload(u.page(), "sheet", "q.csv", sheet).body().asString());
    assertThat(preview.select(".govuk-error-summary").text()).contains("Row 2, Indicator code");

    Response forged =
        u.session()
            .withoutToken()
            .multiPart("sheet", "q.csv", sheet, "text/csv")
            .post("/portal" + u.page());
    assertThat(forged.statusCode()).isEqualTo(403);
    request()
        .get("/indicators/" + u.first() + "/measurements/" + u.quarter())
        .then()
        .statusCode(404);
  }

  @Test
  void aStalePreviewOrALockedPeriodSavesNothing() {
    Unit u = Unit.create();
    PortalSession editor = u.session();
    String first = uploadId(editor.upload(u.page(), "sheet", "a.csv", bytes(csv(u, "1"))));
    String second = uploadId(editor.upload(u.page(), "sheet", "b.csv", bytes(csv(u, "2"))));
    Response stale = editor.post(u.page() + "/apply", Map.of("upload", first));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(Jsoup.parse(stale.body().asString()).select("#sheet-error").text())
        .contains("no longer held");

    assertThat(editor.post(u.page() + "/apply", Map.of("upload", second)).statusCode())
        .isEqualTo(303);
    request()
        .get("/indicators/" + u.first() + "/measurements/" + u.quarter())
        .then()
        .body("value", equalTo(2));
    // A second press of the same button: applied once only.
    assertThat(editor.post(u.page() + "/apply", Map.of("upload", second)).statusCode())
        .isEqualTo(409);

    String third = uploadId(editor.upload(u.page(), "sheet", "c.csv", bytes(csv(u, "3"))));
    request().post("/periods/" + u.quarter() + "/lock").then().statusCode(200);
    Response locked = editor.post(u.page() + "/apply", Map.of("upload", third));
    assertThat(locked.statusCode()).isEqualTo(409);
    assertThat(Jsoup.parse(locked.body().asString()).select("#sheet-error").text())
        .containsIgnoringCase("is locked");
    request()
        .get("/indicators/" + u.first() + "/measurements/" + u.quarter())
        .then()
        .body("value", equalTo(2));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String uploadId(Response preview) {
    assertThat(preview.statusCode()).isEqualTo(200);
    return Jsoup.parse(preview.body().asString()).selectFirst("input[name=upload]").attr("value");
  }
}
