package org.councilperformance.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.councilperformance.domain.PrintedDecimalConverter;

/**
 * The contact centre's percentages exactly as the council printed them (21 stays 21, 21.0 21.0).
 */
@Embeddable
public class PrintedCallPercentages {
  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "abandoned_percent", length = 40)
  private BigDecimal abandoned;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "answered_within_30s_percent", length = 40)
  private BigDecimal answeredWithin30s;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "answered_within_60s_percent", length = 40)
  private BigDecimal answeredWithin60s;

  protected PrintedCallPercentages() {}

  static PrintedCallPercentages of(CallPercentages p) {
    if (p == null || p.isEmpty()) {
      return null;
    }
    PrintedCallPercentages printed = new PrintedCallPercentages();
    printed.abandoned = p.abandoned();
    printed.answeredWithin30s = p.answeredWithin30s();
    printed.answeredWithin60s = p.answeredWithin60s();
    return printed;
  }

  static CallPercentages percentages(PrintedCallPercentages p) {
    return p == null
        ? CallPercentages.NONE
        : new CallPercentages(p.abandoned, p.answeredWithin30s, p.answeredWithin60s);
  }
}
