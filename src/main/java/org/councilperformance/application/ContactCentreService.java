package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.contact.CallFigures;
import org.councilperformance.domain.contact.ContactCentreMonth;
import org.councilperformance.domain.contact.ContactCentreQuarter;
import org.councilperformance.domain.contact.PrintedTotals;
import org.councilperformance.domain.contact.SuppliedQuarterTotals;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.PeriodType;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.quality.Finding;

/**
 * The contact-centre appendix: calls per month, the figures a council printed beneath each
 * quarter's table, and the quarter as computed from them. Corporate figures: only admins change
 * them (AccessPolicy refuses everyone else at the request).
 */
@ApplicationScoped
public class ContactCentreService implements FindingSource {
  private final EntityManager em;
  private final Lookup lookup;
  private final Clock clock;

  @Inject
  public ContactCentreService(EntityManager em, Lookup lookup, Clock clock) {
    this.em = em;
    this.lookup = lookup;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected ContactCentreService() {
    this(null, null, null);
  }

  /**
   * Records a month's counts (and the +/- printed beside them), replacing what was there. The
   * month's quarter must be set up (404) and open (409).
   */
  public ContactCentreMonth recordMonth(
      YearMonth month, CallFigures counts, CallFigures printedChange) {
    ReportingPeriod quarter = lookup.period(ContactCentreMonth.quarterOf(month));
    quarter.requireOpenForChanges();
    ContactCentreMonth stored = find(month);
    boolean isNew = stored == null;
    if (isNew) {
      stored = new ContactCentreMonth(month, quarter);
    }
    stored.record(counts, printedChange, Caller.current().name(), clock.instant());
    if (isNew) {
      em.persist(stored);
    }
    return stored;
  }

  /** Records what was printed beneath a quarter's table, replacing what was there. */
  public SuppliedQuarterTotals recordPrintedTotals(PeriodCode periodCode, PrintedTotals printed) {
    ReportingPeriod quarter = quarterPeriod(periodCode);
    quarter.requireOpenForChanges();
    SuppliedQuarterTotals stored = printedTotals(quarter);
    boolean isNew = stored == null;
    if (isNew) {
      stored = new SuppliedQuarterTotals(quarter);
    }
    stored.record(printed, Caller.current().name(), clock.instant());
    if (isNew) {
      em.persist(stored);
    }
    return stored;
  }

  /** A month's stored figures, or null when none are entered. */
  public ContactCentreMonth storedMonth(YearMonth month) {
    return find(month);
  }

  /** What was printed beneath a quarter's table as stored, or null when nothing is. */
  public SuppliedQuarterTotals storedTotals(PeriodCode periodCode) {
    return printedTotals(quarterPeriod(periodCode));
  }

  public ContactCentreMonth month(YearMonth month) {
    ContactCentreMonth stored = find(month);
    if (stored == null) {
      throw new NotFoundException(
          "month", "no contact-centre figures for " + ContactCentreMonth.name(month));
    }
    return stored;
  }

  /** Whether figures for the month have been entered. */
  public boolean hasMonth(YearMonth month) {
    return find(month) != null;
  }

  /** A quarter's table as computed, with last year's months beside this year's. */
  public ContactCentreQuarter quarter(PeriodCode periodCode) {
    return compute(quarterPeriod(periodCode));
  }

  /** A quarter already looked up, as computed. */
  public ContactCentreQuarter quarter(ReportingPeriod quarter) {
    return compute(quarter);
  }

  /** The quarter a month belongs to, as computed. */
  public ContactCentreQuarter quarterOf(YearMonth month) {
    return compute(lookup.period(ContactCentreMonth.quarterOf(month)));
  }

  /** The findings of a quarter, or of each quarter of a financial year that is set up. */
  @Override
  public List<Finding> findings(ReportingPeriod period) {
    if (period.type() == PeriodType.QUARTER) {
      return compute(period).findings();
    }
    List<Finding> found = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      ReportingPeriod quarter =
          em.find(
              ReportingPeriod.class, new PeriodCode(period.periodCode().startYear(), q).toString());
      if (quarter != null) {
        found.addAll(compute(quarter).findings());
      }
    }
    return found;
  }

  private ContactCentreQuarter compute(ReportingPeriod quarter) {
    PeriodCode code = quarter.periodCode();
    List<String> wanted = new ArrayList<>();
    for (YearMonth m : ContactCentreMonth.monthsOf(code)) {
      wanted.add(m.toString());
      wanted.add(m.minusYears(1).toString());
    }
    Map<YearMonth, CallFigures> counts = new HashMap<>();
    Map<YearMonth, CallFigures> printedChanges = new HashMap<>();
    em.createQuery(
            "select m from ContactCentreMonth m where m.month in :months", ContactCentreMonth.class)
        .setParameter("months", wanted)
        .getResultStream()
        .forEach(
            m -> {
              counts.put(m.month(), m.counts());
              printedChanges.put(m.month(), m.suppliedChange());
            });
    SuppliedQuarterTotals printed = printedTotals(quarter);
    return new ContactCentreQuarter(
        code, counts, printedChanges, printed == null ? PrintedTotals.NONE : printed.printed());
  }

  private ReportingPeriod quarterPeriod(PeriodCode periodCode) {
    ReportingPeriod period = lookup.period(periodCode);
    if (period.type() != PeriodType.QUARTER) {
      throw new InvalidValueException(
          periodCode.source(),
          "the contact-centre table is kept per quarter; ask for a quarter such as "
              + period.code()
              + "-Q2");
    }
    return period;
  }

  private SuppliedQuarterTotals printedTotals(ReportingPeriod quarter) {
    return em.createQuery(
            "select s from SuppliedQuarterTotals s where s.period = :p",
            SuppliedQuarterTotals.class)
        .setParameter("p", quarter)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private ContactCentreMonth find(YearMonth month) {
    return em.createQuery(
            "select m from ContactCentreMonth m where m.month = :month", ContactCentreMonth.class)
        .setParameter("month", month.toString())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
