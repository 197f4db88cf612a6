package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.FinanceService;
import org.councilperformance.domain.finance.CapitalFund;
import org.councilperformance.domain.finance.FinanceChecks;
import org.councilperformance.domain.finance.RevenueAccount;
import org.councilperformance.domain.finance.SavingsTarget;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.report.PackSection;

/**
 * The finance appendix: revenue accounts against their original budgets with the itemised reasons
 * for each variance, the capital programme by fund, the savings the budget counts on, and where the
 * council's own figures do not add up. Three queries, whatever the number of accounts.
 */
@ApplicationScoped
public class FinanceSource implements SectionSource {
  private final FinanceService finance;

  @Inject
  public FinanceSource(FinanceService finance) {
    this.finance = finance;
  }

  /** For CDI's client proxy only. */
  protected FinanceSource() {
    this(null);
  }

  @Override
  public PackSection section() {
    return PackSection.FINANCE;
  }

  @Override
  public SectionContent content(PackContext context) {
    ReportingPeriod period = context.period();
    List<RevenueAccount> revenue = finance.revenue(period);
    List<CapitalFund> capital = finance.capital(period);
    List<SavingsTarget> savings = finance.savings(period);
    List<Map<String, Object>> rows =
        FinanceRows.of(
            revenue,
            capital,
            savings,
            FinanceChecks.of(period.code(), revenue, capital),
            context.prints(PackSection.DATA_QUALITY));
    return new SectionContent(
        section(), "Finance", rows, PrintedColumns.parameters(rows, FinanceRows.SAVINGS_COLUMNS));
  }
}
