package org.councilperformance.interfaces.portal.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.action.ActionStatus;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.intervention.OffTrackItem;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.quality.Finding;
import org.councilperformance.domain.report.StatusMark;
import org.councilperformance.domain.risk.RiskPosition;
import org.councilperformance.domain.summary.ActionSummary;
import org.councilperformance.domain.summary.StatusSummary;
import org.councilperformance.domain.trend.IndicatorTrend;
import org.councilperformance.interfaces.portal.Words;

/**
 * The rows of the reading pages' tables. Each row gives the page what it prints and the CSV its
 * cells, in the order of the CSV's headings, so the download has exactly the page's rows. Statuses
 * print as shape and word (docs/rules.md#indicator-status), never by colour alone.
 */
public final class ReadingRows {
  private ReadingRows() {}

  /** A row of a table that downloads as CSV. */
  public interface Row {
    /** Text, or a number a spreadsheet can sum; null for an empty cell. */
    List<Object> cells();
  }

  /** One status as a GOV.UK tag: its classes and its shape and word. */
  public record Tag(String text, String classes) {
    static Tag of(RagStatus status) {
      return status == null ? null : new Tag(Words.status(status), Words.tagClasses(status));
    }
  }

  /**
   * The counts of one priority (or of the whole scope when {@code priority} is null): indicators,
   * actions and year-end forecasts.
   */
  public record PriorityRow(
      Priority priority,
      String name,
      StatusSummary indicators,
      ActionSummary actions,
      StatusSummary forecasts)
      implements Row {
    public static final List<String> HEADINGS =
        List.of(
            "Priority code",
            "Priority",
            "Indicators",
            "Green plus",
            "Green",
            "Amber",
            "Red",
            "Missing",
            "Data only",
            "Indicators on track (%)",
            "Actions",
            "Actions green",
            "Actions amber",
            "Actions red",
            "Actions cancelled",
            "Actions not assessed",
            "Actions on track (%)",
            "Forecasts",
            "Forecast green plus",
            "Forecast green",
            "Forecast amber",
            "Forecast red");

    static PriorityRow of(
        Priority priority,
        String name,
        List<IndicatorStatus> statuses,
        List<IndicatorTrend> trends,
        List<ActionPosition> positions) {
      return new PriorityRow(
          priority,
          name,
          StatusSummary.of(statuses.stream().map(IndicatorStatus::status).toList()),
          ActionSummary.of(positions),
          StatusSummary.of(
              trends.stream().map(IndicatorTrend::forecastStatus).filter(s -> s != null).toList()));
    }

    /** The indicators' counts by status, for the summary card. */
    public List<Count> indicatorCounts() {
      List<Count> counts = new ArrayList<>();
      for (RagStatus s : RagStatus.values()) {
        counts.add(new Count(Tag.of(s), indicators.count(s)));
      }
      return counts;
    }

    public List<Count> actionCounts() {
      return List.of(
          new Count(Tag.of(RagStatus.GREEN), actions.green()),
          new Count(Tag.of(RagStatus.AMBER), actions.amber()),
          new Count(Tag.of(RagStatus.RED), actions.red()),
          new Count(new Tag("Cancelled", "govuk-tag--grey"), actions.cancelled()),
          new Count(new Tag("Not assessed", "govuk-tag--grey"), actions.notAssessed()));
    }

    public List<Count> forecastCounts() {
      return List.of(
          new Count(Tag.of(RagStatus.GREEN_PLUS), forecasts.greenPlus()),
          new Count(Tag.of(RagStatus.GREEN), forecasts.green()),
          new Count(Tag.of(RagStatus.AMBER), forecasts.amber()),
          new Count(Tag.of(RagStatus.RED), forecasts.red()));
    }

    @Override
    public List<Object> cells() {
      return Arrays.asList(
          priority == null ? "" : priority.code(),
          name,
          indicators.total(),
          indicators.greenPlus(),
          indicators.green(),
          indicators.amber(),
          indicators.red(),
          indicators.missing(),
          indicators.dataOnly(),
          indicators.onTrackPercent(),
          actions.total(),
          actions.green(),
          actions.amber(),
          actions.red(),
          actions.cancelled(),
          actions.notAssessed(),
          actions.onTrackPercent(),
          forecasts.total(),
          forecasts.greenPlus(),
          forecasts.green(),
          forecasts.amber(),
          forecasts.red());
    }
  }

  /** The period's commentary on the indicator; empty for none. */
  static String commentaryOf(IndicatorStatus status) {
    return status.measurement() == null || status.measurement().commentary() == null
        ? ""
        : status.measurement().commentary();
  }

  /** How many items have a status. */
  public record Count(Tag tag, int count) {}

  /** The counts that are not nought, e.g. "● Green 5 · ◆ Red 1"; "None" when all are. */
  public static String line(List<Count> counts) {
    List<String> parts =
        counts.stream()
            .filter(c -> c.count() > 0)
            .map(c -> c.tag().text() + " " + c.count())
            .toList();
    return parts.isEmpty() ? "None" : String.join(" · ", parts);
  }

  /** An indicator's line on a dashboard: its position and trend for the period. */
  public record IndicatorRow(IndicatorStatus status, IndicatorTrend trend) implements Row {
    public static final List<String> HEADINGS =
        List.of(
            "Code",
            "Indicator",
            "Business unit",
            "Target",
            "Actual",
            "Status",
            "Since last quarter",
            "Since last year",
            "Year-end forecast status",
            "Commentary");

    public Tag tag() {
      return Tag.of(status.status());
    }

    public Tag forecastTag() {
      return Tag.of(trend.forecastStatus());
    }

    public String actual() {
      if (status.actual() != null) {
        return Words.number(status.actual());
      }
      return status.measurement() == null || status.measurement().missingReason() == null
          ? ""
          : "No figure: " + status.measurement().missingReason();
    }

    public String commentary() {
      return commentaryOf(status);
    }

    public String unit() {
      return status.indicator().businessUnit() == null
          ? ""
          : status.indicator().businessUnit().name();
    }

    @Override
    public List<Object> cells() {
      return Arrays.asList(
          status.indicator().code(),
          status.indicator().name(),
          unit(),
          status.target(),
          status.actual() != null ? status.actual() : actual(),
          Words.status(status.status()),
          StatusMark.of(trend.sincePrevious()),
          StatusMark.of(trend.sinceLastYear()),
          Words.status(trend.forecastStatus()),
          commentary());
    }
  }

  /** An action's line on a dashboard. */
  public record ActionRow(ActionPosition position) implements Row {
    public static final List<String> HEADINGS =
        List.of("Code", "Action", "Business unit", "Due", "Progress (%)", "Status", "Commentary");

    /** Its dashboard colour with the action's status beneath, as the pack prints it. */
    public Tag tag() {
      if (position.rag() != null) {
        return Tag.of(position.rag());
      }
      return new Tag(
          position.status() == ActionStatus.CANCELLED ? "Cancelled" : "Not assessed",
          "govuk-tag--grey");
    }

    public String statusWords() {
      return position.status() == null ? "" : Words.of(position.status());
    }

    public String commentary() {
      return position.update() == null || position.update().commentary() == null
          ? ""
          : position.update().commentary();
    }

    public String unit() {
      return position.action().businessUnit() == null
          ? ""
          : position.action().businessUnit().name();
    }

    @Override
    public List<Object> cells() {
      return Arrays.asList(
          position.action().code(),
          position.action().title(),
          unit(),
          Words.date(position.basis().due()),
          position.progress(),
          tag().text() + (statusWords().isEmpty() ? "" : " (" + statusWords() + ")"),
          commentary());
    }
  }

  /** One quarter of an indicator's chart and table, with the same quarter a year before. */
  public record QuarterRow(ReportingPeriod period, IndicatorStatus status, IndicatorStatus lastYear)
      implements Row {
    public static final List<String> HEADINGS =
        List.of("Period", "Target", "Actual", "Same quarter last year", "Status", "Commentary");

    public Tag tag() {
      return Tag.of(status.status());
    }

    public BigDecimal lastYearActual() {
      return lastYear == null ? null : lastYear.actual();
    }

    public String commentary() {
      return commentaryOf(status);
    }

    @Override
    public List<Object> cells() {
      return Arrays.asList(
          period.label(),
          status.target(),
          status.actual(),
          lastYearActual(),
          Words.status(status.status()),
          commentary());
    }
  }

  /** A red or amber item of the exception report. */
  public record ExceptionRow(OffTrackItem item) implements Row {
    public static final List<String> HEADINGS =
        List.of(
            "Kind",
            "Code",
            "Name",
            "Business unit",
            "Status",
            "Commentary",
            "Intervention plans",
            "Plan missing",
            "Commentary missing");

    public Tag tag() {
      return Tag.of(item.status());
    }

    public String plans() {
      return String.join("; ", item.plans().stream().map(p -> p.code() + " " + p.title()).toList());
    }

    @Override
    public List<Object> cells() {
      return Arrays.asList(
          Words.of(item.kind()),
          item.code(),
          item.name(),
          item.businessUnit(),
          Words.status(item.status()),
          item.commentary(),
          plans(),
          item.lacksPlan() ? "Yes" : "No",
          item.lacksCommentary() ? "Yes" : "No");
    }
  }

  /** A data-quality finding. */
  public record FindingRow(Finding finding) implements Row {
    public static final List<String> HEADINGS =
        List.of("Appendix", "Where", "Check", "Stated", "Computed", "Difference", "Finding");

    @Override
    public List<Object> cells() {
      return Arrays.asList(
          finding.appendix(),
          finding.where(),
          finding.check(),
          finding.stated(),
          finding.computed(),
          finding.difference(),
          finding.message());
    }
  }

  /** A risk on the register. */
  public record RiskRow(RiskPosition position) implements Row {
    public static final List<String> HEADINGS =
        List.of(
            "Code",
            "Risk",
            "Owner",
            "Business unit",
            "Inherent score",
            "Inherent band",
            "Residual likelihood",
            "Residual impact",
            "Residual score",
            "Residual band",
            "Direction of travel",
            "Last reviewed");

    public Tag inherentTag() {
      return Tag.of(position.risk().inherentBand());
    }

    public Tag residualTag() {
      return Tag.of(position.risk().residualBand());
    }

    /** Arrow and word; "Not reviewed yet" where there is nothing to compare. */
    public String direction() {
      String words = StatusMark.of(position.direction());
      return words.isEmpty() ? "Not reviewed yet" : words;
    }

    public String lastReviewed() {
      return position.latestReview() == null
          ? ""
          : Words.date(position.latestReview().reviewDate());
    }

    @Override
    public List<Object> cells() {
      var risk = position.risk();
      return Arrays.asList(
          risk.code(),
          risk.title(),
          risk.owner(),
          risk.businessUnit() == null ? "" : risk.businessUnit().name(),
          risk.inherent().score(),
          Words.status(risk.inherentBand()),
          risk.residual().likelihood(),
          risk.residual().impact(),
          risk.residual().score(),
          Words.status(risk.residualBand()),
          direction(),
          lastReviewed());
    }
  }
}
