package org.councilperformance.domain.absence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import org.councilperformance.domain.PrintedDecimalConverter;

/**
 * One reason for absence and its share of the quarter's days lost, in percent as printed ("Back
 * pain - sprain - strain - musculo-skeletal", 36.45).
 */
@Embeddable
public class AbsenceReasonShare {
  @Column(nullable = false, length = 200)
  private String reason;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "percent", nullable = false, length = 40)
  private BigDecimal percent;

  protected AbsenceReasonShare() {}

  public AbsenceReasonShare(String reason, BigDecimal percent) {
    this.reason = Objects.requireNonNull(reason).trim();
    this.percent = Objects.requireNonNull(percent);
  }

  /** The same reason and share as printed (the share's scale included: 12.50 is not 12.5). */
  @Override
  public boolean equals(Object o) {
    return o instanceof AbsenceReasonShare s
        && reason.equals(s.reason)
        && percent.equals(s.percent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, percent);
  }

  public String reason() {
    return reason;
  }

  public BigDecimal percent() {
    return percent;
  }
}
