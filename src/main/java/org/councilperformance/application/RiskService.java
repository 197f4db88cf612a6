package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.risk.Risk;
import org.councilperformance.domain.risk.RiskPosition;
import org.councilperformance.domain.risk.RiskRating;
import org.councilperformance.domain.risk.RiskReview;
import org.councilperformance.domain.risk.RiskScoreBands;
import org.councilperformance.domain.risk.RiskStatus;

/** The corporate risk register: risks, their reviews, and their direction of travel. */
@ApplicationScoped
public class RiskService {
  private final EntityManager em;
  private final Lookup lookup;
  private final Clock clock;

  @Inject
  public RiskService(EntityManager em, Lookup lookup, Clock clock) {
    this.em = em;
    this.lookup = lookup;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected RiskService() {
    this(null, null, null);
  }

  public Risk risk(Code code) {
    return em.createQuery("select r from Risk r where r.code = :code", Risk.class)
        .setParameter("code", code.value())
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException(code.source(), "no risk with code '" + code + "'"));
  }

  /**
   * Registers a risk.
   *
   * @param scale N of its N×N matrix; null for the default 4×4
   */
  public Risk create(Code code, Integer scale, RiskSpec spec) {
    lookup.requireUnusedCode(Risk.class, code, "risk");
    Risk risk =
        new Risk(code.value(), spec.title(), scale == null ? RiskScoreBands.DEFAULT_SCALE : scale);
    apply(risk, spec);
    em.persist(risk);
    return risk;
  }

  /**
   * Revises a risk's definition and ratings.
   *
   * @param scale null, or the risk's own scale: the matrix of a registered risk never changes
   */
  public Risk revise(Code code, Integer scale, RiskSpec spec) {
    Risk risk = risk(code);
    if (scale != null && scale != risk.scale()) {
      throw new InvalidValueException(
          "scale",
          "scale: risk "
              + risk.code()
              + " is scored on a "
              + risk.scale()
              + "×"
              + risk.scale()
              + " matrix, which cannot change");
    }
    apply(risk, spec);
    return risk;
  }

  private void apply(Risk risk, RiskSpec spec) {
    risk.describe(spec.title(), spec.cause(), spec.consequence());
    risk.assignTo(
        spec.businessUnit() == null ? null : lookup.businessUnit(spec.businessUnit()),
        spec.priority() == null ? null : lookup.priority(spec.priority()),
        spec.owner());
    risk.assess(
        rating(risk, spec.inherent(), "inherent"),
        rating(risk, spec.residual(), "residual"),
        spec.controls());
    if (spec.status() == RiskStatus.CLOSED) {
      risk.close();
    } else if (spec.status() == RiskStatus.OPEN) {
      risk.reopen();
    }
    risk.mitigateBy(spec.mitigatingActions().stream().map(a -> lookup.action(a)).toList());
  }

  private static RiskRating rating(Risk risk, RiskSpec.Rating given, String field) {
    if (given == null) {
      throw new InvalidValueException(field, field + ": must be given");
    }
    return risk.rating(given.likelihood(), given.impact(), field);
  }

  /** Every risk on the register, in code order, with its latest review and direction. */
  public List<RiskPosition> register(RiskStatus status) {
    List<Risk> risks =
        em.createQuery(
                "select r from Risk r left join fetch r.businessUnit left join fetch r.priority"
                    + " order by r.code",
                Risk.class)
            .getResultStream()
            .filter(r -> status == null || r.status() == status)
            .toList();
    Map<Long, List<RiskReview>> reviews =
        em.createQuery("select v from RiskReview v", RiskReview.class)
            .getResultStream()
            .collect(Collectors.groupingBy(v -> v.risk().id()));
    return risks.stream()
        .map(r -> RiskPosition.of(r, reviews.getOrDefault(r.id(), List.of())))
        .toList();
  }

  public RiskPosition position(Code code) {
    Risk risk = risk(code);
    return RiskPosition.of(risk, reviewsOf(risk));
  }

  /** A risk's reviews, oldest first. */
  public List<RiskReview> reviews(Code code) {
    return reviewsOf(risk(code));
  }

  public RiskReview review(Code code, LocalDate reviewDate) {
    Risk risk = risk(code);
    return reviewsOf(risk).stream()
        .filter(v -> v.reviewDate().equals(reviewDate))
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "reviewDate", "risk " + risk.code() + " has no review dated " + reviewDate));
  }

  /**
   * Records a review of a risk. The latest review by date sets the risk's current residual rating;
   * a review dated before the latest one fills in history and changes nothing else.
   */
  public RiskReview addReview(
      Code code, LocalDate reviewDate, RiskSpec.Rating residual, String note, String reviewer) {
    Risk risk = risk(code);
    List<RiskReview> earlier = reviewsOf(risk);
    RiskReview review =
        new RiskReview(
            risk,
            reviewDate,
            rating(risk, residual, "residual"),
            note,
            reviewer,
            LocalDate.now(clock),
            Caller.current().name(),
            clock.instant());
    if (earlier.stream().anyMatch(v -> v.reviewDate().equals(reviewDate))) {
      throw new ConflictException(
          "reviewDate", "risk " + risk.code() + " already has a review dated " + reviewDate);
    }
    if (earlier.stream().allMatch(v -> v.reviewDate().isBefore(reviewDate))) {
      risk.reassess(review.rating());
    }
    em.persist(review);
    return review;
  }

  private List<RiskReview> reviewsOf(Risk risk) {
    return em.createQuery(
            "select v from RiskReview v where v.risk = :r order by v.reviewDate", RiskReview.class)
        .setParameter("r", risk)
        .getResultList();
  }
}
