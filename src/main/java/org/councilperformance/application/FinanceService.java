package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.finance.CapitalFigures;
import org.councilperformance.domain.finance.CapitalFund;
import org.councilperformance.domain.finance.FinanceChecks;
import org.councilperformance.domain.finance.RevenueAccount;
import org.councilperformance.domain.finance.RevenueFigures;
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

  public RevenueAccount reportRevenue(PeriodCode periodCode, Code code, RevenueFigures f) {
    ReportingPeriod period = lookup.period(periodCode);
    period.requireOpenForChanges();
    RevenueAccount account =
        em.createQuery(
                "select a from RevenueAccount a where a.period = :p and a.code = :c",
                RevenueAccount.class)
            .setParameter("p", period)
            .setParameter("c", code.value())
            .getResultStream()
            .findFirst()
            .orElse(null);
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
    CapitalFund fund =
        em.createQuery(
                "select f from CapitalFund f where f.period = :p and f.code = :c",
                CapitalFund.class)
            .setParameter("p", period)
            .setParameter("c", code.value())
            .getResultStream()
            .findFirst()
            .orElse(null);
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

  /** Replaces the period's savings targets. */
  public List<SavingsTarget> replaceSavings(PeriodCode periodCode, List<SavingFigures> figures) {
    ReportingPeriod period = lookup.period(periodCode);
    period.requireOpenForChanges();
    List<SavingsTarget> targets =
        figures.stream()
            .map(f -> new SavingsTarget(period, f.description(), f.target(), f.forecast()))
            .toList();
    savings(period).forEach(em::remove);
    targets.forEach(em::persist);
    return targets;
  }

  @Override
  public List<Finding> findings(ReportingPeriod period) {
    return FinanceChecks.of(period.code(), revenue(period), capital(period));
  }
}
