package org.councilperformance.domain.absence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A quarter's absence table: one line per work area (business unit) and the council total the
 * product computes from them — Σ long-term, Σ short-term, Σ FTE, and days per FTE = Σ days ÷ Σ FTE
 * (not the average of the lines' rates, which would weigh a team of 6 like one of 200).
 */
public record AbsenceTable(String period, List<Line> lines) {
  /** One work area's line: its business unit's code and name, figures and follow-up. */
  public record Line(String code, String name, AbsenceFigures figures, LongTermFollowUp followUp) {
    public Line {
      Objects.requireNonNull(name);
      Objects.requireNonNull(figures);
      followUp = followUp == null ? LongTermFollowUp.NONE : followUp;
    }
  }

  public AbsenceTable {
    Objects.requireNonNull(period);
    lines = List.copyOf(lines);
  }

  /** The council total computed from the lines; null when the quarter has none. */
  public AbsenceFigures councilTotal() {
    if (lines.isEmpty()) {
      return null;
    }
    return new AbsenceFigures(
        sum(AbsenceFigures::longTermDays),
        sum(AbsenceFigures::shortTermDays),
        sum(AbsenceFigures::fte),
        null,
        null);
  }

  /** Σ days ÷ Σ FTE for the whole council; null when the quarter has no lines. */
  public BigDecimal councilDaysPerFte() {
    AbsenceFigures total = councilTotal();
    return total == null ? null : total.daysPerFte();
  }

  private BigDecimal sum(Function<AbsenceFigures, BigDecimal> column) {
    return lines.stream()
        .map(l -> column.apply(l.figures()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
