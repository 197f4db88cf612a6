package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.risk.RiskReviewBuilder.reviewOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.risk.Risk;
import org.councilperformance.domain.risk.RiskPosition;
import org.councilperformance.domain.risk.RiskReview;
import org.junit.jupiter.api.Test;

/** The risk register section's rows, and the section rendered alone (filled en-GB, London). */
class RiskSourceTest {
  private static final LocalDate TODAY = LocalDate.of(2018, 10, 15);

  private static Risk risk(String code, int scale, int likelihood, int impact) {
    Risk risk = new Risk(code, "Risk " + code, scale);
    risk.assignTo(null, null, "Head of ICT");
    risk.assess(risk.rating(scale, scale, "inherent"), risk.rating(likelihood, impact, "r"), null);
    return risk;
  }

  private static RiskReview review(Risk risk, LocalDate date, int likelihood, int impact) {
    return reviewOf(risk, date)
        .rated(likelihood, impact)
        .note("Backups tested")
        .by("Leadership team")
        .enteredOn(TODAY)
        .build();
  }

  @Test
  void eachMatrixPrintsItsLikelihoodsHighestFirstThenTheRegister() {
    Risk small = risk("R1", 3, 1, 1);
    Risk usual = risk("R2", 4, 4, 4);
    List<Map<String, Object>> rows =
        RiskSource.rows(
            List.of(RiskPosition.of(small, List.of()), RiskPosition.of(usual, List.of())),
            Map.of());

    assertThat(rows)
        .extracting(r -> r.get("kind") + " " + r.get("scale") + " " + r.get("likelihood"))
        .containsExactly(
            "matrix 3 3",
            "matrix 3 2",
            "matrix 3 1",
            "matrix 4 4",
            "matrix 4 3",
            "matrix 4 2",
            "matrix 4 1",
            "risk 3 0",
            "risk 4 0");
    assertThat(rows.get(2))
        .containsEntry("cell1", "● Green · 1\nR1")
        .containsEntry("cell3", "▲ Amber · 3");
    assertThat(rows.get(3)).containsEntry("cell4", "◆ Red · 16\nR2").containsEntry("cell5", "");
    assertThat(rows.get(8))
        .containsEntry("current", "4 × 4 = 16\n◆ Red")
        .containsEntry("review", "Not yet reviewed")
        .containsEntry("direction", "");
  }

  @Test
  void theRegisterRowShowsTheLatestReviewDirectionAndActions() {
    Risk risk = risk("R1", 4, 2, 3);
    RiskPosition position =
        RiskPosition.of(
            risk,
            List.of(
                review(risk, LocalDate.of(2018, 6, 30), 3, 3),
                review(risk, LocalDate.of(2018, 9, 30), 2, 3)));
    Map<String, Object> row =
        RiskSource.rows(List.of(position), Map.of("R1", List.of("ACT-1 Move backups off site")))
            .get(4);

    assertThat(row)
        .containsEntry("kind", "risk")
        .containsEntry("owner", "Head of ICT")
        .containsEntry("current", "2 × 3 = 6\n▲ Amber")
        .containsEntry("inherent", "4 × 4 = 16\n◆ Red")
        .containsEntry("direction", "↑ Improving")
        .containsEntry("actions", "ACT-1 Move backups off site")
        .containsEntry("review", "30 September 2018, Leadership team: Backups tested");
  }

  @Test
  void aRegisterWithoutOpenRisksSaysSo() {
    String text =
        SectionRendering.pdfText(
            PackSection.RISKS, "Risks", RiskSource.rows(List.of(), Map.of()), "risks-empty");

    assertThat(text).contains("No open risks are recorded.");
  }

  @Test
  void theRenderedSectionPlacesEachRiskInItsCell() {
    Risk low = risk("R-LOW", 4, 1, 1);
    Risk high = risk("R-HIGH", 4, 4, 4);
    Risk wide = risk("R-WIDE", 5, 5, 5);
    List<Map<String, Object>> rows =
        RiskSource.rows(
            List.of(
                RiskPosition.of(low, List.of(review(low, TODAY, 1, 1))),
                RiskPosition.of(high, List.of()),
                RiskPosition.of(wide, List.of())),
            Map.of("R-HIGH", List.of("ACT-9 Move backups off site")));

    String text = SectionRendering.pdfText(PackSection.RISKS, "Risks", rows, "risks");

    assertThat(text)
        .contains("● Green · 1 R-LOW")
        .contains("◆ Red · 16 R-HIGH")
        .contains("◆ Red · 25 R-WIDE")
        .contains("ACT-9 Move backups off site")
        .contains("15 October 2018, Leadership team: Backups tested")
        .doesNotContain("No open risks");
  }
}
