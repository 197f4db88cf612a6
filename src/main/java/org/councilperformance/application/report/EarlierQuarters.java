package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.application.Scope;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * The statuses of the indicators in scope in the quarters before a pack's, for the dashboards'
 * trend charts: up to {@value #QUARTERS} quarters back, those the council has. A pack for a year
 * has none. One query for the periods, then each quarter's statuses as the pack's own are read.
 */
@ApplicationScoped
public class EarlierQuarters {
  static final int QUARTERS = 4;

  /**
   * One earlier quarter: its short label ("Q1 2018/19") and each indicator's status by its code.
   */
  record Quarter(String label, Map<String, RagStatus> statuses) {}

  private final EntityManager em;
  private final IndicatorService indicators;

  @Inject
  public EarlierQuarters(EntityManager em, IndicatorService indicators) {
    this.em = em;
    this.indicators = indicators;
  }

  /** For CDI's client proxy only. */
  protected EarlierQuarters() {
    this(null, null);
  }

  /** The quarters before {@code period} the council has, oldest first. */
  List<Quarter> before(ReportingPeriod period, Scope scope) {
    PeriodCode code = period.periodCode();
    if (code.quarter() == null) {
      return List.of();
    }
    List<String> codes = new ArrayList<>();
    for (int n = 0; n < QUARTERS; n++) {
      code = code.previous();
      codes.add(code.toString());
    }
    return em
        .createQuery(
            "select p from ReportingPeriod p where p.code in :codes", ReportingPeriod.class)
        .setParameter("codes", codes)
        .getResultList()
        .stream()
        .sorted(Comparator.comparing(ReportingPeriod::code))
        .map(p -> new Quarter(label(p.periodCode()), byIndicator(indicators.statuses(p, scope))))
        .toList();
  }

  /** e.g. "Q2 2018/19". */
  static String label(PeriodCode quarter) {
    return "Q" + quarter.quarter() + " " + quarter.financialYear().replace('-', '/');
  }

  static Map<String, RagStatus> byIndicator(List<IndicatorStatus> statuses) {
    Map<String, RagStatus> byId = new HashMap<>();
    for (IndicatorStatus status : statuses) {
      if (status.status() != null) {
        byId.put(status.indicator().code(), status.status());
      }
    }
    return byId;
  }
}
