package org.councilperformance.domain.absence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.councilperformance.domain.Decimals;
import org.councilperformance.domain.quality.Consistency;
import org.councilperformance.domain.quality.Finding;

/**
 * Where a council's absence figures do not follow from its own table
 * (docs/rules.md#sickness-absence, issue 5). Derived figures (days per FTE, the projection) must
 * round, half-up at the precision they were printed with, to what the product computes. Totals must
 * equal the sum of their parts within the rounding of the printed figures: a figure printed to two
 * decimals may be up to 0.005 from the true one, so a total of n parts may drift by (n + 1) × 0.005
 * — its parts' rounding and its own — and no further. A column of a table is printed to one
 * precision, shown by its finest figure: a 16 among figures like 39.30 was 16.00 (tables copied
 * into text drop trailing zeros). Findings never change a supplied figure.
 */
public final class AbsenceChecks {
  public static final String APPENDIX = "absence";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private AbsenceChecks() {}

  /** A work area's line: its total days, its days per FTE, its FTE. */
  public static List<Finding> line(String period, String name, AbsenceFigures f) {
    String where = period + " " + name;
    List<Finding> findings = new ArrayList<>();
    sum(
            where + " total days",
            "long-term + short-term days",
            f.statedTotalDays(),
            List.of(f.longTermDays(), f.shortTermDays()))
        .ifPresent(findings::add);
    Consistency.positive(APPENDIX, where + " FTE", "FTE", f.fte()).ifPresent(findings::add);
    Consistency.derived(
            APPENDIX,
            where + " days per FTE",
            "days lost ÷ FTE",
            f.statedDaysPerFte(),
            f.daysPerFte())
        .ifPresent(findings::add);
    return findings;
  }

  /**
   * The council total row as supplied against the total the product computes from the work areas'
   * lines: each column against the sum of the lines, the total against its own long + short, and
   * its days per FTE against Σ days ÷ Σ FTE. Without lines, only the row's own arithmetic is
   * checked.
   */
  public static List<Finding> councilTotal(AbsenceTable table, AbsenceFigures stated) {
    String where = table.period() + " council";
    List<Finding> findings = new ArrayList<>();
    if (stated == null) {
      return findings;
    }
    List<AbsenceFigures> lines = table.lines().stream().map(AbsenceTable.Line::figures).toList();
    if (!lines.isEmpty()) {
      sum(
              where + " long-term days",
              "sum of the work areas",
              stated.longTermDays(),
              lines.stream().map(AbsenceFigures::longTermDays).toList())
          .ifPresent(findings::add);
      sum(
              where + " short-term days",
              "sum of the work areas",
              stated.shortTermDays(),
              lines.stream().map(AbsenceFigures::shortTermDays).toList())
          .ifPresent(findings::add);
      // The work areas' days, each as long + short: both parts of every line carry rounding.
      sum(
              where + " total days",
              "sum of the work areas",
              stated.statedTotalDays(),
              lines.stream()
                  .flatMap(l -> java.util.stream.Stream.of(l.longTermDays(), l.shortTermDays()))
                  .toList())
          .ifPresent(findings::add);
      sum(
              where + " FTE",
              "sum of the work areas",
              stated.fte(),
              lines.stream().map(AbsenceFigures::fte).toList())
          .ifPresent(findings::add);
    }
    if (stated.longTermDays() != null && stated.shortTermDays() != null) {
      sum(
              where + " total days",
              "its own long-term + short-term days",
              stated.statedTotalDays(),
              List.of(stated.longTermDays(), stated.shortTermDays()))
          .ifPresent(findings::add);
    }
    Consistency.positive(APPENDIX, where + " FTE", "FTE", stated.fte()).ifPresent(findings::add);
    Consistency.derived(
            APPENDIX,
            where + " days per FTE",
            lines.isEmpty() ? "days lost ÷ FTE" : "Σ days ÷ Σ FTE of the work areas",
            stated.statedDaysPerFte(),
            lines.isEmpty() ? stated.daysPerFte() : table.councilDaysPerFte())
        .ifPresent(findings::add);
    return findings;
  }

  /**
   * Reasons for absence: each share a percentage, and together 100% within their rounding — n
   * shares printed to two decimals may sum to 100 ± n × 0.005 (fifteen: ± 0.075).
   */
  public static List<Finding> reasons(String period, List<AbsenceReasonShare> shares) {
    List<Finding> findings = new ArrayList<>();
    for (AbsenceReasonShare s : shares) {
      Consistency.percentage(APPENDIX, period + " reason " + s.reason(), "share", s.percent())
          .ifPresent(findings::add);
    }
    if (!shares.isEmpty()) {
      BigDecimal total =
          shares.stream().map(AbsenceReasonShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
      // 100 is exact, not printed: only the n shares' rounding counts.
      BigDecimal slack =
          Consistency.halfUnit(
                  Consistency.columnScale(
                      null, shares.stream().map(AbsenceReasonShare::percent).toList()))
              .multiply(BigDecimal.valueOf(shares.size()));
      if (total.subtract(HUNDRED).abs().compareTo(slack) > 0) {
        findings.add(
            new Finding(
                APPENDIX,
                period + " reasons for absence",
                "shares sum to 100% ± " + Decimals.plain(slack).toPlainString(),
                Decimals.plain(total),
                HUNDRED,
                Decimals.plain(total.subtract(HUNDRED)),
                period
                    + " reasons for absence: the shares sum to "
                    + Decimals.plain(total).toPlainString()
                    + "%, not 100% (within "
                    + Decimals.plain(slack).toPlainString()
                    + " for their rounding)"));
      }
    }
    return findings;
  }

  /** A return-to-work interview completion rate: a percentage. */
  public static Optional<Finding> returnToWorkPercent(String where, BigDecimal percent) {
    return Consistency.percentage(
        APPENDIX, where + " return-to-work interviews", "completion %", percent);
  }

  /** The supplied annual projection against the one computed from the year's quarters so far. */
  public static Optional<Finding> projection(
      String period, int quartersElapsed, BigDecimal stated, BigDecimal computed) {
    return Consistency.derived(
        APPENDIX,
        period + " council projected annual days per FTE",
        "days per FTE so far ÷ " + quartersElapsed + " quarters × 4",
        stated,
        computed);
  }

  static Optional<Finding> sum(
      String where, String check, BigDecimal stated, List<BigDecimal> parts) {
    return Consistency.total(APPENDIX, where, check, stated, parts);
  }
}
