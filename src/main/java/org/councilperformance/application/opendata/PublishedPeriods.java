package org.councilperformance.application.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilperformance.application.ActionService;
import org.councilperformance.application.AuditTrail;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.application.Scope;
import org.councilperformance.application.report.PackCovers;
import org.councilperformance.application.report.PrintedPack;
import org.councilperformance.application.report.QuarterlyPack;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.period.PeriodState;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.report.ReportFormat;
import org.councilperformance.domain.summary.StatusSummary;

/**
 * The published periods, for anyone (docs/open-data.md). A period that is not published — open,
 * locked, reopened — is answered exactly as one that never existed: not found, in the same words,
 * so nobody learns it exists.
 */
@ApplicationScoped
public class PublishedPeriods {
  /** The one answer for every period that is not published, whatever the reason. */
  public static final String NOT_PUBLISHED = "there is no published period at this address";

  private final EntityManager em;
  private final IndicatorService indicators;
  private final ActionService actions;
  private final PackCovers covers;
  private final QuarterlyPack pack;
  private final AuditTrail audit;
  private final PublicPacks publicPacks;

  @Inject
  public PublishedPeriods(
      EntityManager em,
      IndicatorService indicators,
      ActionService actions,
      PackCovers covers,
      QuarterlyPack pack,
      AuditTrail audit,
      PublicPacks publicPacks) {
    this.em = em;
    this.indicators = indicators;
    this.actions = actions;
    this.covers = covers;
    this.pack = pack;
    this.audit = audit;
    this.publicPacks = publicPacks;
  }

  /** For CDI's client proxy only. */
  protected PublishedPeriods() {
    this(null, null, null, null, null, null, null);
  }

  /** Every published period, the latest first. */
  public List<ReportingPeriod> all() {
    return em.createQuery(
            "select p from ReportingPeriod p where p.state = :published"
                + " order by p.endDate desc, p.type desc",
            ReportingPeriod.class)
        .setParameter("published", PeriodState.PUBLISHED)
        .getResultList();
  }

  /**
   * The published period with this code.
   *
   * @param code as typed in the address; anything that is not a published period's code is not
   *     found
   */
  public ReportingPeriod period(String code) {
    ReportingPeriod period = code == null ? null : em.find(ReportingPeriod.class, code);
    if (period == null || period.state() != PeriodState.PUBLISHED) {
      throw new NotFoundException("period", NOT_PUBLISHED);
    }
    return period;
  }

  /**
   * When the period was last published: the time of the last change to it, since a published period
   * cannot change but by being reopened.
   */
  public Instant publishedAt(ReportingPeriod period) {
    return audit.versionsOf(ReportingPeriod.class, List.of(period.code())).stream()
        .map(AuditTrail.Version::changedAt)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElse(Instant.EPOCH);
  }

  /**
   * When what anyone can see of the periods last changed: a period published, or a published one
   * reopened. The index and the file of every period change only then; changes to periods never
   * published do not count, so nobody learns of them from this time either.
   */
  public Instant lastChange() {
    List<String> codes =
        em.createQuery("select p.code from ReportingPeriod p", String.class).getResultList();
    if (codes.isEmpty()) {
      return Instant.EPOCH;
    }
    Map<Object, List<AuditTrail.Version<ReportingPeriod>>> byPeriod = new HashMap<>();
    for (AuditTrail.Version<ReportingPeriod> v : audit.versionsOf(ReportingPeriod.class, codes)) {
      byPeriod.computeIfAbsent(v.state().code(), c -> new ArrayList<>()).add(v);
    }
    Instant last = Instant.EPOCH;
    for (List<AuditTrail.Version<ReportingPeriod>> versions : byPeriod.values()) {
      versions.sort(Comparator.comparingLong(AuditTrail.Version::revision));
      for (int i = 0; i < versions.size(); i++) {
        boolean published = versions.get(i).state().state() == PeriodState.PUBLISHED;
        boolean unpublished = i > 0 && versions.get(i - 1).state().state() == PeriodState.PUBLISHED;
        Instant at = versions.get(i).changedAt();
        if ((published || unpublished) && at != null && at.isAfter(last)) {
          last = at;
        }
      }
    }
    return last;
  }

  /** The published period as the public page and files show it. */
  public PublishedQuarter quarter(ReportingPeriod period) {
    List<IndicatorStatus> statuses =
        indicators.statuses(period, Scope.WHOLE_COUNCIL).stream()
            .map(IndicatorStatus::asPublished)
            .toList();
    List<Priority> priorities =
        statuses.stream()
            .flatMap(s -> s.indicator().priorities().stream())
            .distinct()
            .sorted(Comparator.comparing(Priority::code))
            .toList();
    return new PublishedQuarter(
        period,
        publishedAt(period),
        StatusSummary.of(statuses.stream().map(IndicatorStatus::status).toList()),
        actions.summarise(period.periodCode(), Scope.WHOLE_COUNCIL),
        statuses,
        priorities,
        packPublic(period));
  }

  /**
   * The published period's committee pack as published: the whole council, no commentary marked
   * internal, printed once and kept a few minutes ({@link PublicPacks}). Not found where the
   * period's cover marks it exempt from publication.
   *
   * @param publishedAt when the period was last published ({@link #publishedAt}): a period
   *     published again is another pack
   */
  public PrintedPack pack(ReportingPeriod period, ReportFormat format, Instant publishedAt) {
    if (!packPublic(period)) {
      throw new NotFoundException("period", NOT_PUBLISHED);
    }
    return publicPacks.pack(
        new PublicPacks.Key(period.code(), format, publishedAt),
        () -> pack.printPublished(period.periodCode(), format));
  }

  private boolean packPublic(ReportingPeriod period) {
    return covers.cover(period).exemptParagraph() == null;
  }
}
