package org.councilperformance.domain.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.absence.AbsenceTestData.figures;
import static org.councilperformance.domain.absence.AbsenceTestData.n;

import java.util.ArrayList;
import java.util.List;
import org.councilperformance.domain.quality.Consistency;
import org.councilperformance.domain.quality.Finding;
import org.junit.jupiter.api.Test;

class AbsenceChecksTest {
  private static List<Finding> lines(AbsenceTable table) {
    List<Finding> all = new ArrayList<>();
    for (AbsenceTable.Line l : table.lines()) {
      all.addAll(AbsenceChecks.line(table.period(), l.name(), l.figures()));
    }
    return all;
  }

  @Test
  void aLineThatAddsUpRaisesNothing() {
    // Every Q1 line: long + short = total, and days ÷ FTE rounds to the printed figure.
    assertThat(lines(AbsenceTestData.q1())).isEmpty();
  }

  @Test
  void q2DaysPerFteThatDoNotFollowFromDaysAndFteAreFindings() {
    List<Finding> found = lines(AbsenceTestData.q2());
    assertThat(found)
        .extracting(Finding::where)
        .containsExactly(
            "2018-19-Q2 Community Services days per FTE",
            "2018-19-Q2 Customer Services days per FTE",
            "2018-19-Q2 Housing Services days per FTE",
            "2018-19-Q2 HR&OD days per FTE",
            "2018-19-Q2 Legal & Support Services days per FTE",
            "2018-19-Q2 Reg & Planning days per FTE");
    Finding community = found.get(0);
    assertThat(community.appendix()).isEqualTo("absence");
    assertThat(community.check()).isEqualTo("days lost ÷ FTE");
    assertThat(community.stated()).isEqualByComparingTo("2.9");
    // 628.14 ÷ 212.34 = 2.958…; at the printed one decimal that is 3.0, not 2.9.
    assertThat(community.computed()).isEqualByComparingTo("2.958");
    assertThat(community.difference()).isEqualByComparingTo("-0.1");
    assertThat(community.message())
        .isEqualTo(
            "2018-19-Q2 Community Services days per FTE: supplied 2.9 but days lost ÷ FTE gives 3.0");
    Finding legal = found.get(4);
    assertThat(legal.stated()).isEqualByComparingTo("2.92");
    assertThat(legal.computed()).isEqualByComparingTo("1.3393");
  }

  @Test
  void daysPerFteIsCheckedAtThePrecisionItWasPrinted() {
    // 628.14 ÷ 212.34 = 2.9582: 2.96 and 3.0 and 3 agree; 2.95 and 2.9 do not.
    for (String agrees : List.of("2.96", "3.0", "3", "2.958")) {
      assertThat(AbsenceChecks.line("Q", "A", figures("501.79", "126.35", "212.34", null, agrees)))
          .as(agrees)
          .isEmpty();
    }
    for (String differs : List.of("2.95", "2.9", "2.97")) {
      assertThat(AbsenceChecks.line("Q", "A", figures("501.79", "126.35", "212.34", null, differs)))
          .as(differs)
          .hasSize(1);
    }
    // Half-up: 1 ÷ 8 = 0.125 printed 0.13 is right, 0.12 is not.
    assertThat(AbsenceChecks.line("Q", "A", figures("1", "0", "8", null, "0.13"))).isEmpty();
    assertThat(AbsenceChecks.line("Q", "A", figures("1", "0", "8", null, "0.12"))).hasSize(1);
  }

  @Test
  void aTotalMayDifferFromLongPlusShortOnlyByTheRoundingOfThePrintedFigures() {
    // Three figures printed to two decimals: up to 3 × 0.005 = 0.015 apart.
    assertThat(AbsenceChecks.line("Q", "A", figures("10.00", "5.00", "3", "15.01", null)))
        .isEmpty();
    List<Finding> off = AbsenceChecks.line("Q", "A", figures("10.00", "5.00", "3", "15.02", null));
    assertThat(off).hasSize(1);
    assertThat(off.get(0).where()).isEqualTo("Q A total days");
    assertThat(off.get(0).check()).isEqualTo("long-term + short-term days");
    assertThat(off.get(0).computed()).isEqualByComparingTo("15");
    assertThat(off.get(0).difference()).isEqualByComparingTo("0.02");
    // Whole days are each up to 0.5 out: 10 + 5 printed 16 may be 10.4 + 5.4 = 15.8; 17 may not.
    assertThat(AbsenceChecks.line("Q", "A", figures("10", "5", "3", "16", null))).isEmpty();
    assertThat(AbsenceChecks.line("Q", "A", figures("10", "5", "3", "17", null))).hasSize(1);
    // A column has one precision: 16 beside 39.30 was 16.00, so 16 + 39.3 printed 55.32 is off.
    assertThat(AbsenceChecks.line("Q", "A", figures("16", "39.3", "3", "55.32", null))).hasSize(1);
    assertThat(Consistency.columnScale(n("55.32"), List.of(n("16"), n("39.3")))).isEqualTo(2);
  }

  @Test
  void fteMustBeAboveZero() {
    List<Finding> found = AbsenceChecks.line("Q", "A", figures("0", "0", "0", null, null));
    assertThat(found).extracting(Finding::check).containsExactly("FTE > 0");
  }

  @Test
  void theQ1CouncilRowDoesNotAddUpColumnByColumn() {
    List<Finding> found =
        AbsenceChecks.councilTotal(AbsenceTestData.q1(), AbsenceTestData.q1CouncilRow());
    assertThat(found)
        .extracting(f -> f.where() + " | " + f.check())
        .containsExactly(
            "2018-19-Q1 council long-term days | sum of the work areas",
            "2018-19-Q1 council short-term days | sum of the work areas",
            "2018-19-Q1 council FTE | sum of the work areas",
            "2018-19-Q1 council total days | its own long-term + short-term days");
    assertThat(found.get(0).stated()).isEqualByComparingTo("786.17");
    assertThat(found.get(0).computed()).isEqualByComparingTo("785.16");
    assertThat(found.get(2).computed()).isEqualByComparingTo("451.51");
    assertThat(found.get(3).computed()).isEqualByComparingTo("1080.54");
  }

  @Test
  void theQ2CouncilRowPrints224WhereItsTableGives231() {
    List<Finding> found =
        AbsenceChecks.councilTotal(AbsenceTestData.q2(), AbsenceTestData.q2CouncilRow());
    assertThat(found)
        .extracting(f -> f.where() + " | " + f.check())
        .containsExactly(
            "2018-19-Q2 council long-term days | sum of the work areas",
            "2018-19-Q2 council short-term days | sum of the work areas",
            "2018-19-Q2 council total days | its own long-term + short-term days",
            "2018-19-Q2 council days per FTE | Σ days ÷ Σ FTE of the work areas");
    Finding total = found.get(2);
    assertThat(total.stated()).isEqualByComparingTo("1043.29");
    assertThat(total.computed()).isEqualByComparingTo("878.75");
    assertThat(total.difference()).isEqualByComparingTo("164.54");
    Finding perFte = found.get(3);
    assertThat(perFte.stated()).isEqualByComparingTo("2.24");
    assertThat(perFte.message())
        .isEqualTo(
            "2018-19-Q2 council days per FTE: supplied 2.24 but Σ days ÷ Σ FTE of the work areas"
                + " gives 2.31");
    // Its total days (1043.29) and FTE (451.59) are the sums of the work areas: no finding.
  }

  @Test
  void aCouncilRowThatAddsUpRaisesNothing() {
    AbsenceFigures right = figures("767.45", "275.84", "451.59", "1043.29", "2.31");
    assertThat(AbsenceChecks.councilTotal(AbsenceTestData.q2(), right)).isEmpty();
    assertThat(AbsenceChecks.councilTotal(AbsenceTestData.q2(), null)).isEmpty();
  }

  @Test
  void withoutWorkAreasTheCouncilRowIsCheckedAgainstItself() {
    AbsenceTable none = new AbsenceTable("Q", List.of());
    assertThat(AbsenceChecks.councilTotal(none, figures("10", "5", "5", "15", "3"))).isEmpty();
    assertThat(AbsenceChecks.councilTotal(none, figures("10", "5", "5", "15", "2.5")))
        .extracting(Finding::check)
        .containsExactly("days lost ÷ FTE");
  }

  @Test
  void reasonSharesSumTo100WithinTheirRounding() {
    // The sample's fifteen shares sum to exactly 100.00.
    assertThat(AbsenceChecks.reasons("Q", AbsenceTestData.q2Reasons())).isEmpty();
    // Three shares at two decimals may be 3 × 0.005 = 0.015 off: 33.33 × 3 = 99.99 is rounding.
    List<AbsenceReasonShare> thirds =
        List.of(
            new AbsenceReasonShare("a", n("33.33")),
            new AbsenceReasonShare("b", n("33.33")),
            new AbsenceReasonShare("c", n("33.33")));
    assertThat(AbsenceChecks.reasons("Q", thirds)).isEmpty();
    List<AbsenceReasonShare> short2 =
        List.of(
            new AbsenceReasonShare("a", n("33.33")),
            new AbsenceReasonShare("b", n("33.33")),
            new AbsenceReasonShare("c", n("33.32")));
    List<Finding> found = AbsenceChecks.reasons("Q", short2);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).where()).isEqualTo("Q reasons for absence");
    assertThat(found.get(0).check()).isEqualTo("shares sum to 100% ± 0.015");
    assertThat(found.get(0).stated()).isEqualByComparingTo("99.98");
    assertThat(found.get(0).difference()).isEqualByComparingTo("-0.02");
    // Whole percentages: two of them may be 2 × 0.5 = 1 off.
    assertThat(
            AbsenceChecks.reasons(
                "Q",
                List.of(
                    new AbsenceReasonShare("a", n("67")), new AbsenceReasonShare("b", n("34")))))
        .isEmpty();
    assertThat(AbsenceChecks.reasons("Q", List.of())).isEmpty();
  }

  @Test
  void aShareOutside0To100IsAFinding() {
    List<Finding> found =
        AbsenceChecks.reasons(
            "Q",
            List.of(new AbsenceReasonShare("a", n("120")), new AbsenceReasonShare("b", n("-20"))));
    assertThat(found).extracting(Finding::where).containsExactly("Q reason a", "Q reason b");
  }

  @Test
  void returnToWorkCompletionIsAPercentage() {
    assertThat(AbsenceChecks.returnToWorkPercent("Q council", n("76"))).isEmpty();
    assertThat(AbsenceChecks.returnToWorkPercent("Q council", n("100"))).isEmpty();
    assertThat(AbsenceChecks.returnToWorkPercent("Q council", null)).isEmpty();
    assertThat(AbsenceChecks.returnToWorkPercent("Q council", n("100.5"))).isPresent();
  }

  @Test
  void theSuppliedProjectionIsCheckedAtItsPrecision() {
    // The council's 9.26 came from its own 2.39 + 2.24; the tables give 9.40.
    Finding f = AbsenceChecks.projection("2018-19-Q2", 2, n("9.26"), n("9.4029")).orElseThrow();
    assertThat(f.check()).isEqualTo("days per FTE so far ÷ 2 quarters × 4");
    assertThat(f.difference()).isEqualByComparingTo("-0.14");
    assertThat(AbsenceChecks.projection("2018-19-Q2", 2, n("9.40"), n("9.4029"))).isEmpty();
    assertThat(AbsenceChecks.projection("2018-19-Q2", 2, n("9.26"), null)).isEmpty();
  }
}
