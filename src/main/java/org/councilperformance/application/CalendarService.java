package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.calendar.Closure;
import org.councilperformance.domain.calendar.WorkingCalendar;

/**
 * The council's working-day calendar: England and Wales bank holidays as computed, corrected by an
 * admin's closures (docs/rules.md#publication-date).
 */
@ApplicationScoped
public class CalendarService {
  private final EntityManager em;

  @Inject
  public CalendarService(EntityManager em) {
    this.em = em;
  }

  /** For CDI's client proxy only. */
  protected CalendarService() {
    this(null);
  }

  public List<Closure> closures() {
    return em.createQuery("select c from Closure c order by c.day", Closure.class).getResultList();
  }

  /** The stored correction for a day, or null. */
  public Closure closureOn(LocalDate day) {
    return em.find(Closure.class, day);
  }

  public Closure closure(LocalDate day) {
    Closure closure = closureOn(day);
    if (closure == null) {
      throw new NotFoundException("day", "no closure or opening is entered for " + day);
    }
    return closure;
  }

  /** Enters or replaces the correction for a day. */
  public Closure set(LocalDate day, Closure.Kind kind, String reason) {
    Closure closure = closureOn(day);
    if (closure == null) {
      closure = new Closure(day, kind, reason);
      em.persist(closure);
    } else {
      closure.revise(kind, reason);
    }
    return closure;
  }

  public void remove(LocalDate day) {
    em.remove(closure(day));
  }

  /** The calendar as it stands, read once for all the dates a request needs. */
  public WorkingCalendar calendar() {
    return new WorkingCalendar(closures());
  }
}
