package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilperformance.application.ActionService;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.Scope;
import org.councilperformance.application.TrendService;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.report.PackCover;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** Assembles a quarter's committee pack (docs/reports.md) from what the sections read. */
@ApplicationScoped
public class QuarterlyPack {
  private final EntityManager em;
  private final Lookup lookup;
  private final IndicatorService indicators;
  private final TrendService trends;
  private final ActionService actions;
  private final Instance<SectionSource> sources;
  private final PackRenderer renderer;

  private final String councilName;

  private final String defaultCommittee;

  @Inject
  public QuarterlyPack(
      EntityManager em,
      Lookup lookup,
      IndicatorService indicators,
      TrendService trends,
      ActionService actions,
      @Any Instance<SectionSource> sources,
      PackRenderer renderer,
      @ConfigProperty(name = "council.name", defaultValue = "Council") String councilName,
      @ConfigProperty(name = "report.committee", defaultValue = "Corporate Scrutiny Committee")
          String defaultCommittee) {
    this.em = em;
    this.lookup = lookup;
    this.indicators = indicators;
    this.trends = trends;
    this.actions = actions;
    this.sources = sources;
    this.renderer = renderer;
    this.councilName = councilName;
    this.defaultCommittee = defaultCommittee;
  }

  /** For CDI's client proxy only. */
  protected QuarterlyPack() {
    this(null, null, null, null, null, null, null, null, null);
  }

  /** The pack printed in a format, timing the reading and the printing apart. */
  public PrintedPack print(
      PeriodCode periodCode, Scope scope, List<PackSection> sections, ReportFormat format) {
    long start = System.nanoTime();
    Pack pack = assemble(periodCode, scope, sections);
    long assembled = System.nanoTime();
    byte[] document = renderer.render(pack, format);
    return new PrintedPack(
        document,
        format,
        pack.fileStem(),
        Duration.ofNanos(assembled - start),
        Duration.ofNanos(System.nanoTime() - assembled));
  }

  public Pack assemble(PeriodCode periodCode, Scope scope, List<PackSection> sections) {
    // A pack only reads, thousands of entities for a large council: without this Hibernate keeps
    // a snapshot of each and compares them all before every query and again at commit.
    Session session = em.unwrap(Session.class);
    session.setDefaultReadOnly(true);
    session.setHibernateFlushMode(FlushMode.MANUAL);
    ReportingPeriod period = lookup.period(periodCode);
    PackContext context = new PackContext(period, scope, indicators, trends, actions);
    Map<PackSection, SectionSource> bySection = new EnumMap<>(PackSection.class);
    sources.forEach(s -> bySection.put(s.section(), s));
    List<SectionContent> contents =
        sections.stream().map(s -> sourceOf(bySection, s).content(context)).toList();
    return new Pack(
        councilName,
        cover(period).title(),
        period.label(),
        context.scopeText(),
        "quarterly-performance-" + period.code() + scope.fileSuffix(),
        contents);
  }

  private static SectionSource sourceOf(Map<PackSection, SectionSource> sources, PackSection s) {
    SectionSource source = sources.get(s);
    if (source == null) {
      throw new IllegalStateException("no SectionSource bean renders section " + s.key());
    }
    return source;
  }

  public String councilName() {
    return councilName;
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

  public PackCover describeCover(
      PeriodCode periodCode,
      String committee,
      LocalDate meetingDate,
      String title,
      List<String> authors,
      Integer exemptParagraph) {
    ReportingPeriod period = lookup.period(periodCode);
    PackCover cover = storedCover(period).orElseGet(() -> new PackCover(period));
    cover.describe(committee, meetingDate, title, authors, exemptParagraph);
    if (!em.contains(cover)) {
      em.persist(cover);
    }
    return cover;
  }

  private Optional<PackCover> storedCover(ReportingPeriod period) {
    return em.createQuery("select c from PackCover c where c.period = :p", PackCover.class)
        .setParameter("p", period)
        .getResultStream()
        .findFirst();
  }
}
