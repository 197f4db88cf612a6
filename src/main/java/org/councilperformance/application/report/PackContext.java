package org.councilperformance.application.report;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.councilperformance.application.ActionService;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.application.Scope;
import org.councilperformance.application.TrendService;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.report.NarrativeSubject;
import org.councilperformance.domain.report.PackCover;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.trend.IndicatorTrend;

/**
 * One pack's request and the reads several sections share (summary, dashboards, exceptions and
 * compendium all need the period's statuses), each made once, when first needed.
 */
public final class PackContext {
  private final ReportingPeriod period;
  private final Scope scope;
  private final String councilName;
  private final PackCover cover;
  private final Supplier<List<IndicatorStatus>> statuses;
  private final Supplier<List<IndicatorTrend>> trends;
  private final Supplier<List<ActionPosition>> actions;
  private final List<PackSection> sections;
  private final Supplier<Map<NarrativeSubject, String>> narratives;

  PackContext(
      ReportingPeriod period,
      Scope scope,
      String councilName,
      PackCover cover,
      IndicatorService indicatorService,
      TrendService trendService,
      ActionService actionService,
      List<PackSection> sections,
      Supplier<Map<NarrativeSubject, String>> narratives,
      boolean published) {
    this.period = period;
    this.scope = scope;
    this.councilName = councilName;
    this.cover = cover;
    // The public edition (docs/open-data.md#the-pack) prints no commentary marked internal.
    this.statuses =
        once(
            () ->
                published
                    ? indicatorService.statuses(period, scope).stream()
                        .map(IndicatorStatus::asPublished)
                        .toList()
                    : indicatorService.statuses(period, scope));
    this.trends = once(() -> trendService.trends(period.periodCode(), statuses()));
    this.actions =
        once(
            () ->
                published
                    ? actionService.positions(period, scope).stream()
                        .map(ActionPosition::asPublished)
                        .toList()
                    : actionService.positions(period, scope));
    this.sections = List.copyOf(sections);
    this.narratives = once(narratives);
  }

  /** The sections this pack prints, in pack order: what the front sheet lists as appendices. */
  public List<PackSection> sections() {
    return sections;
  }

  /** The officers' narrative about a priority or appendix, or null when none is written. */
  public String narrative(NarrativeSubject subject) {
    return narratives.get().get(subject);
  }

  public ReportingPeriod period() {
    return period;
  }

  public Scope scope() {
    return scope;
  }

  /** The council's name as configured, e.g. "North West Leicestershire District Council". */
  public String councilName() {
    return councilName;
  }

  /** The cover the pack prints. */
  public PackCover cover() {
    return cover;
  }

  /** Whether the pack prints a section, e.g. the data-quality appendix that lists every finding. */
  public boolean prints(PackSection section) {
    return sections.contains(section);
  }

  /** Whom the pack covers, e.g. "Whole council" or "Priority: Value For Money". */
  public String scopeText() {
    return scope.description();
  }

  /** The indicators in scope with their statuses, in code order. */
  public List<IndicatorStatus> statuses() {
    return statuses.get();
  }

  /** The trends of {@link #statuses()}, in the same order. */
  public List<IndicatorTrend> trends() {
    return trends.get();
  }

  public List<ActionPosition> actions() {
    return actions.get();
  }

  private static <T> Supplier<T> once(Supplier<T> read) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) {
          value = read.get();
        }
        return value;
      }
    };
  }
}
