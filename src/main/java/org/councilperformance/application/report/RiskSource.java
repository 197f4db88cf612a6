package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilperformance.application.RiskService;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.StatusMark;
import org.councilperformance.domain.risk.Risk;
import org.councilperformance.domain.risk.RiskMatrix;
import org.councilperformance.domain.risk.RiskPosition;
import org.councilperformance.domain.risk.RiskRating;
import org.councilperformance.domain.risk.RiskReview;
import org.councilperformance.domain.risk.RiskStatus;

/**
 * The corporate risk register: the open risks on their matrix (one per scale in use), then the
 * register itself. Both are one row list for the template, told apart by {@code kind}: "matrix" for
 * a likelihood row of a matrix, "risk" for a risk.
 */
@ApplicationScoped
public class RiskSource implements SectionSource {
  /** The widest matrix a risk may be scored on: the template has a column for each impact. */
  static final int IMPACT_COLUMNS = 5;

  private static final DateTimeFormatter REVIEW_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final EntityManager em;
  private final RiskService risks;

  @Inject
  public RiskSource(EntityManager em, RiskService risks) {
    this.em = em;
    this.risks = risks;
  }

  /** For CDI's client proxy only. */
  protected RiskSource() {
    this(null, null);
  }

  @Override
  public PackSection section() {
    return PackSection.RISKS;
  }

  @Override
  public SectionContent content(PackContext context) {
    List<RiskPosition> register = risks.register(RiskStatus.OPEN);
    return new SectionContent(section(), "Risks", rows(register, mitigatingActions()), Map.of());
  }

  /**
   * Each open risk's mitigating actions, one line each ("ACT-1 Move backups off site"), read in one
   * query for the whole register rather than one per risk.
   */
  private Map<String, List<String>> mitigatingActions() {
    Map<String, List<String>> byRisk = new HashMap<>();
    em.createQuery(
            "select r.code, a.code, a.title from Risk r join r.mitigatingActions a"
                + " where r.status = :open order by a.code",
            Object[].class)
        .setParameter("open", RiskStatus.OPEN)
        .getResultStream()
        .forEach(
            t ->
                byRisk
                    .computeIfAbsent((String) t[0], c -> new ArrayList<>())
                    .add(t[1] + " " + t[2]));
    return byRisk;
  }

  /** The template's rows: every matrix's likelihood rows, highest first, then the register. */
  static List<Map<String, Object>> rows(
      List<RiskPosition> register, Map<String, List<String>> actions) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RiskMatrix matrix : RiskMatrix.of(register.stream().map(RiskPosition::risk).toList())) {
      for (int likelihood = matrix.scale(); likelihood >= 1; likelihood--) {
        rows.add(matrixRow(matrix, likelihood));
      }
    }
    for (RiskPosition position : register) {
      rows.add(riskRow(position, actions.getOrDefault(position.risk().code(), List.of())));
    }
    return rows;
  }

  private static Map<String, Object> matrixRow(RiskMatrix matrix, int likelihood) {
    Map<String, Object> row = blank("matrix");
    row.put("scale", matrix.scale());
    row.put("bandRule", matrix.bands().describe());
    row.put("likelihood", likelihood);
    for (RiskMatrix.Cell cell : matrix.row(likelihood)) {
      // The band as shape and word, not colour alone; then the risks rated there.
      String text = StatusMark.of(cell.band()) + " · " + cell.score();
      if (!cell.codes().isEmpty()) {
        text += "\n" + String.join(", ", cell.codes());
      }
      row.put("cell" + cell.impact(), text);
      row.put("colour" + cell.impact(), StatusMark.colourOf(cell.band()));
    }
    return row;
  }

  private static Map<String, Object> riskRow(RiskPosition position, List<String> actions) {
    Risk risk = position.risk();
    Map<String, Object> row = blank("risk");
    row.put("scale", risk.scale());
    row.put("code", risk.code());
    row.put("title", risk.title());
    row.put("owner", ownerOf(risk));
    row.put("current", rating(risk.residual(), risk.residualBand()));
    row.put("currentColour", StatusMark.colourOf(risk.residualBand()));
    row.put("inherent", rating(risk.inherent(), risk.inherentBand()));
    row.put("inherentColour", StatusMark.colourOf(risk.inherentBand()));
    row.put("direction", StatusMark.of(position.direction()));
    row.put("actions", String.join("\n", actions));
    row.put("review", reviewOf(position.latestReview()));
    return row;
  }

  /** Every field of the template, so that no row leaves one null for the template to print. */
  private static Map<String, Object> blank(String kind) {
    Map<String, Object> row = new HashMap<>();
    row.put("kind", kind);
    row.put("scale", 0);
    row.put("bandRule", "");
    row.put("likelihood", 0);
    for (int impact = 1; impact <= IMPACT_COLUMNS; impact++) {
      row.put("cell" + impact, "");
      row.put("colour" + impact, StatusMark.colourOf(null));
    }
    for (String field :
        List.of(
            "code", "title", "owner", "current", "inherent", "direction", "actions", "review")) {
      row.put(field, "");
    }
    row.put("currentColour", StatusMark.colourOf(null));
    row.put("inherentColour", StatusMark.colourOf(null));
    return row;
  }

  /** "2 × 3 = 6" over "▲ Amber". */
  static String rating(RiskRating rating, RagStatus band) {
    return rating.likelihood()
        + " × "
        + rating.impact()
        + " = "
        + rating.score()
        + "\n"
        + StatusMark.of(band);
  }

  private static String ownerOf(Risk risk) {
    String owner = risk.owner() == null ? "" : risk.owner();
    if (risk.businessUnit() == null) {
      return owner;
    }
    return owner.isEmpty() ? risk.businessUnit().name() : owner + "\n" + risk.businessUnit().name();
  }

  /** "12 September 2018, Head of ICT: note"; "Not yet reviewed" for a risk never reviewed. */
  private static String reviewOf(RiskReview review) {
    if (review == null) {
      return "Not yet reviewed";
    }
    String text = review.reviewDate().format(REVIEW_DATE);
    if (review.reviewer() != null) {
      text += ", " + review.reviewer();
    }
    if (review.note() != null && !review.note().isBlank()) {
      text += ": " + review.note().trim();
    }
    return text;
  }
}
