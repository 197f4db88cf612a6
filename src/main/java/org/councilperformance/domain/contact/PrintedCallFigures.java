package org.councilperformance.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.councilperformance.domain.PrintedDecimalConverter;

/**
 * A row of figures exactly as the council printed them (totals or +/- changes), kept beside what
 * the product computes and never replaced by it. Each owner names the columns.
 */
@Embeddable
public class PrintedCallFigures {
  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "received", length = 40)
  private BigDecimal received;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "answered", length = 40)
  private BigDecimal answered;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "answered_within_30s", length = 40)
  private BigDecimal answeredWithin30s;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "answered_within_60s", length = 40)
  private BigDecimal answeredWithin60s;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "abandoned", length = 40)
  private BigDecimal abandoned;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "rejected", length = 40)
  private BigDecimal rejected;

  protected PrintedCallFigures() {}

  /** Null when nothing was printed, so that no empty row is stored. */
  static PrintedCallFigures of(CallFigures f) {
    if (f == null || f.isEmpty()) {
      return null;
    }
    PrintedCallFigures p = new PrintedCallFigures();
    p.received = f.received();
    p.answered = f.answered();
    p.answeredWithin30s = f.answeredWithin30s();
    p.answeredWithin60s = f.answeredWithin60s();
    p.abandoned = f.abandoned();
    p.rejected = f.rejected();
    return p;
  }

  static CallFigures figures(PrintedCallFigures p) {
    return p == null
        ? CallFigures.NONE
        : new CallFigures(
            p.received,
            p.answered,
            p.answeredWithin30s,
            p.answeredWithin60s,
            p.abandoned,
            p.rejected);
  }
}
