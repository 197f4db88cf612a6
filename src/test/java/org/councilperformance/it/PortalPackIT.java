package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The committee pack from the portal (docs/portal.md#the-committee-pack), asked for by the demo
 * viewer: a small pack downloads at once, a large one (above the tests' threshold of 10 indicators,
 * set in the pom) is printed in the background with a progress page that reloads itself, then
 * downloaded.
 */
class PortalPackIT {
  private static final String QUARTER = "2018-19-Q2";

  @BeforeAll
  static void awaitServer() {
    Api.awaitReady();
  }

  private static boolean isPdf(byte[] document) {
    return new String(Arrays.copyOf(document, 4), StandardCharsets.US_ASCII).equals("%PDF");
  }

  @Test
  void aLargePackIsPreparedWithVisibleProgressThenDownloaded() {
    Browser browser = Browser.withJavaScript();
    try {
      browser.signIn(Api.VIEWER);
      browser.open("/quarters/" + QUARTER + "/overview");
      browser
          .driver
          .findElement(By.linkText("Committee pack (PDF, web page, Word or Excel)"))
          .click();
      assertThat(browser.path()).isEqualTo("/portal/quarters/" + QUARTER + "/pack");
      assertThat(browser.heading()).isEqualTo("Committee pack");
      assertThat(browser.find(".govuk-service-navigation__item--active").getText())
          .isEqualTo("Council overview");
      browser.assertAccessible().screenshot("pack-form");

      browser.find("#sections-2").click(); // the summary
      browser.find("#sections-3").click(); // the dashboards
      browser.press("Get the pack");
      assertThat(browser.path()).startsWith("/portal/packs/");
      assertThat(browser.heading()).startsWith("Your pack is");
      browser.assertAccessible().screenshot("pack-progress");

      // The page reloads itself (a meta refresh, no script) until the pack is ready.
      new WebDriverWait(browser.driver, Duration.ofSeconds(60))
          .ignoring(WebDriverException.class)
          .until(d -> d.findElement(By.tagName("h1")).getText().equals("Your pack is ready"));
      assertThat(browser.find("#state").getText()).isEqualTo("Ready");
      browser.assertAccessible().screenshot("pack-ready");
      String href = browser.find("#download").getAttribute("href");

      PortalSession viewer = PortalSession.signIn(Api.VIEWER, Api.PASSWORDS.get(Api.VIEWER));
      Response download = viewer.get(href.substring(href.indexOf("/portal") + "/portal".length()));
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.contentType()).isEqualTo("application/pdf");
      assertThat(download.header("Content-Disposition"))
          .contains("quarterly-performance-" + QUARTER + ".pdf");
      assertThat(isPdf(download.asByteArray())).isTrue();
    } finally {
      browser.close();
    }
  }

  @Test
  void withoutJavaScriptTheProgressPageIsCheckedAgainByItsLink() {
    Browser plain = Browser.withoutJavaScript();
    try {
      plain.signIn(Api.VIEWER);
      plain.open("/quarters/" + QUARTER + "/pack");
      plain.find("#sections").click(); // the cover
      plain.find("#format-2").click(); // XLSX
      plain.press("Get the pack");
      assertThat(plain.path()).startsWith("/portal/packs/");
      new WebDriverWait(plain.driver, Duration.ofSeconds(60))
          .ignoring(WebDriverException.class)
          .until(
              d -> {
                if (d.findElement(By.tagName("h1")).getText().equals("Your pack is ready")) {
                  return true;
                }
                d.findElement(By.linkText("Check again now")).click();
                return false;
              });
      assertThat(plain.find("#download").getText())
          .contains("quarterly-performance-" + QUARTER + ".xlsx");
      assertThat(plain.find("#job").getText()).contains("Cover", "XLSX");
      plain.screenshot("pack-ready-no-js");
    } finally {
      plain.close();
    }
  }

  @Test
  void aSmallPackDownloadsAtOnce() {
    String unit = Api.newBusinessUnit();
    Api.newIndicator(unit);
    PortalSession viewer = PortalSession.signIn(Api.VIEWER, Api.PASSWORDS.get(Api.VIEWER));
    Response pdf =
        viewer.get(
            "/quarters/"
                + QUARTER
                + "/pack/document?priority=&businessUnit="
                + unit
                + "&sections=cover&sections=summary&format=pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(pdf.header("Content-Disposition"))
        .contains("quarterly-performance-" + QUARTER + "-" + unit + ".pdf");
    assertThat(isPdf(pdf.asByteArray())).isTrue();

    Response xlsx =
        viewer.get("/quarters/" + QUARTER + "/pack/document?businessUnit=" + unit + "&format=xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats");
  }

  @Test
  void aSecondIdenticalRequestJoinsTheRunningJob() throws Exception {
    PortalSession viewer = PortalSession.signIn(Api.VIEWER, Api.PASSWORDS.get(Api.VIEWER));
    PortalSession other = PortalSession.signIn(Api.VIEWER, Api.PASSWORDS.get(Api.VIEWER));
    // The whole pack in Word, the largest the sample council makes: asked for twice at once.
    String path = "/quarters/" + QUARTER + "/pack/document?format=docx";
    CountDownLatch start = new CountDownLatch(1);
    CompletableFuture<Response> first =
        CompletableFuture.supplyAsync(() -> await(start, () -> viewer.get(path)));
    CompletableFuture<Response> second =
        CompletableFuture.supplyAsync(() -> await(start, () -> other.get(path)));
    start.countDown();
    Response a = first.get();
    Response b = second.get();
    assertThat(a.statusCode()).isEqualTo(303);
    assertThat(b.statusCode()).isEqualTo(303);
    assertThat(a.header("Location")).contains("/portal/packs/").isEqualTo(b.header("Location"));

    String job = a.header("Location").substring(a.header("Location").indexOf("/packs/"));
    Document progress = Jsoup.parse(viewer.get(job).asString());
    assertThat(progress.select("h1").text()).startsWith("Your pack is");
    assertThat(progress.select("#job").text()).contains("Whole council", "DOCX");
  }

  @Test
  void badInputIsTheFormWithTheGovukErrorPattern() {
    PortalSession viewer = PortalSession.signIn(Api.VIEWER, Api.PASSWORDS.get(Api.VIEWER));
    Response unknownPeriod = viewer.get("/quarters/2999-00-Q2/pack");
    assertThat(unknownPeriod.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(unknownPeriod.asString()).select("h1").text())
        .isEqualTo("Page not found");
    assertThat(viewer.get("/quarters/2999-00-Q2/pack/document").statusCode()).isEqualTo(404);
    assertThat(viewer.get("/packs/no-such-job").statusCode()).isEqualTo(404);
    assertThat(viewer.get("/packs/no-such-job/document").statusCode()).isEqualTo(404);

    for (List<String> bad :
        List.of(
            List.of("format=odt", "format", "Unknown format 'odt'"),
            List.of("sections=nope", "sections", "Unknown section 'nope'"),
            List.of("priority=NOPE-X", "priority", "NOPE-X"),
            List.of("businessUnit=NOPE-X", "businessUnit", "NOPE-X"))) {
      Response refused =
          viewer.get("/quarters/" + QUARTER + "/pack/document?sections=summary&" + bad.get(0));
      assertThat(refused.statusCode()).as(bad.get(0)).isEqualTo(422);
      Document page = Jsoup.parse(refused.asString());
      assertThat(page.title()).startsWith("Error: ");
      assertThat(page.select(".govuk-error-summary a[href='#" + bad.get(1) + "']").text())
          .contains(bad.get(2));
      assertThat(page.select("#" + bad.get(1) + "-error").text()).contains(bad.get(2));
      // Nothing lost: the sections ticked stay ticked.
      assertThat(page.select("input[name=sections][value=summary]").hasAttr("checked")).isTrue();
      assertThat(page.select("input[name=sections][checked]")).hasSize(1);
    }

    // Not signed in: to the sign-in page, coming back to the pack afterwards.
    Response anonymous =
        RestAssured.given()
            .baseUri(Api.BASE_URL)
            .redirects()
            .follow(false)
            .get("/portal/quarters/" + QUARTER + "/pack/document");
    assertThat(anonymous.statusCode()).isEqualTo(303);
    assertThat(anonymous.header("Location")).contains("/portal/sign-in");
  }

  private static Response await(CountDownLatch start, java.util.function.Supplier<Response> get) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return get.get();
  }
}
