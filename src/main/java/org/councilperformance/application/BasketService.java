package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.Target;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * A financial year's basket of indicators and actions copied into the next year, with the
 * indicators' targets, in one call (docs/rules.md#copying-a-years-basket).
 */
@ApplicationScoped
public class BasketService {
  private final EntityManager em;
  private final Lookup lookup;
  private final IndicatorService indicators;

  @Inject
  public BasketService(EntityManager em, Lookup lookup, IndicatorService indicators) {
    this.em = em;
    this.lookup = lookup;
    this.indicators = indicators;
  }

  /** For CDI's client proxy only. */
  protected BasketService() {
    this(null, null, null);
  }

  /**
   * What a copy did: the indicators and actions carried into the next year, those whose last
   * reported period had to move to cover it, and the targets copied or kept as they were.
   */
  public record BasketCopy(
      PeriodCode year,
      PeriodCode nextYear,
      List<String> indicatorsCarried,
      List<String> indicatorsExtended,
      List<String> actionsCarried,
      List<String> actionsExtended,
      int targetsCopied,
      int targetsKept) {}

  /**
   * Carries every indicator and action still reported at the end of {@code year} into the next
   * financial year, which must be set up: one whose reported periods end sooner is reported until
   * the next year's end; one retired during the year stays retired. Each carried indicator's annual
   * and quarter targets are copied to the same periods of the next year where that period is set up
   * and has no target yet; a target already set is kept. Copying again changes nothing.
   *
   * @throws InvalidValueException naming {@code year} when it is a quarter
   */
  public BasketCopy copyToNextYear(PeriodCode year) {
    if (year.quarter() != null) {
      throw new InvalidValueException(
          year.source(),
          "a basket is a financial year's: give a year such as 2019-20, not " + year);
    }
    lookup.period(year);
    PeriodCode nextCode = new PeriodCode(year.startYear() + 1, null).readFrom(year.source());
    ReportingPeriod next = lookup.period(nextCode);

    List<String> indicatorsCarried = new ArrayList<>();
    List<String> indicatorsExtended = new ArrayList<>();
    List<Indicator> carried = new ArrayList<>();
    for (Indicator indicator :
        em.createQuery("select i from Indicator i order by i.code", Indicator.class)
            .getResultList()) {
      if (indicator.reportedPeriods().carriedOnFrom(year)) {
        carried.add(indicator);
        indicatorsCarried.add(indicator.code());
        if (indicator.reportedPeriods().endsBefore(nextCode)) {
          indicator.reportUntil(next);
          indicatorsExtended.add(indicator.code());
        }
      }
    }
    List<String> actionsCarried = new ArrayList<>();
    List<String> actionsExtended = new ArrayList<>();
    for (Action action :
        em.createQuery("select a from Action a order by a.code", Action.class).getResultList()) {
      if (action.reportedPeriods().carriedOnFrom(year)) {
        actionsCarried.add(action.code());
        if (action.reportedPeriods().endsBefore(nextCode)) {
          action.reportUntil(next);
          actionsExtended.add(action.code());
        }
      }
    }

    int copied = 0;
    int kept = 0;
    List<PeriodCode> periods = new ArrayList<>(List.of(year));
    for (int quarter = 1; quarter <= 4; quarter++) {
      periods.add(new PeriodCode(year.startYear(), quarter));
    }
    for (PeriodCode from : periods) {
      ReportingPeriod to = em.find(ReportingPeriod.class, nextYearOf(from).toString());
      if (to == null) {
        continue; // the next year's quarter is not set up: nothing to copy to yet
      }
      Map<Long, Target> targetsFrom = indicators.targetsOf(from.toString());
      Map<Long, Target> targetsTo = indicators.targetsOf(to.code());
      for (Indicator indicator : carried) {
        Target source = targetsFrom.get(indicator.id());
        if (source == null) {
          continue;
        }
        if (targetsTo.containsKey(indicator.id())) {
          kept++;
        } else {
          indicators.setTarget(indicator, to, null, source.value());
          copied++;
        }
      }
    }
    return new BasketCopy(
        year,
        nextCode,
        indicatorsCarried,
        indicatorsExtended,
        actionsCarried,
        actionsExtended,
        copied,
        kept);
  }

  private static PeriodCode nextYearOf(PeriodCode period) {
    return new PeriodCode(period.startYear() + 1, period.quarter());
  }
}
