package org.councilperformance.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsistencyTest {
  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @ParameterizedTest(name = "stated {0}, computed {1}: agrees {2}")
  @CsvSource({
    "2.31, 2.3102, true",
    "2.31, 2.305, true", // half-up: 2.305 prints as 2.31
    "2.31, 2.30499, false",
    "2.31, 2.315, false", // prints as 2.32
    "2.3, 2.34, true", // printed to one decimal
    "2.30, 2.34, false", // printed to two
    "971, 971.4, true",
    "971, 1884, false",
    "0, 0.004, true",
    "-581, -581, true"
  })
  void agreesAtThePrintedPrecision(String stated, String computed, boolean expected) {
    assertThat(Consistency.agrees(n(stated), n(computed))).isEqualTo(expected);
  }

  @Test
  void aDerivedFigureThatDoesNotFollowIsAFinding() {
    // The sample council: 1,043.29 days lost over 451.59 FTE is 2.31 days per FTE, printed 2.24.
    BigDecimal computed = Consistency.ratio(n("1043.29"), n("451.59"));
    Finding f =
        Consistency.derived(
                "absence", "2018-19-Q2 all directorates", "days ÷ FTE", n("2.24"), computed)
            .orElseThrow();
    assertThat(f.stated()).isEqualByComparingTo("2.24");
    assertThat(f.computed()).isEqualByComparingTo("2.3103"); // 2.310253…
    assertThat(f.difference()).isEqualByComparingTo("-0.07");
    assertThat(f.message()).contains("supplied 2.24").contains("gives 2.31");
  }

  @Test
  void aMessageWritesFiguresWithThousandsSeparatedToTheirPrintedDecimals() {
    assertThat(Consistency.shown(n("309000"))).isEqualTo("309,000");
    assertThat(Consistency.shown(n("1043.29"))).isEqualTo("1,043.29");
    assertThat(Consistency.shown(n("2.30"))).isEqualTo("2.30");
    assertThat(Consistency.shown(n("-618"))).isEqualTo("-618");
    assertThat(Consistency.shown(n("999"))).isEqualTo("999");
    Finding f =
        Consistency.total(
                "finance", "General Fund", "the sum", n("309000"), java.util.List.of(n("557000")))
            .orElseThrow();
    assertThat(f.message()).isEqualTo("General Fund: supplied 309,000 but the sum gives 557,000");
  }

  @Test
  void aFigureThatFollowsIsNone() {
    assertThat(
            Consistency.derived(
                "absence",
                "x",
                "days ÷ FTE",
                n("2.31"),
                Consistency.ratio(n("1043.29"), n("451.59"))))
        .isEmpty();
    assertThat(Consistency.derived("absence", "x", "y", null, n("1"))).isEmpty();
    assertThat(Consistency.derived("absence", "x", "y", n("1"), null)).isEmpty();
  }

  @Test
  void logicalChecks() {
    // September 2018: 3,319 answered within 60 s but 3,937 within 30 s.
    Finding f =
        Consistency.atLeast(
                "contact centre",
                "September 2018",
                "within 60 s",
                n("3319"),
                "within 30 s",
                n("3937"))
            .orElseThrow();
    assertThat(f.difference()).isEqualByComparingTo("-618");
    assertThat(Consistency.atLeast("c", "w", "a", n("5"), "b", n("5"))).isEmpty();
    assertThat(Consistency.percentage("c", "w", "p", n("100"))).isEmpty();
    assertThat(Consistency.percentage("c", "w", "p", n("0"))).isEmpty();
    assertThat(Consistency.percentage("c", "w", "p", n("100.01"))).isPresent();
    assertThat(Consistency.percentage("c", "w", "p", n("-0.01"))).isPresent();
    assertThat(Consistency.positive("c", "w", "FTE", n("0"))).isPresent();
    assertThat(Consistency.positive("c", "w", "FTE", n("0.01"))).isEmpty();
  }

  @Test
  void ratiosOfNothingAreNothing() {
    assertThat(Consistency.ratio(n("1"), n("0"))).isNull();
    assertThat(Consistency.percent(n("1"), n("4"))).isEqualByComparingTo("25");
  }

  @Test
  void aTotalMayDriftByTheRoundingOfItsParts() {
    // General Fund: forecast 13,482 − budget 13,503 = −21, printed (20): rounding, no finding.
    assertThat(
            Consistency.total(
                "finance",
                "GF",
                "outturn − budget",
                n("-20"),
                java.util.List.of(n("13482"), n("-13503"))))
        .isEmpty();
    // Two units out is beyond the rounding of three printed figures.
    assertThat(
            Consistency.total(
                "finance",
                "GF",
                "outturn − budget",
                n("-19"),
                java.util.List.of(n("13482"), n("-13503"))))
        .isPresent();
    // Capital approved in year: 1,878 + 6 + 0 = 1,884, printed 971.
    Finding f =
        Consistency.total(
                "finance",
                "capital approved in year, total",
                "sum of the funds",
                n("971"),
                java.util.List.of(n("1878"), n("6"), n("0")))
            .orElseThrow();
    assertThat(f.computed()).isEqualByComparingTo("1884");
    assertThat(f.difference()).isEqualByComparingTo("-913");
    assertThat(Consistency.halfUnit(2)).isEqualByComparingTo("0.005");
    assertThat(Consistency.halfUnit(0)).isEqualByComparingTo("0.5");
    // A column's unit is its finest figure's: 16 among 39.30s was 16.00.
    assertThat(Consistency.columnScale(n("55.3"), java.util.List.of(n("16"), n("39.30"))))
        .isEqualTo(2);
  }
}
