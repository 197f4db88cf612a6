package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.List;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.finance.CapitalFigures;
import org.councilperformance.domain.finance.CapitalFund;
import org.councilperformance.domain.finance.FinanceChecks;
import org.councilperformance.domain.finance.RevenueAccount;
import org.councilperformance.domain.finance.RevenueFigures;
import org.councilperformance.domain.finance.Savings;
import org.councilperformance.domain.finance.SavingsTarget;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.quality.Finding;

/**
 * The finance appendix: revenue accounts, the capital programme and savings, per period. Finance is
 * corporate: only admins change it (the access policy), everyone signed in reads it.
 */
@ApplicationScoped
public class FinanceService implements FindingSource {
  private final EntityManager em;
  private final Lookup lookup;

  @Inject
  public FinanceService(EntityManager em, Lookup lookup) {
    this.em = em;
    this.lookup = lookup;
  }

  /** For CDI's client proxy only. */
  protected FinanceService() {
    this(null, null);
  }

  public List<RevenueAccount> revenue(PeriodCode periodCode) {
    return revenue(lookup.period(periodCode));
  }

  public List<RevenueAccount> revenue(ReportingPeriod period) {
    return em.createQuery(
            "select distinct a from RevenueAccount a left join fetch a.comments"
                + " where a.period = :p order by a.code",
            RevenueAccount.class)
        .setParameter("p", period)
        .getResultList();
  }

  public List<CapitalFund> capital(PeriodCode periodCode) {
    return capital(lookup.period(periodCode));
  }

  public List<CapitalFund> capital(ReportingPeriod period) {
    return em.createQuery(
            "select f from CapitalFund f where f.period = :p order by f.code", CapitalFund.class)
        .setParameter("p", period)
        .getResultList();
  }

  public List<SavingsTarget> savings(PeriodCode periodCode) {
    return savings(lookup.period(periodCode));
  }

  public List<SavingsTarget> savings(ReportingPeriod period) {
    return em.createQuery(
            "select s from SavingsTarget s where s.period = :p order by s.id", SavingsTarget.class)
        .setParameter("p", period)
        .getResultList();
  }

  /** A revenue account stored for the period, or null. */
  public RevenueAccount revenueAccount(PeriodCode periodCode, Code code) {
    return revenueAccount(lookup.period(periodCode), code);
  }

  /** A capital fund stored for the period, or null. */
  public CapitalFund capitalFund(PeriodCode periodCode, Code code) {
    return capitalFund(lookup.period(periodCode), code);
  }

  private RevenueAccount revenueAccount(ReportingPeriod period, Code code) {
    return em.createQuery(
            "select a from RevenueAccount a where a.period = :p and a.code = :c",
            RevenueAccount.class)
        .setParameter("p", period)
        .setParameter("c", code.value())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private CapitalFund capitalFund(ReportingPeriod period, Code code) {
    return em.createQuery(
            "select f from CapitalFund f where f.period = :p and f.code = :c", CapitalFund.class)
        .setParameter("p", period)
        .setParameter("c", code.value())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  public RevenueAccount reportRevenue(PeriodCode periodCode, Code code, RevenueFigures f) {
    ReportingPeriod period = lookup.period(periodCode);
    period.requireOpenForChanges();
    RevenueAccount account = revenueAccount(period, code);
    boolean isNew = account == null;
    if (isNew) {
      account = new RevenueAccount(period, code.value());
    }
    account.report(f);
    if (isNew) {
      em.persist(account);
    }
    return account;
  }

  public CapitalFund reportCapital(PeriodCode periodCode, Code code, CapitalFigures f) {
    ReportingPeriod period = lookup.period(periodCode);
    period.requireOpenForChanges();
    CapitalFund fund = capitalFund(period, code);
    boolean isNew = fund == null;
    if (isNew) {
      fund = new CapitalFund(period, code.value());
    }
    fund.report(f);
    if (isNew) {
      em.persist(fund);
    }
    return fund;
  }

  /** A saving as supplied, in pounds. */
  public record SavingFigures(String description, BigDecimal target, BigDecimal forecast) {}

  /**
   * The period's savings as a change is about to replace them: the period's row is locked until the
   * transaction ends, so that two replacements take turns, and the rows are read as last committed
   * rather than as this transaction first saw them (docs/design.md#versions).
   */
  public Savings savingsToReplace(PeriodCode periodCode) {
    ReportingPeriod period = lookup.period(periodCode);
    em.refresh(period, LockModeType.PESSIMISTIC_WRITE);
    return new Savings(
        em.createQuery(
                "select s from SavingsTarget s where s.period = :p order by s.id",
                SavingsTarget.class)
            .setParameter("p", period)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList());
  }

  /** Replaces the period's savings targets; the same list again changes nothing. */
  public Savings replaceSavings(PeriodCode periodCode, List<SavingFigures> figures) {
    Savings current = savingsToReplace(periodCode);
    ReportingPeriod period = lookup.period(periodCode);
    period.requireOpenForChanges();
    List<SavingsTarget> targets =
        figures.stream()
            .map(f -> new SavingsTarget(period, f.description(), f.target(), f.forecast()))
            .toList();
    if (current.sameAs(targets)) {
      return current;
    }
    current.targets().forEach(em::remove);
    targets.forEach(em::persist);
    return new Savings(targets);
  }

  @Override
  public List<Finding> findings(ReportingPeriod period) {
    return FinanceChecks.of(period.code(), revenue(period), capital(period));
  }
}
