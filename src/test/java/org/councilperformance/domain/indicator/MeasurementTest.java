package org.councilperformance.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

/** A measurement's figure, missing-data reason and printed status, and the status they give. */
class MeasurementTest {
  private static final ReportingPeriod Q1 =
      new ReportingPeriod(PeriodCode.parse("2019-20-Q1", "period"), null);

  private static Measurement measurement(Polarity polarity) {
    return new Measurement(
        new Indicator("LA-13", "Land charges", IndicatorUnit.PERCENT, polarity), Q1);
  }

  private static RagStatus statusWithoutTarget(Measurement m) {
    return IndicatorStatus.of(m.indicator(), null, m).status();
  }

  @Test
  void aMissingDataReasonWithNoTargetIsMissingNotDataOnly() {
    Measurement m = measurement(Polarity.HIGHER_IS_BETTER);
    m.report(null, "Not reported in Q1", null, "editor", Instant.EPOCH);
    assertThat(statusWithoutTarget(m)).isEqualTo(RagStatus.MISSING);
  }

  @Test
  void aDataOnlyMeasureWithAMissingDataReasonIsSimplyNotReported() {
    Measurement m = measurement(Polarity.DATA_ONLY);
    m.report(null, "Not reported in Q1", null, "editor", Instant.EPOCH);
    assertThat(statusWithoutTarget(m)).isEqualTo(RagStatus.DATA_ONLY);
  }

  @Test
  void nothingEnteredWithNoTargetIsMissing() {
    Indicator indicator =
        new Indicator("LA-14", "Searches", IndicatorUnit.COUNT, Polarity.LOWER_IS_BETTER);
    assertThat(IndicatorStatus.of(indicator, null, null).status()).isEqualTo(RagStatus.MISSING);
  }

  @Test
  void aPrintedMissingDataRowNeedsNeitherFigureNorReason() {
    Measurement m = measurement(Polarity.HIGHER_IS_BETTER);
    m.report(null, null, null, RagStatus.MISSING, "loader", Instant.EPOCH);
    assertThat(m.value()).isNull();
    assertThat(m.missingReason()).isNull();
    IndicatorStatus status = IndicatorStatus.of(m.indicator(), null, m);
    assertThat(status.status()).isEqualTo(RagStatus.MISSING);
    assertThat(status.reportedStatus()).isEqualTo(RagStatus.MISSING);
    assertThat(status.differsFromReported()).isFalse();
  }

  @Test
  void withoutAPrintedStatusAFigureOrAReasonIsStillRequired() {
    Measurement m = measurement(Polarity.HIGHER_IS_BETTER);
    assertThatThrownBy(() -> m.report(null, " ", null, null, "editor", Instant.EPOCH))
        .isInstanceOf(InvalidValueException.class)
        .extracting("field")
        .isEqualTo("value");
  }

  @Test
  void aPrintedStatusLeftOutIsKeptWhenTheFigureIsCorrected() {
    Measurement m = measurement(Polarity.HIGHER_IS_BETTER);
    m.report(new BigDecimal("98"), null, null, RagStatus.GREEN, "loader", Instant.EPOCH);
    m.report(new BigDecimal("97"), null, null, null, "editor", Instant.EPOCH.plusSeconds(1));
    assertThat(m.reportedStatus()).isEqualTo(RagStatus.GREEN);
    m.report(new BigDecimal("97"), null, null, RagStatus.AMBER, "editor", Instant.EPOCH);
    assertThat(m.reportedStatus()).isEqualTo(RagStatus.AMBER);
  }

  @Test
  void aPrintedStatusIsReadByNameOrAsPrinted() {
    assertThat(RagStatus.printed("GREEN_PLUS", "reportedStatus")).isEqualTo(RagStatus.GREEN_PLUS);
    assertThat(RagStatus.printed("green plus", "reportedStatus")).isEqualTo(RagStatus.GREEN_PLUS);
    assertThat(RagStatus.printed("Missing data", "reportedStatus")).isEqualTo(RagStatus.MISSING);
    assertThat(RagStatus.printed("Data Only", "reportedStatus")).isEqualTo(RagStatus.DATA_ONLY);
    assertThat(RagStatus.printed(" ", "reportedStatus")).isNull();
    assertThatThrownBy(() -> RagStatus.printed("BLUE", "reportedStatus"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'BLUE' is not a status")
        .extracting("field")
        .isEqualTo("reportedStatus");
  }

  @Test
  void theOfficersOwnForecastLeftOutKeepsTheOneRecordedAndNeverMovesTheStatus() {
    Measurement m = measurement(Polarity.HIGHER_IS_BETTER);
    m.report(new BigDecimal("40"), null, null, "editor", Instant.EPOCH);
    m.forecastOwn(new BigDecimal("95"), RagStatus.AMBER);
    m.forecastOwn(null, RagStatus.GREEN);
    assertThat(m.ownForecast()).isEqualByComparingTo("95");
    assertThat(m.ownForecastStatus()).isEqualTo(RagStatus.GREEN);
    m.forecastOwn(new BigDecimal("90"), null);
    assertThat(m.ownForecast()).isEqualByComparingTo("90");
    assertThat(m.ownForecastStatus()).isEqualTo(RagStatus.GREEN);
    assertThat(statusWithoutTarget(m)).isEqualTo(RagStatus.DATA_ONLY);
  }

  @Test
  void aPrintedStatusIsClearedUnlessItIsAllTheMeasurementRecords() {
    Measurement m = measurement(Polarity.HIGHER_IS_BETTER);
    m.report(null, null, null, RagStatus.MISSING, "loader", Instant.EPOCH);
    assertThatThrownBy(m::clearReportedStatus)
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("reportedStatus");
    m.report(new BigDecimal("12"), null, null, "editor", Instant.EPOCH);
    assertThat(m.reportedStatus()).isEqualTo(RagStatus.MISSING);
    m.clearReportedStatus();
    assertThat(m.reportedStatus()).isNull();
    assertThat(IndicatorStatus.of(m.indicator(), null, m).differsFromReported()).isFalse();
  }

  @Test
  void theOfficersOwnForecastIsClearedWithItsStatus() {
    Measurement m = measurement(Polarity.HIGHER_IS_BETTER);
    m.report(new BigDecimal("20"), null, null, "editor", Instant.EPOCH);
    m.forecastOwn(new BigDecimal("95"), RagStatus.AMBER);
    m.clearOwnForecast();
    assertThat(m.ownForecast()).isNull();
    assertThat(m.ownForecastStatus()).isNull();
    assertThat(m.value()).isEqualByComparingTo("20");
  }
}
