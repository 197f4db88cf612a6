package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.ActionService;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.Scope;
import org.councilperformance.application.TrendService;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.report.NarrativeSubject;
import org.councilperformance.domain.report.PackCover;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** Assembles a quarter's committee pack (docs/reports.md) from what the sections read. */
@ApplicationScoped
public class QuarterlyPack {
  /** The section parameter holding an appendix's narrative, printed under its heading. */
  public static final String NARRATIVE = "NARRATIVE";

  private final EntityManager em;
  private final Lookup lookup;
  private final IndicatorService indicators;
  private final TrendService trends;
  private final ActionService actions;
  private final Instance<SectionSource> sources;
  private final PackRenderer renderer;

  private final PackCovers covers;
  private final PackNarratives narratives;
  private final String councilName;

  @Inject
  public QuarterlyPack(
      EntityManager em,
      Lookup lookup,
      PackCovers covers,
      IndicatorService indicators,
      TrendService trends,
      ActionService actions,
      @Any Instance<SectionSource> sources,
      PackRenderer renderer,
      PackNarratives narratives,
      @ConfigProperty(name = "council.name", defaultValue = "Council") String councilName) {
    this.em = em;
    this.lookup = lookup;
    this.covers = covers;
    this.indicators = indicators;
    this.trends = trends;
    this.actions = actions;
    this.sources = sources;
    this.renderer = renderer;
    this.narratives = narratives;
    this.councilName = councilName;
  }

  /** For CDI's client proxy only. */
  protected QuarterlyPack() {
    this(null, null, null, null, null, null, null, null, null, null);
  }

  /** The pack printed in a format, timing the reading and the printing apart. */
  public PrintedPack print(
      PeriodCode periodCode, Scope scope, List<PackSection> sections, ReportFormat format) {
    return print(periodCode, scope, sections, format, null, null);
  }

  /**
   * The pack for one meeting of a committee: its cover names that committee and meeting date
   * (title, authors, exemption and front sheet as the period's cover has them).
   *
   * @param committee, meetingDate both null for the period's own cover
   */
  public PrintedPack print(
      PeriodCode periodCode,
      Scope scope,
      List<PackSection> sections,
      ReportFormat format,
      String committee,
      LocalDate meetingDate) {
    return print(periodCode, scope, sections, format, committee, meetingDate, false);
  }

  /**
   * The whole council's pack as published on the open data page (docs/open-data.md#the-pack): every
   * section, the period's own cover, and no commentary marked internal.
   */
  public PrintedPack printPublished(PeriodCode periodCode, ReportFormat format) {
    return print(
        periodCode,
        Scope.WHOLE_COUNCIL,
        PackSection.parse(null, false, "sections"),
        format,
        null,
        null,
        true);
  }

  private PrintedPack print(
      PeriodCode periodCode,
      Scope scope,
      List<PackSection> sections,
      ReportFormat format,
      String committee,
      LocalDate meetingDate,
      boolean published) {
    long start = System.nanoTime();
    Pack pack = assemble(periodCode, scope, sections, committee, meetingDate, published);
    long assembled = System.nanoTime();
    byte[] document = renderer.render(pack, format);
    return new PrintedPack(
        document,
        format,
        pack.fileStem(),
        Duration.ofNanos(assembled - start),
        Duration.ofNanos(System.nanoTime() - assembled));
  }

  /**
   * How many indicators a pack of this scope covers at most (those of every period's set): the
   * portal's measure of a large pack, which it prints in the background
   * (docs/portal.md#the-committee-pack).
   */
  public long indicatorsIn(Scope scope) {
    if (scope.isWholeCouncil()) {
      return em.createQuery("select count(i) from Indicator i", Long.class).getSingleResult();
    }
    return em.createQuery(
            "select distinct i from Indicator i left join fetch i.businessUnit"
                + " left join fetch i.priorities",
            Indicator.class)
        .getResultStream()
        .filter(i -> scope.covers(i.businessUnit(), i.priorities()))
        .count();
  }

  public Pack assemble(PeriodCode periodCode, Scope scope, List<PackSection> sections) {
    return assemble(periodCode, scope, sections, null, null, false);
  }

  private Pack assemble(
      PeriodCode periodCode,
      Scope scope,
      List<PackSection> sections,
      String committee,
      LocalDate meetingDate,
      boolean published) {
    // A pack only reads, thousands of entities for a large council: without this Hibernate keeps
    // a snapshot of each and compares them all before every query and again at commit.
    Session session = em.unwrap(Session.class);
    session.setDefaultReadOnly(true);
    session.setHibernateFlushMode(FlushMode.MANUAL);
    ReportingPeriod period = lookup.period(periodCode);
    PackCover cover = covers.cover(period);
    if (committee != null) {
      // Printed only, never stored: the period's own cover stays as the admin set it.
      PackCover forMeeting = new PackCover(period);
      forMeeting.describe(
          committee, meetingDate, cover.title(), cover.authors(), cover.exemptParagraph());
      forMeeting.writeFrontSheet(cover.frontSheet());
      cover = forMeeting;
    }
    PackContext context =
        new PackContext(
            period,
            scope,
            councilName,
            cover,
            indicators,
            trends,
            actions,
            sections,
            () -> narratives.texts(period),
            published);
    Map<PackSection, SectionSource> bySection = new EnumMap<>(PackSection.class);
    sources.forEach(s -> bySection.put(s.section(), s));
    List<SectionContent> contents =
        sections.stream()
            .map(s -> withNarrative(sourceOf(bySection, s).content(context), context))
            .toList();
    return new Pack(
        councilName,
        context.cover().title(),
        period.label(),
        context.scopeText(),
        "quarterly-performance-" + period.code() + scope.fileSuffix(),
        contents);
  }

  /**
   * An appendix's officers' narrative, for the pack to print under its heading
   * (docs/reports.md#officers-narrative), as the parameter {@code NARRATIVE}.
   */
  private static SectionContent withNarrative(SectionContent content, PackContext context) {
    if (!NarrativeSubject.APPENDICES.contains(content.section())) {
      return content;
    }
    String narrative = context.narrative(NarrativeSubject.of(content.section()));
    if (narrative == null) {
      return content;
    }
    Map<String, Object> parameters = new HashMap<>(content.parameters());
    parameters.put(NARRATIVE, narrative);
    return new SectionContent(content.section(), content.template(), content.rows(), parameters);
  }

  private static SectionSource sourceOf(Map<PackSection, SectionSource> sources, PackSection s) {
    SectionSource source = sources.get(s);
    if (source == null) {
      throw new IllegalStateException("no SectionSource bean renders section " + s.key());
    }
    return source;
  }
}
