package org.councilperformance.it;

import static org.councilperformance.it.Api.EDITOR;
import static org.councilperformance.it.Api.VIEWER;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

/**
 * Clearing a measurement's printed status or the officer's own forecast (docs/api.md#indicators):
 * by those who enter them, on the current version, while the period is open.
 */
class ClearPrintedIT {
  private final String quarter = Api.freshQuarter();
  private final String unit = Api.newBusinessUnit();
  private final String indicator = Api.newIndicator(unit);
  private final String measurement = "/indicators/" + indicator + "/measurements/" + quarter;

  private String enter() {
    return json(object()
            .add("value", 10)
            .add("reportedStatus", "GREEN")
            .add("ownForecast", 95)
            .add("ownForecastStatus", "AMBER"))
        .put(measurement)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  @Test
  void thePrintedStatusAndTheOwnForecastAreClearedEachOnItsOwn() {
    String entered = enter();
    request()
        .delete(measurement + "/reported-status")
        .then()
        .statusCode(200)
        .body("reportedStatus", nullValue())
        .body("ownForecast", equalTo(95))
        .body("value", equalTo(10));
    problem(
        request().header("If-Match", entered).delete(measurement + "/own-forecast").then(),
        412,
        "If-Match");
    request()
        .delete(measurement + "/own-forecast")
        .then()
        .statusCode(200)
        .body("ownForecast", nullValue())
        .body("ownForecastStatus", nullValue());
    request()
        .queryParam("period", quarter)
        .get("/indicators/" + indicator + "/status")
        .then()
        .body("reportedStatus", nullValue())
        .body("differsFromReported", equalTo(false));
  }

  @Test
  void aMissingDataRowKeepsItsOnlyRecordAndOnlyTheUnitsEditorsClear() {
    json(object().add("reportedStatus", "missing data")).put(measurement).then().statusCode(200);
    problem(request().delete(measurement + "/reported-status").then(), 422, "reportedStatus");
    problem(as(VIEWER).delete(measurement + "/reported-status").then(), 403, null);
    problem(as(EDITOR).delete(measurement + "/own-forecast").then(), 403, "code");
    problem(
        request()
            .delete(
                "/indicators/"
                    + Api.newIndicator(unit)
                    + "/measurements/"
                    + quarter
                    + "/own-forecast")
            .then(),
        404,
        "period");
  }

  @Test
  void aLockedPeriodKeepsWhatWasPrinted() {
    enter();
    request().post("/periods/" + quarter + "/lock").then().statusCode(200);
    problem(request().delete(measurement + "/reported-status").then(), 409, "period");
  }

  private static io.restassured.specification.RequestSpecification as(String user) {
    return Api.as(user);
  }
}
