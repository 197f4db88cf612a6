package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.councilperformance.domain.finance.AmountsIn;
import org.councilperformance.domain.finance.CapitalFund;
import org.councilperformance.domain.finance.FinanceChecks;
import org.councilperformance.domain.finance.RevenueAccount;
import org.councilperformance.domain.finance.SavingsTarget;
import org.councilperformance.domain.finance.VarianceComment;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.quality.Finding;

/**
 * The finance appendix: revenue accounts, the capital programme and savings, per period. Finance is
 * corporate: only admins change it (the access policy), everyone signed in reads it.
 */
@ApplicationScoped
@Transactional
public class FinanceService implements FindingSource {
  @PersistenceContext private EntityManager em;
  @Inject private Lookup lookup;

  /** A revenue account's figures as supplied; see {@link RevenueAccount#report}. */
  public record RevenueFigures(
      String name,
      AmountsIn amountsIn,
      BigDecimal originalBudget,
      BigDecimal forecastOutturn,
      BigDecimal statedVariance,
      String varianceHeadline,
      BigDecimal statedNetMovement,
      List<VarianceComment> comments) {}

  /** A capital fund's column as supplied; see {@link CapitalFund#report}. */
  public record CapitalFigures(
      String name,
      AmountsIn amountsIn,
      BigDecimal approvedBudget,
      BigDecimal carriedForward,
      BigDecimal approvedInYear,
      BigDecimal slippage,
      BigDecimal statedTotalBudget,
      BigDecimal likelyOutturn,
      BigDecimal statedVariance,
      String comments) {}

  public List<RevenueAccount> revenue(String periodCode) {
    ReportingPeriod period = lookup.period(periodCode, "period");
    return em.createQuery(
            "select distinct a from RevenueAccount a left join fetch a.comments"
                + " where a.period = :p order by a.code",
            RevenueAccount.class)
        .setParameter("p", period)
        .getResultList();
  }

  public List<CapitalFund> capital(String periodCode) {
    return em.createQuery(
            "select f from CapitalFund f where f.period = :p order by f.code", CapitalFund.class)
        .setParameter("p", lookup.period(periodCode, "period"))
        .getResultList();
  }

  public List<SavingsTarget> savings(String periodCode) {
    return em.createQuery(
            "select s from SavingsTarget s where s.period = :p order by s.id", SavingsTarget.class)
        .setParameter("p", lookup.period(periodCode, "period"))
        .getResultList();
  }

  public RevenueAccount reportRevenue(String periodCode, String code, RevenueFigures f) {
    ReportingPeriod period = lookup.period(periodCode, "period");
    period.requireOpenForChanges();
    RevenueAccount account =
        em.createQuery(
                "select a from RevenueAccount a where a.period = :p and a.code = :c",
                RevenueAccount.class)
            .setParameter("p", period)
            .setParameter("c", code)
            .getResultStream()
            .findFirst()
            .orElse(null);
    boolean isNew = account == null;
    if (isNew) {
      account = new RevenueAccount(period, code);
    }
    account.report(
        f.name(),
        f.amountsIn(),
        f.originalBudget(),
        f.forecastOutturn(),
        f.statedVariance(),
        f.varianceHeadline(),
        f.statedNetMovement(),
        f.comments());
    if (isNew) {
      em.persist(account);
    }
    return account;
  }

  public CapitalFund reportCapital(String periodCode, String code, CapitalFigures f) {
    ReportingPeriod period = lookup.period(periodCode, "period");
    period.requireOpenForChanges();
    CapitalFund fund =
        em.createQuery(
                "select f from CapitalFund f where f.period = :p and f.code = :c",
                CapitalFund.class)
            .setParameter("p", period)
            .setParameter("c", code)
            .getResultStream()
            .findFirst()
            .orElse(null);
    boolean isNew = fund == null;
    if (isNew) {
      fund = new CapitalFund(period, code);
    }
    fund.report(
        f.name(),
        f.amountsIn(),
        f.approvedBudget(),
        f.carriedForward(),
        f.approvedInYear(),
        f.slippage(),
        f.statedTotalBudget(),
        f.likelyOutturn(),
        f.statedVariance(),
        f.comments());
    if (isNew) {
      em.persist(fund);
    }
    return fund;
  }

  /** A saving as supplied, in pounds. */
  public record SavingFigures(String description, BigDecimal target, BigDecimal forecast) {}

  /** Replaces the period's savings targets. */
  public List<SavingsTarget> replaceSavings(String periodCode, List<SavingFigures> figures) {
    ReportingPeriod period = lookup.period(periodCode, "period");
    period.requireOpenForChanges();
    List<SavingsTarget> targets =
        figures.stream()
            .map(f -> new SavingsTarget(period, f.description(), f.target(), f.forecast()))
            .toList();
    savings(periodCode).forEach(em::remove);
    targets.forEach(em::persist);
    return targets;
  }

  @Override
  public List<Finding> findings(ReportingPeriod period) {
    return FinanceChecks.of(period.code(), revenue(period.code()), capital(period.code()));
  }
}
