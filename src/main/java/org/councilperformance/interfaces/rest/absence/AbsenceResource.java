package org.councilperformance.interfaces.rest.absence;

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
import java.util.List;
import org.councilperformance.application.AbsenceService;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.absence.AbsenceFigures;
import org.councilperformance.domain.absence.AbsenceReasonShare;
import org.councilperformance.domain.absence.AbsenceTarget;
import org.councilperformance.domain.absence.LongTermFollowUp;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.interfaces.rest.Preconditions;
import org.councilperformance.interfaces.rest.absence.AbsenceViews.AbsenceView;
import org.councilperformance.interfaces.rest.absence.AbsenceViews.CouncilEntered;
import org.councilperformance.interfaces.rest.absence.AbsenceViews.LineEntered;
import org.councilperformance.interfaces.rest.absence.AbsenceViews.TargetSet;

/**
 * The sickness-absence appendix. Everyone signed in reads it; only admins change it (absence is
 * corporate). Days are FTE days lost; long-term means a spell of 10 days or more.
 */
@Path("absence")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AbsenceResource {
  private final AbsenceService absence;
  private final Preconditions preconditions;

  @Inject
  public AbsenceResource(AbsenceService absence, Preconditions preconditions) {
    this.absence = absence;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public AbsenceResource() {
    this(null, null);
  }

  /**
   * A work area's line for a quarter. {@code totalDays} and {@code daysPerFte} are optional: the
   * figures the council printed, kept only to be checked against those computed.
   */
  public record LineBody(
      BigDecimal longTermDays,
      BigDecimal shortTermDays,
      BigDecimal fte,
      BigDecimal totalDays,
      BigDecimal daysPerFte,
      Integer longTermReturned,
      Integer longTermStillOff,
      BigDecimal returnToWorkPercent) {}

  /**
   * What the council supplied for the whole council: its total row ("All Directorates") and annual
   * projection as printed, to be checked, and how long-term absence was followed up. All optional.
   */
  public record CouncilBody(
      BigDecimal longTermDays,
      BigDecimal shortTermDays,
      BigDecimal totalDays,
      BigDecimal fte,
      BigDecimal daysPerFte,
      BigDecimal projectedDaysPerFte,
      Integer longTermReturned,
      Integer longTermStillOff,
      BigDecimal returnToWorkPercent) {}

  /** A reason for absence and its share of the days lost, in percent. */
  public record ReasonBody(String reason, BigDecimal percent) {}

  public record ReasonsBody(List<ReasonBody> reasons) {}

  public record TargetBody(BigDecimal daysPerFte) {}

  /**
   * A quarter's absence appendix: every work area's line with its computed figures, the council
   * total, the year so far with its projection, the rolling twelve months, the target, the reasons
   * and the findings.
   *
   * @param period a quarter, e.g. 2018-19-Q2
   */
  @GET
  public AbsenceView get(@QueryParam("period") PeriodCode period) {
    return AbsenceView.of(absence.report(PeriodCode.required(period, "period")));
  }

  @PUT
  @Path("{period}/units/{unit}")
  public LineEntered recordLine(
      @PathParam("period") PeriodCode period,
      @PathParam("unit") String unit,
      @NotNull @Valid LineBody body) {
    PeriodCode code = PeriodCode.required(period, "period");
    preconditions.check(absence.line(code, Code.of(unit, "businessUnit")));
    preconditions.saved(
        absence.recordLine(
            code,
            Code.of(unit, "businessUnit"),
            new AbsenceFigures(
                body.longTermDays(),
                body.shortTermDays(),
                body.fte(),
                body.totalDays(),
                body.daysPerFte()),
            new LongTermFollowUp(
                body.longTermReturned(), body.longTermStillOff(), body.returnToWorkPercent())));
    return LineEntered.of(absence.report(code), unit);
  }

  @PUT
  @Path("{period}/council")
  public CouncilEntered recordCouncil(
      @PathParam("period") PeriodCode period, @NotNull @Valid CouncilBody body) {
    PeriodCode code = PeriodCode.required(period, "period");
    preconditions.check(absence.council(code));
    preconditions.saved(
        absence.recordCouncil(
            code,
            new AbsenceFigures(
                body.longTermDays(),
                body.shortTermDays(),
                body.fte(),
                body.totalDays(),
                body.daysPerFte()),
            body.projectedDaysPerFte(),
            new LongTermFollowUp(
                body.longTermReturned(), body.longTermStillOff(), body.returnToWorkPercent())));
    return CouncilEntered.council(absence.report(code));
  }

  @PUT
  @Path("{period}/reasons")
  public CouncilEntered recordReasons(
      @PathParam("period") PeriodCode period, @NotNull @Valid ReasonsBody body) {
    PeriodCode code = PeriodCode.required(period, "period");
    if (body.reasons() == null) {
      throw new InvalidValueException(
          "reasons", "reasons: is required (an empty list clears them)");
    }
    List<AbsenceReasonShare> shares = new java.util.ArrayList<>();
    for (int i = 0; i < body.reasons().size(); i++) {
      ReasonBody r = body.reasons().get(i);
      if (r.reason() == null) {
        throw new InvalidValueException(
            "reasons[" + i + "].reason", "reasons[" + i + "].reason: is required");
      }
      if (r.percent() == null) {
        throw new InvalidValueException(
            "reasons[" + i + "].percent", "reasons[" + i + "].percent: is required");
      }
      shares.add(new AbsenceReasonShare(r.reason(), r.percent()));
    }
    preconditions.check(absence.council(code));
    preconditions.saved(absence.recordReasons(code, shares));
    return CouncilEntered.reasons(absence.report(code));
  }

  /** The corporate target for a financial year, e.g. {@code {"daysPerFte": 8.0}} for 2018-19. */
  @PUT
  @Path("targets/{year}")
  public TargetSet setTarget(@PathParam("year") PeriodCode year, @NotNull @Valid TargetBody body) {
    preconditions.check(absence.target(PeriodCode.required(year, "year")));
    AbsenceTarget target =
        preconditions.saved(
            absence.setTarget(PeriodCode.required(year, "year"), body.daysPerFte()));
    return new TargetSet(target.year().code(), target.daysPerFte());
  }
}
