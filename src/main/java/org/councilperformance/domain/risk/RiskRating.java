package org.councilperformance.domain.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;

/** A likelihood and an impact, each 1 to the matrix's scale; their product is the score. */
@Embeddable
public class RiskRating {
  @Column(nullable = false)
  private int likelihood;

  @Column(nullable = false)
  private int impact;

  protected RiskRating() {}

  private RiskRating(int likelihood, int impact) {
    this.likelihood = likelihood;
    this.impact = impact;
  }

  /**
   * A rating on the given matrix.
   *
   * @param field the request field holding it, e.g. "inherent", named in any refusal
   */
  public static RiskRating on(
      RiskScoreBands matrix, Integer likelihood, Integer impact, String field) {
    return new RiskRating(
        within(matrix, likelihood, field + ".likelihood"),
        within(matrix, impact, field + ".impact"));
  }

  private static int within(RiskScoreBands matrix, Integer value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, field + ": must be given");
    }
    if (value < 1 || value > matrix.scale()) {
      throw new InvalidValueException(
          field, field + ": must be from 1 to " + matrix.scale() + ", not " + value);
    }
    return value;
  }

  public int likelihood() {
    return likelihood;
  }

  public int impact() {
    return impact;
  }

  public int score() {
    return likelihood * impact;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RiskRating r && likelihood == r.likelihood && impact == r.impact;
  }

  @Override
  public int hashCode() {
    return Objects.hash(likelihood, impact);
  }

  @Override
  public String toString() {
    return likelihood + "×" + impact;
  }
}
