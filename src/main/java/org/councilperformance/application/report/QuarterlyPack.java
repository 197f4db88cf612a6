package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilperformance.application.ActionService;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.ReportingScope;
import org.councilperformance.application.TrendService;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.report.PackCover;
import org.councilperformance.domain.report.PackSection;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** Assembles a quarter's committee pack (docs/reports.md) from what the sections read. */
@ApplicationScoped
@Transactional
public class QuarterlyPack {
  @PersistenceContext private EntityManager em;
  @Inject private Lookup lookup;
  @Inject private IndicatorService indicators;
  @Inject private TrendService trends;
  @Inject private ActionService actions;
  @Inject @Any private Instance<SectionSource> sources;

  @Inject
  @ConfigProperty(name = "council.name", defaultValue = "Council")
  private String councilName;

  @Inject
  @ConfigProperty(name = "report.committee", defaultValue = "Corporate Scrutiny Committee")
  private String defaultCommittee;

  public Pack assemble(String periodCode, ReportingScope scope, List<PackSection> sections) {
    // A pack only reads, thousands of entities for a large council: without this Hibernate keeps
    // a snapshot of each and compares them all before every query and again at commit.
    Session session = em.unwrap(Session.class);
    session.setDefaultReadOnly(true);
    session.setHibernateFlushMode(FlushMode.MANUAL);
    ReportingPeriod period = lookup.period(periodCode, "period");
    PackContext context =
        new PackContext(period, scope, scopeText(scope), indicators, trends, actions);
    Map<PackSection, SectionSource> bySection = new EnumMap<>(PackSection.class);
    sources.forEach(s -> bySection.put(s.section(), s));
    List<SectionContent> contents =
        sections.stream().map(s -> sourceOf(bySection, s).content(context)).toList();
    return new Pack(
        councilName,
        cover(period).title(),
        period.label(),
        context.scopeText(),
        "quarterly-performance-" + period.code() + scopeSuffix(scope),
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
      String periodCode,
      String committee,
      LocalDate meetingDate,
      String title,
      List<String> authors,
      Integer exemptParagraph) {
    ReportingPeriod period = lookup.period(periodCode, "period");
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

  private String scopeText(ReportingScope scope) {
    if (scope.priority() == null && scope.businessUnit() == null) {
      return "Whole council";
    }
    StringBuilder text = new StringBuilder();
    if (scope.priority() != null) {
      text.append("Priority: ").append(lookup.priority(scope.priority(), "priority").name());
    }
    if (scope.businessUnit() != null) {
      text.append(text.isEmpty() ? "" : "; ")
          .append("Business unit: ")
          .append(lookup.businessUnit(scope.businessUnit(), "businessUnit").name());
    }
    return text.toString();
  }

  private static String scopeSuffix(ReportingScope scope) {
    return (scope.priority() == null ? "" : "-" + scope.priority())
        + (scope.businessUnit() == null ? "" : "-" + scope.businessUnit());
  }
}
