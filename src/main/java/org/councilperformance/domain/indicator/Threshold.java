package org.councilperformance.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import org.councilperformance.domain.Decimals;
import org.councilperformance.domain.InvalidValueException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A distance from the target: the amber tolerance or the green-plus margin. Relative thresholds are
 * a percentage of the target's magnitude, so they also work for negative targets; for a zero target
 * a relative threshold is zero.
 */
@Embeddable
public class Threshold {
  /** The tolerance an indicator gets when none is given: 5% of the target. */
  public static final Threshold DEFAULT_TOLERANCE =
      new Threshold(ThresholdType.RELATIVE_PERCENT, new BigDecimal("5"));

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 20)
  private ThresholdType type;

  @Column(precision = 19, scale = 6)
  private BigDecimal amount;

  protected Threshold() {}

  public Threshold(ThresholdType type, BigDecimal amount) {
    this.type = Objects.requireNonNull(type);
    Objects.requireNonNull(amount);
    if (amount.signum() < 0) {
      throw new InvalidValueException("amount", "a tolerance or margin cannot be negative");
    }
    this.amount = amount.stripTrailingZeros();
  }

  public static Threshold percent(String amount) {
    return new Threshold(ThresholdType.RELATIVE_PERCENT, new BigDecimal(amount));
  }

  public static Threshold absolute(String amount) {
    return new Threshold(ThresholdType.ABSOLUTE, new BigDecimal(amount));
  }

  /** The distance this threshold allows from the given target, in the indicator's unit. */
  public BigDecimal distanceFrom(BigDecimal target) {
    return type == ThresholdType.ABSOLUTE ? amount : target.abs().multiply(amount).movePointLeft(2);
  }

  public ThresholdType type() {
    return type;
  }

  public BigDecimal amount() {
    return amount;
  }

  /** "5%" or "2" — as the rule is written out for readers. */
  public String words() {
    String figure = Decimals.plain(amount).toPlainString();
    return type == ThresholdType.RELATIVE_PERCENT ? figure + "%" : figure;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Threshold t && type == t.type && amount.compareTo(t.amount) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, amount.stripTrailingZeros());
  }
}
