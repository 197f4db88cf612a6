package org.councilperformance.domain.finance;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.PrintedDecimalConverter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One itemised reason for a variance, in pounds: positive is favourable (more income, less
 * spending), negative adverse.
 */
@Embeddable
public class VarianceComment {
  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(nullable = false, columnDefinition = "text")
  private String text;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(length = 40)
  private BigDecimal amount;

  protected VarianceComment() {}

  public VarianceComment(String text, BigDecimal amount) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException("comments", "comments: every comment needs its text");
    }
    this.text = text.trim();
    this.amount = amount;
  }

  public String text() {
    return text;
  }

  /** Signed: + favourable, − adverse; null when the comment gives no amount. */
  public BigDecimal amount() {
    return amount;
  }

  public boolean favourable() {
    return amount != null && amount.signum() > 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VarianceComment c
        && text.equals(c.text)
        && Objects.equals(amount, c.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, amount);
  }
}
