package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilperformance.application.Lookup;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.report.NarrativeSubject;
import org.councilperformance.domain.report.PackNarrative;

/**
 * Officers' narrative per period, per priority and per appendix
 * (docs/reports.md#officers-narrative). What the pack prints, like its cover: it may be written
 * until the period is published.
 */
@ApplicationScoped
public class PackNarratives {
  private final EntityManager em;
  private final Lookup lookup;

  @Inject
  public PackNarratives(EntityManager em, Lookup lookup) {
    this.em = em;
    this.lookup = lookup;
  }

  /** For CDI's client proxy only. */
  protected PackNarratives() {
    this(null, null);
  }

  /** The period's narratives with text, by subject: one query, whatever the pack's size. */
  public Map<NarrativeSubject, String> texts(ReportingPeriod period) {
    return stored(period).stream()
        .filter(n -> n.text() != null)
        .collect(Collectors.toMap(PackNarrative::subject, PackNarrative::text));
  }

  /** Every narrative stored for the period, with text or cleared, by subject. */
  public Map<NarrativeSubject, PackNarrative> all(ReportingPeriod period) {
    return stored(period).stream()
        .collect(Collectors.toMap(PackNarrative::subject, Function.identity()));
  }

  /** The narrative as stored, or empty when none was ever written. */
  public Optional<PackNarrative> narrative(ReportingPeriod period, NarrativeSubject subject) {
    return em.createQuery(
            "select n from PackNarrative n where n.period = :p and n.subject = :s",
            PackNarrative.class)
        .setParameter("p", period)
        .setParameter("s", subject.key())
        .getResultStream()
        .findFirst();
  }

  /** The subject of a priority's narrative, once the priority is known to exist (404 otherwise). */
  public NarrativeSubject priority(Code code) {
    return NarrativeSubject.priority(lookup.priority(code).code());
  }

  /** Writes the narrative; blank text clears it. Refused once the period is published (409). */
  public PackNarrative write(PeriodCode periodCode, NarrativeSubject subject, String text) {
    ReportingPeriod period = lookup.period(periodCode);
    period.requireUnpublished();
    PackNarrative narrative =
        narrative(period, subject).orElseGet(() -> new PackNarrative(period, subject));
    narrative.write(text);
    if (!em.contains(narrative)) {
      em.persist(narrative);
    }
    return narrative;
  }

  /**
   * Every subject a narrative may be written about, in the order a pack prints them: the priorities
   * by name, then the appendices.
   */
  public List<Subject> subjects() {
    List<Subject> subjects = new ArrayList<>();
    em.createQuery("select p from Priority p order by p.name, p.code", Priority.class)
        .getResultList()
        .forEach(p -> subjects.add(new Subject(NarrativeSubject.priority(p.code()), p.name())));
    NarrativeSubject.APPENDICES.forEach(
        a -> subjects.add(new Subject(NarrativeSubject.of(a), a.title())));
    return subjects;
  }

  /** A subject with its name as people know it, e.g. "Homes and Communities". */
  public record Subject(NarrativeSubject subject, String title) {}

  private List<PackNarrative> stored(ReportingPeriod period) {
    return em.createQuery("select n from PackNarrative n where n.period = :p", PackNarrative.class)
        .setParameter("p", period)
        .getResultList();
  }
}
