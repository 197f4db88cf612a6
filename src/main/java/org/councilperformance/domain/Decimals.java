package org.councilperformance.domain;

import java.math.BigDecimal;

/** Figures as the council wrote them: 10.9, not 10.900000 or 1.09E+1. */
public final class Decimals {
  private Decimals() {}

  public static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
