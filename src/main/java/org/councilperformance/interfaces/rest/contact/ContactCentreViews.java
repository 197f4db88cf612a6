package org.councilperformance.interfaces.rest.contact;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.councilperformance.domain.contact.CallFigures;
import org.councilperformance.domain.contact.CallPercentages;
import org.councilperformance.domain.contact.ContactCentreQuarter;
import org.councilperformance.domain.contact.ContactCentreQuarter.MonthRow;
import org.councilperformance.domain.contact.PrintedTotals;
import org.councilperformance.domain.quality.Finding;
import org.councilperformance.interfaces.rest.quality.DataQualityResource.FindingView;

/** What the contact-centre endpoints answer. */
public final class ContactCentreViews {
  /** Computed percentages are shown to one decimal place, rounded half-up. */
  private static final int PERCENT_PLACES = 1;

  static final String PERCENT_RULE =
      "% abandoned = "
          + CallPercentages.ABANDONED_RULE
          + "; % answered within 30 s = "
          + CallPercentages.WITHIN_30S_RULE
          + "; % answered within 60 s = "
          + CallPercentages.WITHIN_60S_RULE
          + " (one decimal, half-up)";

  private ContactCentreViews() {}

  /**
   * One column of the table: the counts and their percentages. In a {@code change} the counts are
   * this year − last year and the percentages the change in percentage points.
   */
  @JsonbPropertyOrder({
    "received",
    "answered",
    "answeredWithin30s",
    "answeredWithin60s",
    "abandoned",
    "rejected",
    "abandonedPercent",
    "answeredWithin30sPercent",
    "answeredWithin60sPercent"
  })
  public record FiguresView(
      BigDecimal received,
      BigDecimal answered,
      BigDecimal answeredWithin30s,
      BigDecimal answeredWithin60s,
      BigDecimal abandoned,
      BigDecimal rejected,
      BigDecimal abandonedPercent,
      BigDecimal answeredWithin30sPercent,
      BigDecimal answeredWithin60sPercent) {
    static FiguresView of(CallFigures f, CallPercentages p) {
      if (f == null) {
        return null;
      }
      CallPercentages r = p == null ? CallPercentages.NONE : p.rounded(PERCENT_PLACES);
      return new FiguresView(
          f.received(),
          f.answered(),
          f.answeredWithin30s(),
          f.answeredWithin60s(),
          f.abandoned(),
          f.rejected(),
          r.abandoned(),
          r.answeredWithin30s(),
          r.answeredWithin60s());
    }
  }

  /** A row of figures as printed, without percentages. */
  @JsonbPropertyOrder({
    "received",
    "answered",
    "answeredWithin30s",
    "answeredWithin60s",
    "abandoned",
    "rejected"
  })
  public record PrintedFiguresView(
      BigDecimal received,
      BigDecimal answered,
      BigDecimal answeredWithin30s,
      BigDecimal answeredWithin60s,
      BigDecimal abandoned,
      BigDecimal rejected) {
    static PrintedFiguresView of(CallFigures f) {
      return f == null || f.isEmpty()
          ? null
          : new PrintedFiguresView(
              f.received(),
              f.answered(),
              f.answeredWithin30s(),
              f.answeredWithin60s(),
              f.abandoned(),
              f.rejected());
    }
  }

  @JsonbPropertyOrder({"abandoned", "answeredWithin30s", "answeredWithin60s"})
  public record PercentagesView(
      BigDecimal abandoned, BigDecimal answeredWithin30s, BigDecimal answeredWithin60s) {
    static PercentagesView of(CallPercentages p) {
      return p == null || p.isEmpty()
          ? null
          : new PercentagesView(p.abandoned(), p.answeredWithin30s(), p.answeredWithin60s());
    }
  }

  /**
   * A month beside the same month last year. {@code warnings} are its data-quality findings: they
   * never stop a figure being saved.
   */
  @JsonbPropertyOrder({
    "month",
    "name",
    "period",
    "thisYear",
    "lastYearMonth",
    "lastYear",
    "change",
    "suppliedChange",
    "warnings"
  })
  public record MonthView(
      String month,
      String name,
      String period,
      FiguresView thisYear,
      String lastYearMonth,
      FiguresView lastYear,
      FiguresView change,
      PrintedFiguresView suppliedChange,
      List<FindingView> warnings) {
    static MonthView of(MonthRow row, String period) {
      return new MonthView(
          row.month().toString(),
          row.name(),
          period,
          FiguresView.of(row.thisYear(), row.percentages()),
          row.lastYearMonth().toString(),
          FiguresView.of(row.lastYear(), row.lastYearPercentages()),
          FiguresView.of(row.change(), row.percentageChange()),
          PrintedFiguresView.of(row.printedChange()),
          views(row.findings()));
    }
  }

  /**
   * The quarter's totals: sums of the months reported so far, last year's beside them, and the
   * change once both years have all three months.
   */
  @JsonbPropertyOrder({"monthsReported", "thisYear", "lastYear", "change"})
  public record TotalView(
      int monthsReported, FiguresView thisYear, FiguresView lastYear, FiguresView change) {
    static TotalView of(ContactCentreQuarter q) {
      CallFigures change = q.change();
      return new TotalView(
          q.monthsReported(),
          FiguresView.of(q.totals(), q.percentages()),
          FiguresView.of(q.lastYearTotals(), q.lastYearPercentages()),
          change == null
              ? null
              : FiguresView.of(change, q.percentages().minus(q.lastYearPercentages())));
    }
  }

  /** What the council printed beneath the quarter's table, as recorded. */
  @JsonbPropertyOrder({
    "period",
    "totals",
    "lastYearTotals",
    "change",
    "percentages",
    "lastYearPercentages",
    "warnings"
  })
  public record SuppliedView(
      String period,
      PrintedFiguresView totals,
      PrintedFiguresView lastYearTotals,
      PrintedFiguresView change,
      PercentagesView percentages,
      PercentagesView lastYearPercentages,
      List<FindingView> warnings) {
    static SuppliedView of(String period, PrintedTotals p, List<Finding> warnings) {
      return new SuppliedView(
          period,
          PrintedFiguresView.of(p.totals()),
          PrintedFiguresView.of(p.lastYearTotals()),
          PrintedFiguresView.of(p.change()),
          PercentagesView.of(p.percentages()),
          PercentagesView.of(p.lastYearPercentages()),
          views(warnings));
    }
  }

  /** A quarter's contact-centre table as computed, with every finding of the quarter. */
  @JsonbPropertyOrder({
    "period",
    "lastYearPeriod",
    "percentRule",
    "months",
    "total",
    "supplied",
    "findings"
  })
  public record QuarterView(
      String period,
      String lastYearPeriod,
      String percentRule,
      List<MonthView> months,
      TotalView total,
      SuppliedView supplied,
      List<FindingView> findings) {
    static QuarterView of(ContactCentreQuarter q) {
      String period = q.quarter().toString();
      List<Finding> all = q.findings();
      boolean printed = !q.printed().equals(PrintedTotals.NONE);
      return new QuarterView(
          period,
          q.lastYearQuarter().toString(),
          PERCENT_RULE,
          q.months().stream().map(r -> MonthView.of(r, period)).toList(),
          TotalView.of(q),
          printed ? SuppliedView.of(period, q.printed(), q.printedFindings()) : null,
          views(all));
    }
  }

  static List<FindingView> views(List<Finding> findings) {
    return findings.stream().map(FindingView::of).toList();
  }
}
