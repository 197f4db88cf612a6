package org.councilperformance.interfaces.rest.finance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.councilperformance.application.FinanceService;
import org.councilperformance.application.FinanceService.SavingFigures;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.finance.AmountsIn;
import org.councilperformance.domain.finance.CapitalFigures;
import org.councilperformance.domain.finance.CapitalFund;
import org.councilperformance.domain.finance.FinanceChecks;
import org.councilperformance.domain.finance.RevenueAccount;
import org.councilperformance.domain.finance.RevenueFigures;
import org.councilperformance.domain.finance.Savings;
import org.councilperformance.domain.finance.SavingsTarget;
import org.councilperformance.domain.finance.VarianceComment;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.interfaces.rest.Preconditions;
import org.councilperformance.interfaces.rest.finance.FinanceViews.CapitalFundView;
import org.councilperformance.interfaces.rest.finance.FinanceViews.CapitalView;
import org.councilperformance.interfaces.rest.finance.FinanceViews.FinanceView;
import org.councilperformance.interfaces.rest.finance.FinanceViews.RevenueView;
import org.councilperformance.interfaces.rest.finance.FinanceViews.Saved;
import org.councilperformance.interfaces.rest.finance.FinanceViews.SavingView;
import org.councilperformance.interfaces.rest.quality.DataQualityResource.FindingView;

/** The finance appendix: revenue accounts, capital programme, savings. Admins write. */
@Path("finance")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinanceResource {
  private final FinanceService finance;
  private final Preconditions preconditions;

  @Inject
  public FinanceResource(FinanceService finance, Preconditions preconditions) {
    this.finance = finance;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public FinanceResource() {
    this(null, null);
  }

  public record CommentBody(@NotBlank String text, BigDecimal amount) {}

  /**
   * A revenue account for a period, in {@code amountsIn} (POUNDS or THOUSANDS). {@code variance} is
   * the council's printed variance, kept for checking; {@code netMovement} (pounds) is what the
   * itemised {@code comments} explain, each comment's amount signed + favourable, − adverse.
   */
  public record RevenueBody(
      @NotBlank @Size(max = 200) String name,
      @NotNull AmountsIn amountsIn,
      @NotNull BigDecimal originalBudget,
      @NotNull BigDecimal forecastOutturn,
      BigDecimal variance,
      String varianceHeadline,
      BigDecimal netMovement,
      List<@Valid CommentBody> comments) {}

  /**
   * A capital fund's column for a period. Use the code TOTAL for the council's printed totals
   * column: it is checked against the funds, never added to them.
   */
  public record CapitalBody(
      @NotBlank @Size(max = 200) String name,
      @NotNull AmountsIn amountsIn,
      @NotNull BigDecimal approvedBudget,
      @NotNull BigDecimal carriedForward,
      @NotNull BigDecimal approvedInYear,
      @NotNull BigDecimal slippage,
      BigDecimal totalBudget,
      @NotNull BigDecimal likelyOutturn,
      BigDecimal variance,
      String comments) {}

  public record SavingBody(@NotBlank String description, BigDecimal target, BigDecimal forecast) {}

  public record SavingsBody(@NotNull List<@Valid SavingBody> savings) {}

  @GET
  public FinanceView get(@QueryParam("period") PeriodCode period) {
    PeriodCode code = PeriodCode.required(period, "period");
    List<RevenueAccount> revenue = finance.revenue(code);
    List<CapitalFund> capital = finance.capital(code);
    return new FinanceView(
        code.toString(),
        revenue.stream().map(RevenueView::of).toList(),
        CapitalView.of(capital),
        finance.savings(code).stream().map(SavingView::of).toList(),
        FinanceChecks.of(code.toString(), revenue, capital).stream().map(FindingView::of).toList());
  }

  @PUT
  @Path("{period}/revenue/{code: " + Code.FORMAT_AND_LENGTH + "}")
  public Saved<RevenueView> putRevenue(
      @PathParam("period") PeriodCode period,
      @PathParam("code") Code code,
      @NotNull @Valid RevenueBody b) {
    preconditions.check(finance.revenueAccount(period, code));
    RevenueAccount account =
        finance.reportRevenue(
            period,
            code,
            new RevenueFigures(
                b.name(),
                b.amountsIn(),
                b.originalBudget(),
                b.forecastOutturn(),
                b.variance(),
                b.varianceHeadline(),
                b.netMovement(),
                b.comments() == null
                    ? List.of()
                    : b.comments().stream()
                        .map(c -> new VarianceComment(c.text(), c.amount()))
                        .toList()));
    preconditions.saved(account);
    return new Saved<>(
        RevenueView.of(account),
        FinanceChecks.revenue(account.period().code(), account).stream()
            .map(FindingView::of)
            .toList());
  }

  @PUT
  @Path("{period}/capital/{code: " + Code.FORMAT_AND_LENGTH + "}")
  public Saved<CapitalFundView> putCapital(
      @PathParam("period") PeriodCode period,
      @PathParam("code") Code code,
      @NotNull @Valid CapitalBody b) {
    preconditions.check(finance.capitalFund(period, code));
    CapitalFund fund =
        finance.reportCapital(
            period,
            code,
            new CapitalFigures(
                b.name(),
                b.amountsIn(),
                b.approvedBudget(),
                b.carriedForward(),
                b.approvedInYear(),
                b.slippage(),
                b.totalBudget(),
                b.likelyOutturn(),
                b.variance(),
                b.comments()));
    preconditions.saved(fund);
    return new Saved<>(
        CapitalFundView.of(fund),
        FinanceChecks.capital(fund.period().code(), finance.capital(fund.period())).stream()
            .filter(f -> f.where().contains(", " + fund.name() + ","))
            .map(FindingView::of)
            .toList());
  }

  /** Replaces the period's savings targets with the list given. */
  @PUT
  @Path("{period}/savings")
  public List<SavingView> putSavings(
      @PathParam("period") PeriodCode period, @NotNull @Valid SavingsBody b) {
    preconditions.check(finance.savingsToReplace(period));
    Savings saved =
        finance.replaceSavings(
            period,
            b.savings().stream()
                .map(s -> new SavingFigures(s.description(), s.target(), s.forecast()))
                .toList());
    return preconditions.saved(saved).targets().stream().map(SavingView::of).toList();
  }

  /** The period's savings targets, with the version a change of the list must name. */
  @GET
  @Path("{period}/savings")
  public List<SavingView> savings(@PathParam("period") PeriodCode period) {
    List<SavingsTarget> savings = finance.savings(period);
    preconditions.read(new Savings(savings));
    return savings.stream().map(SavingView::of).toList();
  }
}
