package org.councilperformance.interfaces.rest.absence;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.councilperformance.domain.Decimals;
import org.councilperformance.domain.absence.AbsenceFigures;
import org.councilperformance.domain.absence.AbsenceReasonShare;
import org.councilperformance.domain.absence.AbsenceReport;
import org.councilperformance.domain.absence.AbsenceTable;
import org.councilperformance.domain.absence.AbsenceTargetComparison;
import org.councilperformance.domain.absence.LongTermFollowUp;
import org.councilperformance.domain.quality.Finding;
import org.councilperformance.interfaces.rest.quality.DataQualityResource.FindingView;

/**
 * What the absence endpoints answer. Computed figures are shown to two decimals (half-up); supplied
 * ones as the council gave them, under {@code stated…}.
 */
public final class AbsenceViews {
  private AbsenceViews() {}

  private static BigDecimal shown(BigDecimal computed) {
    return Decimals.plain(AbsenceFigures.shown(computed));
  }

  private static List<FindingView> views(List<Finding> findings) {
    return findings.stream().map(FindingView::of).toList();
  }

  /** A work area's line with what the product computes from it. */
  @JsonbPropertyOrder({
    "businessUnit",
    "name",
    "longTermDays",
    "shortTermDays",
    "days",
    "fte",
    "daysPerFte",
    "longTermPercent",
    "shortTermPercent",
    "statedTotalDays",
    "statedDaysPerFte",
    "longTermReturned",
    "longTermStillOff",
    "returnToWorkPercent"
  })
  public record LineView(
      String businessUnit,
      String name,
      BigDecimal longTermDays,
      BigDecimal shortTermDays,
      BigDecimal days,
      BigDecimal fte,
      BigDecimal daysPerFte,
      BigDecimal longTermPercent,
      BigDecimal shortTermPercent,
      BigDecimal statedTotalDays,
      BigDecimal statedDaysPerFte,
      Integer longTermReturned,
      Integer longTermStillOff,
      BigDecimal returnToWorkPercent) {
    static LineView of(AbsenceTable.Line line) {
      AbsenceFigures f = line.figures();
      LongTermFollowUp u = line.followUp();
      return new LineView(
          line.code(),
          line.name(),
          f.longTermDays(),
          f.shortTermDays(),
          f.days(),
          f.fte(),
          shown(f.daysPerFte()),
          shown(f.longTermShare()),
          shown(f.shortTermShare()),
          f.statedTotalDays(),
          f.statedDaysPerFte(),
          u.longTermReturned(),
          u.longTermStillOff(),
          u.returnToWorkPercent());
    }
  }

  /** The answer to entering a line: the line as computed, and its findings as warnings. */
  @JsonbPropertyOrder({"period", "line", "warnings"})
  public record LineEntered(String period, LineView line, List<FindingView> warnings) {
    static LineEntered of(AbsenceReport report, String unit) {
      AbsenceTable.Line line =
          report.table().lines().stream()
              .filter(l -> l.code().equals(unit))
              .findFirst()
              .orElseThrow();
      return new LineEntered(report.period(), LineView.of(line), views(report.lineFindings(line)));
    }
  }

  /** The council's own total row and projection as printed. */
  @JsonbPropertyOrder({
    "longTermDays",
    "shortTermDays",
    "totalDays",
    "fte",
    "daysPerFte",
    "projectedDaysPerFte"
  })
  public record StatedView(
      BigDecimal longTermDays,
      BigDecimal shortTermDays,
      BigDecimal totalDays,
      BigDecimal fte,
      BigDecimal daysPerFte,
      BigDecimal projectedDaysPerFte) {
    static StatedView of(AbsenceReport r) {
      AbsenceFigures s = r.statedTotal();
      if (s == null && r.statedProjection() == null) {
        return null;
      }
      return s == null
          ? new StatedView(null, null, null, null, null, r.statedProjection())
          : new StatedView(
              s.longTermDays(),
              s.shortTermDays(),
              s.statedTotalDays(),
              s.fte(),
              s.statedDaysPerFte(),
              r.statedProjection());
    }
  }

  /**
   * The whole council: the total computed from the work areas (null figures without lines), what
   * the council supplied, and its follow-up of long-term absence.
   */
  @JsonbPropertyOrder({
    "longTermDays",
    "shortTermDays",
    "days",
    "fte",
    "daysPerFte",
    "longTermPercent",
    "shortTermPercent",
    "stated",
    "longTermReturned",
    "longTermStillOff",
    "returnToWorkPercent"
  })
  public record CouncilView(
      BigDecimal longTermDays,
      BigDecimal shortTermDays,
      BigDecimal days,
      BigDecimal fte,
      BigDecimal daysPerFte,
      BigDecimal longTermPercent,
      BigDecimal shortTermPercent,
      StatedView stated,
      Integer longTermReturned,
      Integer longTermStillOff,
      BigDecimal returnToWorkPercent) {
    static CouncilView of(AbsenceReport r) {
      AbsenceFigures t = r.councilTotal();
      LongTermFollowUp u = r.councilFollowUp();
      return new CouncilView(
          t == null ? null : t.longTermDays(),
          t == null ? null : t.shortTermDays(),
          t == null ? null : t.days(),
          t == null ? null : t.fte(),
          t == null ? null : shown(t.daysPerFte()),
          t == null ? null : shown(t.longTermShare()),
          t == null ? null : shown(t.shortTermShare()),
          StatedView.of(r),
          u.longTermReturned(),
          u.longTermStillOff(),
          u.returnToWorkPercent());
    }
  }

  /** The year so far and its annual projection. */
  @JsonbPropertyOrder({"quarters", "daysPerFte", "projectedDaysPerFte", "method"})
  public record YearView(
      List<String> quarters, BigDecimal daysPerFte, BigDecimal projectedDaysPerFte, String method) {
    static YearView of(AbsenceReport r) {
      return new YearView(
          r.yearQuarters(),
          shown(r.yearToDate()),
          shown(r.projection()),
          "days per FTE so far this year ÷ "
              + r.yearQuarters().size()
              + " quarters elapsed × 4; each quarter's days per FTE is its Σ days ÷ Σ FTE,"
              + " and none is projected while a quarter so far has no figures");
    }
  }

  @JsonbPropertyOrder({"quarters", "daysPerFte"})
  public record RollingView(List<String> quarters, BigDecimal daysPerFte) {}

  @JsonbPropertyOrder({"daysPerFte", "projectedDaysPerFte", "difference", "meetsTarget"})
  public record TargetView(
      BigDecimal daysPerFte,
      BigDecimal projectedDaysPerFte,
      BigDecimal difference,
      Boolean meetsTarget) {
    static TargetView of(AbsenceTargetComparison c) {
      return c == null
          ? null
          : new TargetView(
              c.target(), Decimals.plain(c.projected()), c.difference(), c.meetsTarget());
    }
  }

  @JsonbPropertyOrder({"reason", "percent"})
  public record ReasonView(String reason, BigDecimal percent) {
    static ReasonView of(AbsenceReasonShare s) {
      return new ReasonView(s.reason(), s.percent());
    }
  }

  /** A quarter's absence appendix. */
  @JsonbPropertyOrder({
    "period",
    "lines",
    "council",
    "yearToDate",
    "rollingTwelveMonths",
    "target",
    "reasons",
    "reasonsTotal",
    "findings"
  })
  public record AbsenceView(
      String period,
      List<LineView> lines,
      CouncilView council,
      YearView yearToDate,
      RollingView rollingTwelveMonths,
      TargetView target,
      List<ReasonView> reasons,
      BigDecimal reasonsTotal,
      List<FindingView> findings) {
    static AbsenceView of(AbsenceReport r) {
      return new AbsenceView(
          r.period(),
          r.table().lines().stream().map(LineView::of).toList(),
          CouncilView.of(r),
          YearView.of(r),
          new RollingView(r.rollingQuarters(), shown(r.rollingTwelveMonths())),
          TargetView.of(r.target()),
          r.reasons().stream().map(ReasonView::of).toList(),
          r.reasonsTotal(),
          views(r.findings()));
    }
  }

  /** The answer to entering council-wide figures or reasons: the appendix and the warnings. */
  @JsonbPropertyOrder({"period", "council", "reasons", "reasonsTotal", "warnings"})
  public record CouncilEntered(
      String period,
      CouncilView council,
      List<ReasonView> reasons,
      BigDecimal reasonsTotal,
      List<FindingView> warnings) {
    static CouncilEntered council(AbsenceReport r) {
      return new CouncilEntered(
          r.period(),
          CouncilView.of(r),
          r.reasons().stream().map(ReasonView::of).toList(),
          r.reasonsTotal(),
          views(r.councilFindings()));
    }

    static CouncilEntered reasons(AbsenceReport r) {
      return new CouncilEntered(
          r.period(),
          CouncilView.of(r),
          r.reasons().stream().map(ReasonView::of).toList(),
          r.reasonsTotal(),
          views(r.reasonFindings()));
    }
  }

  @JsonbPropertyOrder({"year", "daysPerFte"})
  public record TargetSet(String year, BigDecimal daysPerFte) {}
}
