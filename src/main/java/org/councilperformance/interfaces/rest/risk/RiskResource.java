package org.councilperformance.interfaces.rest.risk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.councilperformance.application.RiskService;
import org.councilperformance.application.RiskSpec;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.risk.Risk;
import org.councilperformance.domain.risk.RiskReview;
import org.councilperformance.domain.risk.RiskStatus;
import org.councilperformance.interfaces.rest.Codes;
import org.councilperformance.interfaces.rest.Created;
import org.councilperformance.interfaces.rest.Preconditions;
import org.councilperformance.interfaces.rest.risk.RiskViews.ReviewView;
import org.councilperformance.interfaces.rest.risk.RiskViews.RiskView;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("risks")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskResource {
  private final RiskService risks;
  private final Preconditions preconditions;

  @Inject
  public RiskResource(RiskService risks, Preconditions preconditions) {
    this.risks = risks;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public RiskResource() {
    this(null, null);
  }

  /** A likelihood and an impact, each from 1 to the risk's scale. */
  public record RatingBody(@NotNull Integer likelihood, @NotNull Integer impact) {
    RiskSpec.Rating rating() {
      return new RiskSpec.Rating(likelihood, impact);
    }
  }

  /**
   * A risk on the register. {@code code} is required to register one and never changes; so does
   * {@code scale} (N of the N×N matrix, 3 to 5, 4 when left out), which on update may be left out
   * or repeated. {@code inherent} is the rating before controls, {@code residual} with them; {@code
   * mitigatingActions} are action codes. A left-out {@code status} keeps the risk open or closed as
   * it was.
   */
  public record RiskBody(
      @Size(max = Code.MAX_LENGTH) @Pattern(regexp = Code.FORMAT) String code,
      @NotBlank @Size(max = 2000) String title,
      String cause,
      String consequence,
      @Size(max = 200) String owner,
      String businessUnit,
      String priority,
      Integer scale,
      @NotNull @Valid RatingBody inherent,
      @NotNull @Valid RatingBody residual,
      String controls,
      RiskStatus status,
      List<@NotBlank String> mitigatingActions) {
    RiskSpec spec() {
      return new RiskSpec(
          title,
          cause,
          consequence,
          owner,
          Code.of(businessUnit, "businessUnit"),
          Code.of(priority, "priority"),
          inherent.rating(),
          residual.rating(),
          controls,
          status,
          Codes.of(mitigatingActions, "mitigatingActions"));
    }
  }

  /** A dated review: the residual rating judged that day (not in the future), a note, who. */
  public record ReviewBody(
      @NotNull LocalDate reviewDate,
      @NotNull @Valid RatingBody residual,
      String note,
      @Size(max = 200) String reviewer) {}

  /**
   * The register: every risk with its scores, bands, latest review and direction of travel.
   *
   * @param status only OPEN or only CLOSED risks; all when left out
   */
  @GET
  public List<RiskView> list(@QueryParam("status") String status) {
    return risks.register(status == null ? null : parseStatus(status)).stream()
        .map(RiskView::of)
        .toList();
  }

  @APIResponseSchema(value = RiskView.class, responseCode = "201", responseDescription = "Created")
  @POST
  public Response create(@NotNull @Valid RiskBody body, @Context UriInfo uriInfo) {
    if (body.code() == null || body.code().isBlank()) {
      throw new InvalidValueException("code", "code: must not be blank");
    }
    Risk risk = risks.create(Code.of(body.code(), "code"), body.scale(), body.spec());
    return Created.at(
        uriInfo, risk.code(), RiskView.of(risks.position(Code.of(risk.code(), "code"))));
  }

  @GET
  @Path("{code}")
  public RiskView get(@PathParam("code") Code code) {
    preconditions.read(risks.risk(code));
    return RiskView.of(risks.position(code));
  }

  @PUT
  @Path("{code}")
  public RiskView update(@PathParam("code") Code code, @NotNull @Valid RiskBody body) {
    if (body.code() != null && !body.code().equals(code.value())) {
      throw new InvalidValueException("code", "a risk's code cannot change");
    }
    preconditions.check(risks.risk(code));
    preconditions.saved(risks.revise(code, body.scale(), body.spec()));
    return RiskView.of(risks.position(code));
  }

  @GET
  @Path("{code}/reviews")
  public List<ReviewView> reviews(@PathParam("code") Code code) {
    return risks.reviews(code).stream().map(ReviewView::of).toList();
  }

  @APIResponseSchema(
      value = ReviewView.class,
      responseCode = "201",
      responseDescription = "Created")
  @POST
  @Path("{code}/reviews")
  public Response addReview(
      @PathParam("code") Code code, @NotNull @Valid ReviewBody body, @Context UriInfo uriInfo) {
    RiskReview review =
        risks.addReview(
            code, body.reviewDate(), body.residual().rating(), body.note(), body.reviewer());
    return Created.at(uriInfo, review.reviewDate(), ReviewView.of(review));
  }

  @GET
  @Path("{code}/reviews/{date}")
  public ReviewView review(@PathParam("code") Code code, @PathParam("date") String date) {
    try {
      return ReviewView.of(risks.review(code, LocalDate.parse(date)));
    } catch (DateTimeParseException e) {
      throw new MalformedValueException(
          "reviewDate", "reviewDate must be a real date as YYYY-MM-DD, not '" + date + "'");
    }
  }

  private static RiskStatus parseStatus(String status) {
    try {
      return RiskStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw new MalformedValueException("status", "status must be one of OPEN, CLOSED");
    }
  }
}
