package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.councilperformance.application.Lookup;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.report.FrontSheet;
import org.councilperformance.domain.report.PackCover;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The cover each period's pack prints: as an admin set it, else a default (docs/reports.md). */
@ApplicationScoped
public class PackCovers {
  private final EntityManager em;
  private final Lookup lookup;
  private final String defaultCommittee;

  @Inject
  public PackCovers(
      EntityManager em,
      Lookup lookup,
      @ConfigProperty(name = "report.committee", defaultValue = "Corporate Scrutiny Committee")
          String defaultCommittee) {
    this.em = em;
    this.lookup = lookup;
    this.defaultCommittee = defaultCommittee;
  }

  /** For CDI's client proxy only. */
  protected PackCovers() {
    this(null, null, null);
  }

  /** The period's cover as set, else one with the configured committee and a plain title. */
  public PackCover cover(ReportingPeriod period) {
    return storedCover(period)
        .orElseGet(
            () -> {
              PackCover cover = new PackCover(period);
              cover.describe(
                  defaultCommittee,
                  null,
                  "Quarterly performance report: " + period.label(),
                  List.of(),
                  null);
              return cover;
            });
  }

  public PackCover describe(
      PeriodCode periodCode,
      String committee,
      LocalDate meetingDate,
      String title,
      List<String> authors,
      Integer exemptParagraph) {
    ReportingPeriod period = lookup.period(periodCode);
    period.requireUnpublished();
    PackCover cover = storedCover(period).orElseGet(() -> new PackCover(period));
    cover.describe(committee, meetingDate, title, authors, exemptParagraph);
    if (!em.contains(cover)) {
      em.persist(cover);
    }
    return cover;
  }

  /**
   * Sets the period's front sheet (docs/reports.md#the-front-sheet), storing the cover as it prints
   * now if it was still the default one. Refused once the period is published (409).
   */
  public PackCover writeFrontSheet(PeriodCode periodCode, FrontSheet sheet) {
    ReportingPeriod period = lookup.period(periodCode);
    period.requireUnpublished();
    PackCover cover = cover(period);
    cover.writeFrontSheet(sheet);
    if (!em.contains(cover)) {
      em.persist(cover);
    }
    return cover;
  }

  /** The period's cover as set, or empty while it has only the default one. */
  public Optional<PackCover> storedCover(ReportingPeriod period) {
    return em.createQuery("select c from PackCover c where c.period = :p", PackCover.class)
        .setParameter("p", period)
        .getResultStream()
        .findFirst();
  }
}
