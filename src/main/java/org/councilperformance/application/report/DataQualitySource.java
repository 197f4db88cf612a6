package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilperformance.application.DataQualityReport;
import org.councilperformance.domain.quality.Finding;
import org.councilperformance.domain.report.PackSection;

/**
 * The period's data-quality findings (docs/rules.md#data-quality-checks), from every appendix:
 * where, what was checked, the figure as printed against the one computed, and the message.
 */
@ApplicationScoped
public class DataQualitySource implements SectionSource {
  private final DataQualityReport report;

  @Inject
  public DataQualitySource(DataQualityReport report) {
    this.report = report;
  }

  /** For CDI's client proxy only. */
  protected DataQualitySource() {
    this(null);
  }

  @Override
  public PackSection section() {
    return PackSection.DATA_QUALITY;
  }

  @Override
  public SectionContent content(PackContext context) {
    return new SectionContent(
        section(), "DataQuality", rows(report.findings(context.period())), Map.of());
  }

  static List<Map<String, Object>> rows(List<Finding> findings) {
    return findings.stream().map(DataQualitySource::row).toList();
  }

  private static Map<String, Object> row(Finding finding) {
    Map<String, Object> row = new HashMap<>();
    row.put("appendix", capitalised(finding.appendix()));
    row.put("where", FigureFormats.periodsAsLabels(finding.where()));
    row.put("check", finding.check());
    row.put("stated", finding.stated());
    row.put("statedPattern", patternOf(finding.stated()));
    // One rounding: the computed figure to the decimals the printed one has, as the message says.
    BigDecimal computed = roundedLike(finding.computed(), finding.stated());
    row.put("computed", computed);
    row.put("computedPattern", patternOf(computed));
    row.put("difference", finding.difference());
    // A difference to the decimals of the figures it is between (2.46 − 2.86 is (0.40)).
    row.put(
        "differencePattern",
        signed(patternOf(finding.stated() == null ? finding.difference() : finding.stated())));
    row.put("message", FigureFormats.periodsAsLabels(finding.message()));
    return row;
  }

  /**
   * The computed figure rounded half-up to the decimals of the printed one it is checked against.
   */
  static BigDecimal roundedLike(BigDecimal computed, BigDecimal printed) {
    if (computed == null || printed == null) {
      return computed;
    }
    return computed.setScale(Math.max(printed.scale(), 0), RoundingMode.HALF_UP);
  }

  /** A difference as every change in the pack is printed: a negative one in brackets. */
  private static String signed(String pattern) {
    return pattern + ";(" + pattern + ")";
  }

  /**
   * Each figure is printed to the decimals it carries: a figure supplied as 2.30 is shown as 2.30,
   * 971 as 971, so the table shows what the council printed rather than a rounding of it.
   */
  static String patternOf(BigDecimal figure) {
    int decimals = figure == null ? 0 : Math.max(figure.scale(), 0);
    return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
  }

  private static String capitalised(String appendix) {
    return appendix.isEmpty()
        ? appendix
        : appendix.substring(0, 1).toUpperCase(Locale.UK) + appendix.substring(1);
  }
}
