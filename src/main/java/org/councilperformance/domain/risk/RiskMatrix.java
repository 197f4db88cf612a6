package org.councilperformance.domain.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.councilperformance.domain.indicator.RagStatus;

/**
 * Risks placed on an N×N matrix by their current (residual) rating: each cell is a likelihood and
 * an impact, its score and band, and the codes of the risks rated there. A risk is placed only on
 * the matrix it is scored on, since a 3 on a 3×3 matrix does not mean a 3 on a 5×5 one: a register
 * with risks on several scales has one matrix per scale.
 */
public final class RiskMatrix {
  private final RiskScoreBands bands;
  private final Map<Integer, Map<Integer, List<String>>> codes;

  private RiskMatrix(RiskScoreBands bands, Map<Integer, Map<Integer, List<String>>> codes) {
    this.bands = bands;
    this.codes = codes;
  }

  /** One matrix for each scale the risks are scored on, smallest scale first; none for none. */
  public static List<RiskMatrix> of(Collection<Risk> risks) {
    Map<Integer, List<Risk>> byScale =
        risks.stream()
            .collect(Collectors.groupingBy(Risk::scale, TreeMap::new, Collectors.toList()));
    List<RiskMatrix> matrices = new ArrayList<>();
    byScale.forEach((scale, onScale) -> matrices.add(onScale(scale, onScale)));
    return matrices;
  }

  private static RiskMatrix onScale(int scale, List<Risk> risks) {
    Map<Integer, Map<Integer, List<String>>> codes = new TreeMap<>();
    risks.stream()
        .sorted(Comparator.comparing(Risk::code))
        .forEach(
            r ->
                codes
                    .computeIfAbsent(r.residual().likelihood(), l -> new TreeMap<>())
                    .computeIfAbsent(r.residual().impact(), i -> new ArrayList<>())
                    .add(r.code()));
    return new RiskMatrix(RiskScoreBands.forScale(scale), codes);
  }

  public int scale() {
    return bands.scale();
  }

  public RiskScoreBands bands() {
    return bands;
  }

  public Cell cell(int likelihood, int impact) {
    int score = likelihood * impact;
    return new Cell(
        likelihood,
        impact,
        score,
        bands.band(score),
        List.copyOf(codes.getOrDefault(likelihood, Map.of()).getOrDefault(impact, List.of())));
  }

  /** The cells of one likelihood, impact 1 to N (left to right as printed). */
  public List<Cell> row(int likelihood) {
    List<Cell> row = new ArrayList<>();
    for (int impact = 1; impact <= scale(); impact++) {
      row.add(cell(likelihood, impact));
    }
    return row;
  }

  /**
   * One cell of the matrix.
   *
   * @param codes the risks rated here, in code order; empty for none
   */
  public record Cell(int likelihood, int impact, int score, RagStatus band, List<String> codes) {}
}
