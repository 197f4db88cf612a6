package org.councilperformance.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.councilperformance.domain.Decimals;
import org.councilperformance.domain.InvalidValueException;

/**
 * How a cumulative indicator's annual target falls over the year when it does not fall evenly
 * (docs/rules.md#profiles): the percentage of the annual target due in each quarter, four numbers
 * that add up to 100, e.g. 10, 20, 30, 40 for a service busiest in winter. Without one an
 * indicator's profile is straight-line, a quarter each.
 */
@Embeddable
public class SeasonalProfile {
  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final String FIELD = "seasonalProfile";

  @Column(name = "profile_q1", precision = 9, scale = 6)
  private BigDecimal q1;

  @Column(name = "profile_q2", precision = 9, scale = 6)
  private BigDecimal q2;

  @Column(name = "profile_q3", precision = 9, scale = 6)
  private BigDecimal q3;

  @Column(name = "profile_q4", precision = 9, scale = 6)
  private BigDecimal q4;

  protected SeasonalProfile() {}

  /**
   * @param percentages the percentage of the annual target due in Q1, Q2, Q3 and Q4
   */
  public SeasonalProfile(List<BigDecimal> percentages) {
    if (percentages == null || percentages.size() != 4 || percentages.contains(null)) {
      throw new InvalidValueException(FIELD, "give four percentages, one for each quarter");
    }
    if (percentages.stream().anyMatch(p -> p.signum() < 0)) {
      throw new InvalidValueException(FIELD, "a quarter's percentage cannot be negative");
    }
    BigDecimal total = percentages.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(HUNDRED) != 0) {
      throw new InvalidValueException(
          FIELD,
          "the four quarters' percentages must add up to 100, not "
              + Decimals.plain(total).toPlainString());
    }
    this.q1 = percentages.get(0);
    this.q2 = percentages.get(1);
    this.q3 = percentages.get(2);
    this.q4 = percentages.get(3);
  }

  /** The percentages of Q1 to Q4. */
  public List<BigDecimal> percentages() {
    List<BigDecimal> all = new ArrayList<>(4);
    for (BigDecimal p : new BigDecimal[] {q1, q2, q3, q4}) {
      all.add(Decimals.plain(p));
    }
    return Collections.unmodifiableList(all);
  }

  /** The share of the annual target due by the end of the quarter, e.g. 0.3 for 10 + 20 %. */
  public BigDecimal shareToDate(int quartersElapsed) {
    return percentages().subList(0, quartersElapsed).stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .movePointLeft(2);
  }

  /** "10/20/30/40%" — as the rule is written out for readers. */
  public String words() {
    return String.join("/", percentages().stream().map(BigDecimal::toPlainString).toList()) + "%";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SeasonalProfile p
        && q1.compareTo(p.q1) == 0
        && q2.compareTo(p.q2) == 0
        && q3.compareTo(p.q3) == 0
        && q4.compareTo(p.q4) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(percentages());
  }
}
