package org.councilperformance.interfaces.rest.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.councilperformance.application.ContactCentreService;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.contact.CallFigures;
import org.councilperformance.domain.contact.CallPercentages;
import org.councilperformance.domain.contact.ContactCentreMonth;
import org.councilperformance.domain.contact.ContactCentreQuarter;
import org.councilperformance.domain.contact.PrintedTotals;
import org.councilperformance.domain.contact.SuppliedQuarterTotals;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.interfaces.rest.Preconditions;
import org.councilperformance.interfaces.rest.contact.ContactCentreViews.MonthView;
import org.councilperformance.interfaces.rest.contact.ContactCentreViews.QuarterView;
import org.councilperformance.interfaces.rest.contact.ContactCentreViews.SuppliedView;

/**
 * The contact-centre appendix: calls per month and the quarter's table computed from them. Writes
 * are for admins (corporate figures); everyone signed in reads.
 */
@Path("contact-centre")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactCentreResource {
  private final ContactCentreService contactCentre;
  private final Preconditions preconditions;

  @Inject
  public ContactCentreResource(ContactCentreService contactCentre, Preconditions preconditions) {
    this.contactCentre = contactCentre;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public ContactCentreResource() {
    this(null, null);
  }

  /**
   * A month's calls: whole numbers, none negative; {@code received} and {@code answered} are
   * required. {@code suppliedChange} is the +/- against the same month last year as the council
   * printed it, kept for checking.
   */
  public record MonthBody(
      Long received,
      Long answered,
      Long answeredWithin30s,
      Long answeredWithin60s,
      Long abandoned,
      Long rejected,
      FiguresBody suppliedChange) {
    CallFigures counts() {
      return CallFigures.ofCounts(
          received, answered, answeredWithin30s, answeredWithin60s, abandoned, rejected);
    }
  }

  /** A row of figures as printed. */
  public record FiguresBody(
      BigDecimal received,
      BigDecimal answered,
      BigDecimal answeredWithin30s,
      BigDecimal answeredWithin60s,
      BigDecimal abandoned,
      BigDecimal rejected) {
    static CallFigures figures(FiguresBody b) {
      return b == null
          ? CallFigures.NONE
          : new CallFigures(
              b.received,
              b.answered,
              b.answeredWithin30s,
              b.answeredWithin60s,
              b.abandoned,
              b.rejected);
    }
  }

  /** Percentages as printed, e.g. 21 for "21%". */
  public record PercentagesBody(
      BigDecimal abandoned, BigDecimal answeredWithin30s, BigDecimal answeredWithin60s) {
    static CallPercentages percentages(PercentagesBody b) {
      return b == null
          ? CallPercentages.NONE
          : new CallPercentages(b.abandoned, b.answeredWithin30s, b.answeredWithin60s);
    }
  }

  /**
   * What the council printed beneath a quarter's table: its totals, last year's totals, the +/-
   * between them, and the quarter's percentages this year and last.
   */
  public record SuppliedBody(
      FiguresBody totals,
      FiguresBody lastYearTotals,
      FiguresBody change,
      PercentagesBody percentages,
      PercentagesBody lastYearPercentages) {
    PrintedTotals printed() {
      return new PrintedTotals(
          FiguresBody.figures(totals),
          FiguresBody.figures(lastYearTotals),
          FiguresBody.figures(change),
          PercentagesBody.percentages(percentages),
          PercentagesBody.percentages(lastYearPercentages));
    }
  }

  /**
   * A quarter's table: each month with the same month last year and the change, computed
   * percentages, the quarter's totals, what was printed beneath it, and every finding.
   *
   * @param period a quarter, e.g. 2018-19-Q2
   */
  @GET
  public QuarterView quarter(@QueryParam("period") PeriodCode period) {
    return QuarterView.of(contactCentre.quarter(PeriodCode.required(period, "period")));
  }

  /**
   * @param month YYYY-MM, e.g. 2018-09
   */
  @GET
  @Path("months/{month}")
  public MonthView month(@PathParam("month") String month) {
    return view(
        preconditions.read(contactCentre.month(ContactCentreMonth.parseMonth(month, "month"))));
  }

  /** Records a month's calls; the answer carries its data-quality findings as warnings. */
  @PUT
  @Path("months/{month}")
  public MonthView recordMonth(@PathParam("month") String month, @NotNull @Valid MonthBody body) {
    preconditions.check(contactCentre.storedMonth(ContactCentreMonth.parseMonth(month, "month")));
    return view(
        preconditions.saved(
            contactCentre.recordMonth(
                ContactCentreMonth.parseMonth(month, "month"),
                body.counts(),
                FiguresBody.figures(body.suppliedChange()))));
  }

  /**
   * @param period a quarter, e.g. 2018-19-Q2
   */
  @GET
  @Path("supplied-totals/{period}")
  public SuppliedView supplied(@PathParam("period") PeriodCode period) {
    ContactCentreQuarter q = contactCentre.quarter(period);
    SuppliedQuarterTotals stored = contactCentre.storedTotals(period);
    if (stored != null) {
      preconditions.read(stored);
    }
    if (q.printed().equals(PrintedTotals.NONE)) {
      throw new NotFoundException("period", "no supplied contact-centre totals for " + q.quarter());
    }
    return SuppliedView.of(q.quarter().toString(), q.printed(), q.printedFindings());
  }

  /** Records what was printed beneath a quarter's table; the answer carries its findings. */
  @PUT
  @Path("supplied-totals/{period}")
  public SuppliedView recordSupplied(
      @PathParam("period") PeriodCode period, @NotNull @Valid SuppliedBody body) {
    preconditions.check(contactCentre.storedTotals(period));
    preconditions.saved(contactCentre.recordPrintedTotals(period, body.printed()));
    return supplied(period);
  }

  private MonthView view(ContactCentreMonth stored) {
    ContactCentreQuarter q = contactCentre.quarterOf(stored.month());
    return MonthView.of(q.month(stored.month()), q.quarter().toString());
  }
}
