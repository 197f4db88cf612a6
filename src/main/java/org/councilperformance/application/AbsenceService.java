package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.absence.AbsenceFigures;
import org.councilperformance.domain.absence.AbsenceRates;
import org.councilperformance.domain.absence.AbsenceReasonShare;
import org.councilperformance.domain.absence.AbsenceRecord;
import org.councilperformance.domain.absence.AbsenceReport;
import org.councilperformance.domain.absence.AbsenceTable;
import org.councilperformance.domain.absence.AbsenceTarget;
import org.councilperformance.domain.absence.AbsenceTargetComparison;
import org.councilperformance.domain.absence.CouncilAbsence;
import org.councilperformance.domain.absence.LongTermFollowUp;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.PeriodType;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * The sickness-absence appendix: each work area's (business unit's) days lost and FTE per quarter,
 * what the council supplied for the whole council, the reasons for absence, the corporate target
 * per year, and the appendix with its computed figures and findings. Absence is corporate: only
 * admins change it (AccessPolicy refuses everyone else before a request gets here).
 */
@ApplicationScoped
public class AbsenceService {
  private final EntityManager em;
  private final Lookup lookup;
  private final Clock clock;

  @Inject
  public AbsenceService(EntityManager em, Lookup lookup, Clock clock) {
    this.em = em;
    this.lookup = lookup;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected AbsenceService() {
    this(null, null, null);
  }

  /** A work area's stored line for a quarter, or null when none is entered. */
  public AbsenceRecord line(PeriodCode periodCode, Code unitCode) {
    return lineOf(lookup.period(periodCode), lookup.businessUnit(unitCode));
  }

  /** The council's own figures and reasons stored for a quarter, or null when none are. */
  public CouncilAbsence council(PeriodCode periodCode) {
    return councilIn(lookup.period(periodCode));
  }

  /** The corporate target stored for a financial year, or null when none is set. */
  public AbsenceTarget target(PeriodCode yearCode) {
    return targetOf(lookup.period(yearCode).code());
  }

  private AbsenceRecord lineOf(ReportingPeriod period, BusinessUnit unit) {
    return em.createQuery(
            "select r from AbsenceRecord r where r.period = :p and r.businessUnit = :u",
            AbsenceRecord.class)
        .setParameter("p", period)
        .setParameter("u", unit)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Records a work area's line for a quarter, replacing any earlier one. */
  public AbsenceRecord recordLine(
      PeriodCode periodCode, Code unitCode, AbsenceFigures figures, LongTermFollowUp followUp) {
    ReportingPeriod period = openQuarter(periodCode);
    BusinessUnit unit = lookup.businessUnit(unitCode);
    AbsenceRecord line = lineOf(period, unit);
    boolean isNew = line == null;
    if (isNew) {
      line = new AbsenceRecord(period, unit);
    }
    line.record(figures, followUp, Caller.current().name(), clock.instant());
    if (isNew) {
      em.persist(line);
    }
    return line;
  }

  /** Keeps the council's own total row, projection and follow-up figures for a quarter. */
  public CouncilAbsence recordCouncil(
      PeriodCode periodCode,
      AbsenceFigures statedTotal,
      BigDecimal statedProjection,
      LongTermFollowUp followUp) {
    CouncilAbsence council = councilFor(openQuarter(periodCode));
    council.state(
        statedTotal.longTermDays(),
        statedTotal.shortTermDays(),
        statedTotal.statedTotalDays(),
        statedTotal.fte(),
        statedTotal.statedDaysPerFte(),
        statedProjection,
        followUp,
        Caller.current().name(),
        clock.instant());
    return council;
  }

  /** Replaces the reasons for absence of a quarter. */
  public CouncilAbsence recordReasons(PeriodCode periodCode, List<AbsenceReasonShare> reasons) {
    CouncilAbsence council = councilFor(openQuarter(periodCode));
    council.explain(reasons, Caller.current().name(), clock.instant());
    return council;
  }

  /** Sets the corporate target (days per FTE in the year) for a financial year. */
  public AbsenceTarget setTarget(PeriodCode yearCode, BigDecimal daysPerFte) {
    ReportingPeriod year = lookup.period(yearCode);
    year.requireOpenForChanges();
    AbsenceTarget target = targetOf(year.code());
    if (target == null) {
      target = new AbsenceTarget(year, daysPerFte);
      em.persist(target);
    } else {
      target.reset(daysPerFte);
    }
    return target;
  }

  /** Whether a quarter has any absence figures (the sample loads only into a quarter without). */
  public boolean hasFigures(PeriodCode periodCode) {
    ReportingPeriod period = lookup.period(periodCode);
    return !em.createQuery("select r.id from AbsenceRecord r where r.period = :p")
            .setParameter("p", period)
            .setMaxResults(1)
            .getResultList()
            .isEmpty()
        || councilIn(period) != null;
  }

  public AbsenceReport report(PeriodCode periodCode) {
    ReportingPeriod period = lookup.period(periodCode);
    if (period.type() != PeriodType.QUARTER) {
      throw quarterOnly(period);
    }
    return report(period);
  }

  /** The quarter's appendix; one query for the lines of every quarter it needs. */
  public AbsenceReport report(ReportingPeriod period) {
    PeriodCode code = period.periodCode();
    List<String> yearQuarters =
        IntStream.rangeClosed(1, code.quarter())
            .mapToObj(q -> new PeriodCode(code.startYear(), q).toString())
            .toList();
    List<String> rolling = new ArrayList<>();
    for (PeriodCode q = code; rolling.size() < 4; q = q.previous()) {
      rolling.add(q.toString());
    }
    Collections.reverse(rolling);
    List<String> needed = new ArrayList<>(yearQuarters);
    needed.addAll(rolling);
    Map<String, List<AbsenceRecord>> byQuarter =
        em.createQuery(
                "select r from AbsenceRecord r join fetch r.businessUnit u join fetch r.period p"
                    + " where p.code in :codes order by u.name, u.code",
                AbsenceRecord.class)
            .setParameter("codes", needed)
            .getResultStream()
            .collect(Collectors.groupingBy(r -> r.period().code()));
    Map<String, BigDecimal> rates =
        needed.stream()
            .distinct()
            .filter(byQuarter::containsKey)
            .collect(Collectors.toMap(q -> q, q -> table(q, byQuarter.get(q)).councilDaysPerFte()));

    CouncilAbsence council = councilIn(period);
    List<BigDecimal> soFar = yearQuarters.stream().map(rates::get).toList();
    BigDecimal projection = AbsenceRates.projection(soFar);
    AbsenceTarget target = targetOf(code.year().toString());
    return new AbsenceReport(
        table(period.code(), byQuarter.getOrDefault(period.code(), List.of())),
        council == null ? null : council.statedTotal(),
        council == null ? null : council.statedProjection(),
        council == null ? null : council.followUp(),
        council == null ? List.of() : council.reasons(),
        yearQuarters,
        AbsenceRates.yearToDate(soFar),
        projection,
        rolling,
        AbsenceRates.rollingTwelveMonths(rolling.stream().map(rates::get).toList()),
        target == null ? null : AbsenceTargetComparison.of(target.daysPerFte(), projection));
  }

  private static AbsenceTable table(String period, List<AbsenceRecord> records) {
    return new AbsenceTable(
        period,
        records.stream()
            .map(
                r ->
                    new AbsenceTable.Line(
                        r.businessUnit().code(),
                        r.businessUnit().name(),
                        r.figures(),
                        r.followUp()))
            .toList());
  }

  private ReportingPeriod openQuarter(PeriodCode periodCode) {
    ReportingPeriod period = lookup.period(periodCode);
    if (period.type() != PeriodType.QUARTER) {
      throw quarterOnly(period);
    }
    period.requireOpenForChanges();
    return period;
  }

  private static InvalidValueException quarterOnly(ReportingPeriod period) {
    return new InvalidValueException(
        "period",
        "absence is reported by quarter, such as "
            + period.financialYear()
            + "-Q1; "
            + period.code()
            + " is a year");
  }

  private CouncilAbsence councilFor(ReportingPeriod period) {
    CouncilAbsence council = councilIn(period);
    if (council == null) {
      council = new CouncilAbsence(period, Caller.current().name(), clock.instant());
      em.persist(council);
    }
    return council;
  }

  private CouncilAbsence councilIn(ReportingPeriod period) {
    return em.createQuery(
            "select c from CouncilAbsence c where c.period = :p", CouncilAbsence.class)
        .setParameter("p", period)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private AbsenceTarget targetOf(String yearCode) {
    return em.createQuery(
            "select t from AbsenceTarget t where t.year.code = :y", AbsenceTarget.class)
        .setParameter("y", yearCode)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
