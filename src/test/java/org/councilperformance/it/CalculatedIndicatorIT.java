package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.EDITOR;
import static org.councilperformance.it.Api.VIEWER;
import static org.councilperformance.it.Api.array;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Calculated indicators: a formula over components entered each period or over other indicators,
 * calculated with exact decimals, flagged where the printed figure disagrees, and refused when it
 * cannot be calculated (docs/rules.md#calculated-indicators).
 */
class CalculatedIndicatorIT {
  private static final String SATISFACTION =
      "(positive - negative) / (positive + neutral + negative)";

  private static JsonObjectBuilder calculated(String code, String unit, String formula) {
    return object()
        .add("code", code)
        .add("name", "Calculated " + code)
        .add("unit", "SCORE")
        .add("polarity", "HIGHER_IS_BETTER")
        .add("businessUnit", unit)
        .add("formula", formula);
  }

  private static String create(JsonObjectBuilder body) {
    return json(body).post("/indicators").then().statusCode(201).extract().path("code");
  }

  private static JsonArrayBuilder components(Map<String, Integer> figures) {
    JsonArrayBuilder list = array();
    figures.forEach((name, value) -> list.add(object().add("name", name).add("value", value)));
    return list;
  }

  private static String measurementOf(String indicator, String period) {
    return "/indicators/" + indicator + "/measurements/" + period;
  }

  /** Reads decimals exactly as the server wrote them, not as floating point. */
  private static JsonPath exact(ValidatableResponse response) {
    return JsonPath.from(response.extract().asString())
        .using(
            JsonPathConfig.jsonPathConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }

  private static JsonPath put(String path, JsonObjectBuilder body) {
    return exact(json(body).put(path).then().statusCode(200));
  }

  private static JsonPath status(String indicator, String period) {
    return exact(
        request()
            .queryParam("period", period)
            .get("/indicators/" + indicator + "/status")
            .then()
            .statusCode(200));
  }

  private static JsonPath measurement(String indicator, String period) {
    return exact(request().get(measurementOf(indicator, period)).then().statusCode(200));
  }

  @Test
  void aSatisfactionScoreIsCalculatedFromItsResponsesAndAPrintedScoreThatDisagreesIsFlagged() {
    String quarter = Api.freshQuarter();
    String unit = Api.newBusinessUnit();
    String score = create(calculated(Api.unique("SAT"), unit, SATISFACTION));
    assertThat(request().get("/indicators/" + score).then().extract().path("formula").toString())
        .isEqualTo(SATISFACTION);

    JsonPath entered =
        put(
            measurementOf(score, quarter),
            object()
                .add(
                    "components",
                    components(Map.of("positive", 60, "neutral", 25, "negative", 15))));
    assertThat(entered.getString("value")).isEqualTo("0.45");
    assertThat(entered.getString("calculatedValue")).isEqualTo("0.45");
    assertThat(entered.getList("components.name"))
        .containsExactly("negative", "neutral", "positive");
    assertThat(entered.getBoolean("differsFromFormula")).isFalse();

    // The council printed 0.6: the product counts 0.45 and says the two disagree.
    put(measurementOf(score, quarter), object().add("value", 0.6));
    JsonPath shown = status(score, quarter);
    assertThat(shown.getString("actual")).isEqualTo("0.45");
    assertThat(shown.getString("printedValue")).isEqualTo("0.6");
    assertThat(shown.getString("formula")).isEqualTo(SATISFACTION);
    assertThat(shown.getBoolean("differsFromFormula")).isTrue();
    List<Map<String, Object>> findings =
        request()
            .queryParam("period", quarter)
            .get("/data-quality")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList(
                "findAll { it.appendix == 'indicators' && it.where.contains('" + score + "') }");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).get("stated").toString()).isEqualTo("0.6");

    // Printed to one decimal, 0.5 is what 0.45 rounds to: no flag.
    put(measurementOf(score, quarter), object().add("value", 0.5));
    assertThat(status(score, quarter).getBoolean("differsFromFormula")).isFalse();
  }

  @Test
  void aRateFollowsItsInputsAndItsFormula() {
    String quarter = Api.freshQuarter();
    String unit = Api.newBusinessUnit();
    String complaints = Api.newIndicator(unit);
    String homes = Api.newIndicator(unit);
    String rate =
        create(
            calculated(Api.unique("RATE"), unit, "[" + complaints + "] / [" + homes + "] * 1000"));

    put(measurementOf(complaints, quarter), object().add("value", 7));
    request().get(measurementOf(rate, quarter)).then().statusCode(404);
    put(measurementOf(homes, quarter), object().add("value", 3));
    // 7 ÷ 3 × 1000, exact to 34 digits and rounded half-up to six places at the end.
    assertThat(measurement(rate, quarter).getString("value")).isEqualTo("2333.333333");

    put(measurementOf(homes, quarter), object().add("value", 3500));
    assertThat(status(rate, quarter).getString("actual")).isEqualTo("2");

    json(calculated(rate, unit, "[" + complaints + "] / [" + homes + "] * 100000"))
        .put("/indicators/" + rate)
        .then()
        .statusCode(200);
    assertThat(status(rate, quarter).getString("actual")).isEqualTo("200");

    // No longer calculated: nothing was printed, so nothing is counted until a figure is entered.
    JsonObjectBuilder entered = calculated(rate, unit, "x");
    entered.remove("formula");
    json(entered).put("/indicators/" + rate).then().statusCode(200);
    assertThat(measurement(rate, quarter).getString("calculatedValue")).isNull();
  }

  @Test
  void aFormulaThatCannotBeCalculatedIsRefusedNamingTheField() {
    String unit = Api.newBusinessUnit();
    String plain = Api.newIndicator(unit);
    problem(
        json(calculated(Api.unique("BAD"), unit, "positive / ")).post("/indicators").then(),
        422,
        "formula");
    problem(
        json(calculated(Api.unique("BAD"), unit, "[NO-SUCH-" + Api.unique("X") + "] * 2"))
            .post("/indicators")
            .then(),
        422,
        "formula");
    // plain ← uses ← plain would be a cycle.
    String uses = create(calculated(Api.unique("USES"), unit, "[" + plain + "] + 1"));
    problem(
            json(calculated(plain, unit, "[" + uses + "] * 2")).put("/indicators/" + plain).then(),
            422,
            "formula")
        .body("detail", org.hamcrest.Matchers.containsString(plain + " → " + uses + " → " + plain));
    problem(
        json(calculated(plain, unit, "[" + plain + "] * 2")).put("/indicators/" + plain).then(),
        422,
        "formula");
    String self = Api.unique("SELF");
    problem(
            json(calculated(self, unit, "[" + self + "] + 1")).post("/indicators").then(),
            422,
            "formula")
        .body("detail", org.hamcrest.Matchers.containsString(self + " → " + self));
  }

  @Test
  void componentsTheFormulaDoesNotHaveAreRefusedAndNothingIsSaved() {
    String quarter = Api.freshQuarter();
    String unit = Api.newBusinessUnit();
    String score = create(calculated(Api.unique("SAT"), unit, SATISFACTION));
    String plain = Api.newIndicator(unit);
    problem(
        json(object().add("components", components(Map.of("postive", 3))))
            .put(measurementOf(score, quarter))
            .then(),
        422,
        "components.postive");
    problem(
        json(object().add("components", components(Map.of("positive", 3))))
            .put(measurementOf(score, quarter))
            .then(),
        422,
        "components");
    problem(
        json(object()
                .add(
                    "components",
                    array()
                        .add(object().add("name", "positive").add("value", 1))
                        .add(object().add("name", "positive").add("value", 2))))
            .put(measurementOf(score, quarter))
            .then(),
        422,
        "components[1].name");
    problem(
        json(object().add("components", array().add(object().add("name", "positive"))))
            .put(measurementOf(score, quarter))
            .then(),
        422,
        "components[0].value");
    problem(
        json(object().add("value", 1).add("components", components(Map.of("positive", 3))))
            .put(measurementOf(plain, quarter))
            .then(),
        422,
        "components");
    request().get(measurementOf(score, quarter)).then().statusCode(404);
    request().get(measurementOf(plain, quarter)).then().statusCode(404);
  }

  @Test
  void onlyAnAdminDefinesAFormulaAndOnlyTheUnitsEditorsEnterComponents() {
    String quarter = Api.freshQuarter();
    String unit = Api.newBusinessUnit();
    String score = create(calculated(Api.unique("SAT"), unit, SATISFACTION));
    JsonObjectBuilder responses =
        object().add("components", components(Map.of("positive", 1, "neutral", 1, "negative", 1)));
    problem(json(VIEWER, responses).put(measurementOf(score, quarter)).then(), 403, null);
    // The editor's units are not this one.
    problem(json(EDITOR, responses).put(measurementOf(score, quarter)).then(), 403, "code");
    problem(
        json(EDITOR, calculated(score, unit, "positive * 2")).put("/indicators/" + score).then(),
        403,
        null);
    assertThat(request().get("/indicators/" + score).then().extract().path("formula").toString())
        .isEqualTo(SATISFACTION);
  }

  @Test
  void aFormulaChangedOnAStaleVersionIsRefused() {
    String unit = Api.newBusinessUnit();
    String score = create(calculated(Api.unique("SAT"), unit, SATISFACTION));
    String read = request().get("/indicators/" + score).then().extract().header("ETag");
    json(calculated(score, unit, "positive - negative"))
        .header("If-Match", read)
        .put("/indicators/" + score)
        .then()
        .statusCode(200);
    problem(
        json(calculated(score, unit, "positive + negative"))
            .header("If-Match", read)
            .put("/indicators/" + score)
            .then(),
        412,
        "If-Match");
    assertThat(request().get("/indicators/" + score).then().extract().path("formula").toString())
        .isEqualTo("positive - negative");
  }
}
