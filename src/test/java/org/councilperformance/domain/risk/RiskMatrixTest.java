package org.councilperformance.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.councilperformance.domain.indicator.RagStatus;
import org.junit.jupiter.api.Test;

class RiskMatrixTest {
  private static Risk rated(String code, int scale, int likelihood, int impact) {
    Risk risk = new Risk(code, "Risk " + code, scale);
    RiskRating current = risk.rating(likelihood, impact, "residual");
    risk.assess(risk.rating(scale, scale, "inherent"), current, null);
    return risk;
  }

  private static RiskMatrix only(List<RiskMatrix> matrices) {
    assertThat(matrices).hasSize(1);
    return matrices.get(0);
  }

  @Test
  void aRiskAtOneByOneSitsInTheLowestGreenCell() {
    RiskMatrix matrix = only(RiskMatrix.of(List.of(rated("R1", 4, 1, 1))));

    assertThat(matrix.cell(1, 1))
        .isEqualTo(new RiskMatrix.Cell(1, 1, 1, RagStatus.GREEN, List.of("R1")));
    assertThat(matrix.cell(1, 2).codes()).isEmpty();
    assertThat(matrix.cell(2, 1).codes()).isEmpty();
  }

  @Test
  void aRiskAtNByNSitsInTheHighestRedCell() {
    RiskMatrix matrix = only(RiskMatrix.of(List.of(rated("R9", 5, 5, 5))));

    assertThat(matrix.scale()).isEqualTo(5);
    assertThat(matrix.cell(5, 5))
        .isEqualTo(new RiskMatrix.Cell(5, 5, 25, RagStatus.RED, List.of("R9")));
    assertThat(matrix.cell(4, 5).codes()).isEmpty();
    assertThat(matrix.cell(5, 4).codes()).isEmpty();
  }

  @Test
  void twoRisksInOneCellAreBothListedInCodeOrder() {
    RiskMatrix matrix =
        only(
            RiskMatrix.of(
                List.of(rated("R2", 4, 2, 3), rated("R1", 4, 2, 3), rated("R3", 4, 3, 2))));

    assertThat(matrix.cell(2, 3).codes()).containsExactly("R1", "R2");
    assertThat(matrix.cell(2, 3).band()).isEqualTo(RagStatus.AMBER);
    // Likelihood and impact traded is another cell with the same score.
    assertThat(matrix.cell(3, 2).codes()).containsExactly("R3");
  }

  @Test
  void aRowListsEveryImpactLeftToRightWithEmptyCellsBandedToo() {
    RiskMatrix matrix = only(RiskMatrix.of(List.of(rated("R1", 4, 4, 1))));

    assertThat(matrix.row(4))
        .extracting(RiskMatrix.Cell::impact, RiskMatrix.Cell::score, RiskMatrix.Cell::band)
        .containsExactly(
            tuple(1, 4, RagStatus.GREEN),
            tuple(2, 8, RagStatus.AMBER),
            tuple(3, 12, RagStatus.RED),
            tuple(4, 16, RagStatus.RED));
    assertThat(matrix.row(4).get(0).codes()).containsExactly("R1");
  }

  @Test
  void risksOnDifferentScalesGoOnTheirOwnMatricesSmallestFirst() {
    List<RiskMatrix> matrices =
        RiskMatrix.of(List.of(rated("R5", 5, 3, 3), rated("R4", 4, 3, 3), rated("R3", 3, 3, 3)));

    assertThat(matrices).extracting(RiskMatrix::scale).containsExactly(3, 4, 5);
    // The same 3×3 rating is red on a 3×3 matrix, red on 4×4 and amber on 5×5.
    assertThat(matrices)
        .extracting(m -> m.cell(3, 3).band())
        .containsExactly(RagStatus.RED, RagStatus.RED, RagStatus.AMBER);
    assertThat(matrices)
        .extracting(m -> m.cell(3, 3).codes().get(0))
        .containsExactly("R3", "R4", "R5");
  }

  @Test
  void noRisksMakeNoMatrix() {
    assertThat(RiskMatrix.of(List.of())).isEmpty();
  }
}
