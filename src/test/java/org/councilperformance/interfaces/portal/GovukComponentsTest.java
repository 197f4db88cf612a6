package org.councilperformance.interfaces.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.councilperformance.interfaces.portal.Govuk.NavItem;
import org.councilperformance.interfaces.portal.Govuk.RadioItem;
import org.councilperformance.interfaces.portal.Govuk.SelectItem;
import org.councilperformance.interfaces.portal.Govuk.SummaryRow;
import org.councilperformance.interfaces.portal.Govuk.TaskItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each GOV.UK component template (src/main/jte/govuk) renders what GOV.UK Frontend's own examples
 * expect: the {@code fixtures.json} shipped in the same webjar gives each example's options and
 * HTML. Compared as trees — elements, attributes (in any order) and text, whitespace aside.
 */
class GovukComponentsTest {
  private static final String FIXTURES =
      "/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/components/";
  private static final Pages PAGES = new Pages();

  static Stream<Arguments> examples() {
    return Stream.of(
        example("input", "default", "govuk/input.jte", GovukComponentsTest::input),
        example("input", "with hint text", "govuk/input.jte", GovukComponentsTest::input),
        example("input", "with error message", "govuk/input.jte", GovukComponentsTest::input),
        example("input", "with error and hint", "govuk/input.jte", GovukComponentsTest::input),
        example(
            "input", "with autocomplete attribute", "govuk/input.jte", GovukComponentsTest::input),
        example("textarea", "default", "govuk/textarea.jte", GovukComponentsTest::input),
        example("file-upload", "default", "govuk/fileUpload.jte", GovukComponentsTest::input),
        example(
            "file-upload", "with hint text", "govuk/fileUpload.jte", GovukComponentsTest::input),
        example("file-upload", "error", "govuk/fileUpload.jte", GovukComponentsTest::input),
        example(
            "file-upload",
            "with error message and hint",
            "govuk/fileUpload.jte",
            GovukComponentsTest::input),
        example("textarea", "with error message", "govuk/textarea.jte", GovukComponentsTest::input),
        example(
            "character-count", "default", "govuk/characterCount.jte", GovukComponentsTest::count),
        example(
            "character-count",
            "with hint and error",
            "govuk/characterCount.jte",
            GovukComponentsTest::count),
        example(
            "character-count",
            "with default value exceeding limit",
            "govuk/characterCount.jte",
            GovukComponentsTest::count),
        example("button", "default", "govuk/button.jte", GovukComponentsTest::button),
        example("button", "secondary", "govuk/button.jte", GovukComponentsTest::button),
        example("button", "warning", "govuk/button.jte", GovukComponentsTest::button),
        example("tag", "default", "govuk/tag.jte", GovukComponentsTest::button),
        example("tag", "grey", "govuk/tag.jte", GovukComponentsTest::button),
        example(
            "error-summary",
            "default",
            "govuk/errorSummary.jte",
            GovukComponentsTest::errorSummary),
        example("task-list", "default", "govuk/taskList.jte", GovukComponentsTest::taskList),
        example(
            "task-list",
            "with hint text and additional states",
            "govuk/taskList.jte",
            GovukComponentsTest::taskList),
        example(
            "summary-list",
            "with falsy values",
            "govuk/summaryList.jte",
            GovukComponentsTest::summaryList),
        example(
            "summary-list",
            "single action with anchor",
            "govuk/summaryList.jte",
            GovukComponentsTest::summaryList),
        example(
            "notification-banner",
            "default",
            "govuk/notificationBanner.jte",
            GovukComponentsTest::banner),
        example(
            "notification-banner",
            "with type as success",
            "govuk/notificationBanner.jte",
            GovukComponentsTest::banner),
        example(
            "service-navigation",
            "with service name and navigation",
            "govuk/serviceNavigation.jte",
            GovukComponentsTest::serviceNavigation),
        example(
            "service-navigation",
            "with navigation with an active item",
            "govuk/serviceNavigation.jte",
            GovukComponentsTest::serviceNavigation),
        example(
            "service-navigation",
            "with service name",
            "govuk/serviceNavigation.jte",
            GovukComponentsTest::serviceNavigation),
        example("back-link", "default", "govuk/backLink.jte", o -> new HashMap<>()),
        example("skip-link", "default", "govuk/skipLink.jte", GovukComponentsTest::link),
        example("radios", "with hints on items", "govuk/radios.jte", GovukComponentsTest::radios),
        example(
            "radios", "with conditional items", "govuk/radios.jte", GovukComponentsTest::radios),
        example(
            "radios",
            "with conditional item checked",
            "govuk/radios.jte",
            GovukComponentsTest::radios),
        example("date-input", "default", "govuk/dateInput.jte", GovukComponentsTest::dateInput),
        example(
            "date-input",
            "with errors and hint",
            "govuk/dateInput.jte",
            GovukComponentsTest::dateInput),
        example(
            "date-input",
            "with error on day input",
            "govuk/dateInput.jte",
            GovukComponentsTest::dateInput),
        example("select", "default", "govuk/select.jte", GovukComponentsTest::select),
        example(
            "select",
            "with hint text and error message",
            "govuk/select.jte",
            GovukComponentsTest::select));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("examples")
  void rendersAsGovukFrontendExpects(
      String component, String name, String template, Map<String, Object> parameters, String html) {
    assertEquals(tree(html), tree(PAGES.render(template, parameters)));
  }

  private static Arguments example(
      String component,
      String name,
      String template,
      Function<JsonObject, Map<String, Object>> parameters) {
    try (InputStream in =
        GovukComponentsTest.class.getResourceAsStream(FIXTURES + component + "/fixtures.json")) {
      JsonObject fixture =
          Json.createReader(in).readObject().getJsonArray("fixtures").stream()
              .map(JsonValue::asJsonObject)
              .filter(f -> f.getString("name").equals(name))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no fixture " + component + ": " + name));
      return Arguments.of(
          component,
          name,
          template,
          parameters.apply(fixture.getJsonObject("options")),
          fixture.getString("html"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String text(JsonObject options, String key) {
    if (!options.containsKey(key)) {
      return null;
    }
    JsonValue value = options.get(key);
    return value.getValueType() == JsonValue.ValueType.STRING
        ? options.getString(key)
        : value.asJsonObject().getString("text", null);
  }

  private static Map<String, Object> input(JsonObject o) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", o.getString("id", o.getString("name")));
    p.put("name", o.getString("name"));
    p.put("label", text(o, "label"));
    p.put("hint", text(o, "hint"));
    p.put("error", text(o, "errorMessage"));
    if (o.containsKey("autocomplete")) {
      p.put("autocomplete", o.getString("autocomplete"));
    }
    return p;
  }

  private static Map<String, Object> count(JsonObject o) {
    Map<String, Object> p = input(o);
    p.put("maxlength", o.getInt("maxlength"));
    if (o.containsKey("value")) {
      p.put("value", o.getString("value"));
    }
    return p;
  }

  private static Map<String, Object> button(JsonObject o) {
    Map<String, Object> p = new HashMap<>();
    p.put("text", o.getString("text"));
    if (o.containsKey("name")) {
      p.put("name", o.getString("name"));
    }
    if (o.containsKey("classes")) {
      p.put("classes", o.getString("classes"));
    }
    return p;
  }

  private static Map<String, Object> link(JsonObject o) {
    return new HashMap<>(Map.of("href", o.getString("href"), "text", o.getString("text")));
  }

  private static Map<String, Object> errorSummary(JsonObject o) {
    FormErrors errors = FormErrors.none();
    for (JsonValue item : o.getJsonArray("errorList")) {
      JsonObject error = item.asJsonObject();
      errors.add(error.getString("href").substring(1), error.getString("text"));
    }
    return new HashMap<>(Map.of("errors", errors, "titleText", o.getString("titleText")));
  }

  private static Map<String, Object> taskList(JsonObject o) {
    List<TaskItem> items = new ArrayList<>();
    for (JsonValue value : o.getJsonArray("items")) {
      JsonObject item = value.asJsonObject();
      JsonObject status = item.getJsonObject("status");
      JsonObject tag = status.getJsonObject("tag");
      items.add(
          new TaskItem(
              text(item, "title"),
              item.getString("href", null),
              text(item, "hint"),
              tag == null ? status.getString("text") : tag.getString("text"),
              tag == null ? null : tag.getString("classes", ""),
              status.getString("classes", "").contains("cannot-start-yet")));
    }
    return new HashMap<>(Map.of("items", items));
  }

  private static Map<String, Object> summaryList(JsonObject o) {
    List<SummaryRow> rows = new ArrayList<>();
    for (JsonValue value : o.getJsonArray("rows")) {
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        continue; // the example's null, false and "" rows, which GOV.UK Frontend skips too
      }
      JsonObject row = value.asJsonObject();
      JsonObject action =
          row.containsKey("actions")
              ? row.getJsonObject("actions").getJsonArray("items").getJsonObject(0)
              : null;
      rows.add(
          new SummaryRow(
              text(row, "key"),
              text(row, "value"),
              action == null ? null : action.getString("href"),
              action == null ? null : action.getString("text"),
              action == null ? null : action.getString("visuallyHiddenText", null)));
    }
    return new HashMap<>(Map.of("rows", rows));
  }

  private static Map<String, Object> banner(JsonObject o) {
    Map<String, Object> p = new HashMap<>();
    p.put("text", o.getString("text"));
    p.put("type", o.getString("type", null));
    return p;
  }

  private static Map<String, Object> serviceNavigation(JsonObject o) {
    Map<String, Object> p = new HashMap<>();
    p.put("serviceName", o.getString("serviceName", null));
    p.put("serviceUrl", o.getString("serviceUrl", null));
    List<NavItem> navigation = new ArrayList<>();
    if (o.containsKey("navigation")) {
      for (JsonValue value : o.getJsonArray("navigation")) {
        JsonObject item = value.asJsonObject();
        navigation.add(
            new NavItem(
                item.getString("href"), item.getString("text"), item.getBoolean("active", false)));
      }
    }
    p.put("navigation", navigation);
    return p;
  }

  private static Map<String, Object> radios(JsonObject o) {
    JsonObject legend = o.getJsonObject("fieldset").getJsonObject("legend");
    List<RadioItem> items = new ArrayList<>();
    Map<String, gg.jte.Content> conditionals = new HashMap<>();
    for (JsonValue value : o.getJsonArray("items")) {
      JsonObject item = value.asJsonObject();
      if (item.containsKey("conditional")) {
        String html = item.getJsonObject("conditional").getString("html");
        conditionals.put(item.getString("value"), output -> output.writeContent(html));
      }
      items.add(
          new RadioItem(
              item.getString("id", null),
              item.getString("value"),
              item.getString("text"),
              text(item, "hint"),
              item.getBoolean("checked", false)));
    }
    Map<String, Object> p = new HashMap<>();
    p.put("name", o.getString("name"));
    p.put("idPrefix", o.getString("idPrefix"));
    p.put("legend", legend.getString("text"));
    p.put("legendClasses", legend.getString("classes", null));
    p.put("legendIsPageHeading", legend.getBoolean("isPageHeading", false));
    p.put("items", items);
    p.put("conditionals", conditionals);
    return p;
  }

  private static Map<String, Object> select(JsonObject o) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", o.getString("id", o.getString("name")));
    p.put("name", o.getString("name"));
    p.put("label", text(o, "label"));
    p.put("hint", text(o, "hint"));
    p.put("error", text(o, "errorMessage"));
    List<SelectItem> items = new ArrayList<>();
    for (JsonValue value : o.getJsonArray("items")) {
      JsonObject item = value.asJsonObject();
      items.add(
          new SelectItem(
              item.get("value").toString(),
              item.getString("text"),
              item.getBoolean("selected", false),
              item.getBoolean("disabled", false)));
    }
    p.put("items", items);
    return p;
  }

  private static Map<String, Object> dateInput(JsonObject o) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", o.getString("id"));
    p.put("namePrefix", o.getString("namePrefix", null));
    p.put("legend", o.getJsonObject("fieldset").getJsonObject("legend").getString("text"));
    p.put("hint", text(o, "hint"));
    p.put("error", text(o, "errorMessage"));
    // The fixtures mark the items in error by class; the template takes the one part, or all.
    if (o.containsKey("items")) {
      List<String> wrong =
          o.getJsonArray("items").stream()
              .map(JsonValue::asJsonObject)
              .filter(i -> i.getString("classes", "").contains("govuk-input--error"))
              .map(i -> i.getString("name"))
              .toList();
      p.put("errorPart", wrong.size() == 1 ? wrong.get(0) : null);
    }
    return p;
  }

  /** The HTML as a tree of elements, attributes and text, whitespace aside. */
  private static String tree(String html) {
    StringBuilder out = new StringBuilder();
    for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
      write(node, 0, out);
    }
    return out.toString();
  }

  private static void write(Node node, int depth, StringBuilder out) {
    if (node instanceof TextNode text) {
      String words = text.text().replaceAll("\\s+", " ").trim();
      if (!words.isEmpty()) {
        out.append("  ".repeat(depth)).append('"').append(words).append("\"\n");
      }
      return;
    }
    if (node instanceof Element element) {
      Map<String, String> attributes = new TreeMap<>();
      element
          .attributes()
          .forEach(a -> attributes.put(a.getKey(), a.getValue().replaceAll("\\s+", " ").trim()));
      out.append("  ".repeat(depth)).append(element.tagName()).append(attributes).append('\n');
      for (Node child : element.childNodes()) {
        write(child, depth + 1, out);
      }
    }
  }
}
