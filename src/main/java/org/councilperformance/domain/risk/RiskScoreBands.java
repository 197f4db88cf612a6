package org.councilperformance.domain.risk;

import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.indicator.RagStatus;

/**
 * The risk matrix of a register: likelihood and impact are each scored 1 to N (the scale, 4 by
 * default), the score is likelihood × impact, and the score falls in a band. The bands are the
 * quarters of the highest score N²: GREEN up to a quarter of it, AMBER up to half, RED above. On
 * the default 4×4 matrix that is GREEN 1–4, AMBER 5–8, RED 9–16; on a 5×5 matrix GREEN 1–6, AMBER
 * 8–12, RED 15–25; on a 3×3 matrix GREEN 1–2, AMBER 3–4, RED 6–9.
 */
public final class RiskScoreBands {
  /** The matrix a risk is scored on unless the council asks for another. */
  public static final int DEFAULT_SCALE = 4;

  public static final int MIN_SCALE = 3;
  public static final int MAX_SCALE = 5;

  private final int scale;

  private RiskScoreBands(int scale) {
    this.scale = scale;
  }

  /** The bands of an N×N matrix, 3 ≤ N ≤ 5 (the square matrices councils use). */
  public static RiskScoreBands forScale(int scale) {
    if (scale < MIN_SCALE || scale > MAX_SCALE) {
      throw new InvalidValueException(
          "scale",
          "scale: a risk matrix is "
              + MIN_SCALE
              + "×"
              + MIN_SCALE
              + " to "
              + MAX_SCALE
              + "×"
              + MAX_SCALE
              + ", not "
              + scale
              + "×"
              + scale);
    }
    return new RiskScoreBands(scale);
  }

  public static RiskScoreBands standard() {
    return forScale(DEFAULT_SCALE);
  }

  public int scale() {
    return scale;
  }

  public int highestScore() {
    return scale * scale;
  }

  /** The band of a score from 1 to N²; boundaries belong to the lower band. */
  public RagStatus band(int score) {
    if (score < 1 || score > highestScore()) {
      throw new IllegalArgumentException(
          "score " + score + " is outside 1.." + highestScore() + " on a " + scale + "×" + scale);
    }
    if (4 * score <= highestScore()) {
      return RagStatus.GREEN;
    }
    if (2 * score <= highestScore()) {
      return RagStatus.AMBER;
    }
    return RagStatus.RED;
  }

  /** The highest score still in the green band. */
  public int greenUpTo() {
    return highestScore() / 4;
  }

  /** The highest score still in the amber band. */
  public int amberUpTo() {
    return highestScore() / 2;
  }

  /** The rule in words, e.g. "4×4; score = likelihood × impact; GREEN 1–4, AMBER 5–8, RED 9–16". */
  public String describe() {
    return scale
        + "×"
        + scale
        + "; score = likelihood × impact; GREEN 1–"
        + greenUpTo()
        + ", AMBER "
        + (greenUpTo() + 1)
        + "–"
        + amberUpTo()
        + ", RED "
        + (amberUpTo() + 1)
        + "–"
        + highestScore();
  }
}
