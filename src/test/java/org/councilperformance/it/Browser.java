package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the portal: Debian's chromium, headless, driven by Selenium through Debian's
 * chromedriver (no driver download), with axe-core checking each page against WCAG 2.2 AA.
 */
final class Browser implements AutoCloseable {
  private static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final WebDriver driver;
  private final boolean javascript;

  private Browser(boolean javascript) {
    this.javascript = javascript;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new java.io.File(System.getProperty("chrome.driver", "/usr/bin/chromedriver")))
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    // axe runs as an asynchronous script: on a long page (the pack's HTML twin) on a busy machine
    // it takes longer than Selenium's 30 s default, and a timeout reads as "axe did not run".
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
  }

  /** A browser with JavaScript on, as most people have it. */
  static Browser withJavaScript() {
    return new Browser(true);
  }

  /** A browser with JavaScript off: the portal must work the same, only less enhanced. */
  static Browser withoutJavaScript() {
    return new Browser(false);
  }

  /** Opens a portal page, e.g. "/" or "/sign-in". */
  Browser open(String portalPath) {
    driver.get(Api.BASE_URL + "/portal" + portalPath);
    return this;
  }

  /** Opens a page of the application outside the portal, e.g. "/open-data/". */
  Browser visit(String path) {
    driver.get(Api.BASE_URL + path);
    return this;
  }

  /** The page's path below the context root, e.g. "/portal/". */
  String path() {
    String path = java.net.URI.create(driver.getCurrentUrl()).getPath();
    return path.startsWith(Api.CONTEXT_PATH) ? path.substring(Api.CONTEXT_PATH.length()) : path;
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String heading() {
    return find("h1").getText();
  }

  /** Types into a field, replacing what it held. */
  Browser type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /**
   * Presses the button with this text and waits for the next page: a click returns before the
   * browser has left the page, and reading it then would read the old one.
   */
  Browser press(String buttonText) {
    return clickAndWait(
        driver.findElements(By.cssSelector("button, a.govuk-button")).stream()
            .filter(b -> b.getText().trim().equals(buttonText))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no button '" + buttonText + "' on " + path())));
  }

  /** Clicks the first element the selector finds, a button or link, and waits for the next page. */
  Browser click(String css) {
    return clickAndWait(find(css));
  }

  private Browser clickAndWait(WebElement target) {
    WebElement page = driver.findElement(By.tagName("html"));
    target.click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(page));
    return this;
  }

  /**
   * Whether the element belongs to a page the browser has left: chromedriver says so either as a
   * stale element or as a node that "does not belong to the document".
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.WebDriverException gone) {
      return true;
    }
  }

  /** Presses a button that sends a form; {@link #press} already waits for the next page. */
  Browser submit(String buttonText) {
    return press(buttonText);
  }

  /** Signs in through the sign-in page with a demo account's password. */
  Browser signIn(String username) {
    open("/sign-in");
    type("username", username).type("password", Api.PASSWORDS.get(username)).press("Sign in");
    assertThat(all("form[action$='/sign-out']")).as("signed in as " + username).isNotEmpty();
    return this;
  }

  /**
   * The page has no WCAG 2.2 AA violation axe can find, and axe really ran: with JavaScript off it
   * cannot, and then reports an error with no violations, which must not pass for a clean page.
   */
  Browser assertAccessible() {
    if (!javascript) {
      throw new IllegalStateException("axe needs JavaScript: check pages in a browser with it on");
    }
    Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
    assertThat(results.isErrored())
        .as("axe ran on " + path() + ": " + results.getErrorMessage())
        .isFalse();
    assertThat(results.getViolations())
        .as(
            "WCAG 2.2 AA violations on "
                + path()
                + ": "
                + results.getViolations().stream()
                    .map(
                        v ->
                            v.getId()
                                + " "
                                + v.getNodes().stream()
                                    .map(n -> n.getTarget().toString())
                                    .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; ")))
        .isEmpty();
    return this;
  }

  /** Keeps a picture of the page under target/screenshots, for people to look at. */
  Browser screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(
          SCREENSHOTS.resolve(name + ".png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return this;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
