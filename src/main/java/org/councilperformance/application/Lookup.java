package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.organisation.Directorate;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.plan.CorporatePlan;
import org.councilperformance.domain.plan.Priority;

/**
 * Finds stored things by the codes people use for them, answering "not found" in the words of the
 * request field that named them.
 */
@ApplicationScoped
public class Lookup {
  @PersistenceContext private EntityManager em;

  public CorporatePlan plan(long id, String field) {
    CorporatePlan plan = em.find(CorporatePlan.class, id);
    if (plan == null) {
      throw new NotFoundException(field, "no corporate plan with id " + id);
    }
    return plan;
  }

  public Priority priority(String code, String field) {
    return single(
        em.createQuery("select p from Priority p where p.code = :code", Priority.class)
            .setParameter("code", code)
            .getResultList(),
        field,
        "no priority with code '" + code + "'");
  }

  public Directorate directorate(String code, String field) {
    return single(
        em.createQuery("select d from Directorate d where d.code = :code", Directorate.class)
            .setParameter("code", code)
            .getResultList(),
        field,
        "no directorate with code '" + code + "'");
  }

  public BusinessUnit businessUnit(String code, String field) {
    return single(
        em.createQuery("select b from BusinessUnit b where b.code = :code", BusinessUnit.class)
            .setParameter("code", code)
            .getResultList(),
        field,
        "no business unit with code '" + code + "'");
  }

  /** Reads a period code (400 if malformed) and finds the period (404 if not set up). */
  public ReportingPeriod period(String code, String field) {
    PeriodCode parsed = PeriodCode.parse(code, field);
    ReportingPeriod period = em.find(ReportingPeriod.class, parsed.toString());
    if (period == null) {
      throw new NotFoundException(field, "period " + parsed + " has not been set up");
    }
    return period;
  }

  public Indicator indicator(String code, String field) {
    return single(
        em.createQuery("select i from Indicator i where i.code = :code", Indicator.class)
            .setParameter("code", code)
            .getResultList(),
        field,
        "no indicator with code '" + code + "'");
  }

  private static <T> T single(List<T> found, String field, String message) {
    if (found.isEmpty()) {
      throw new NotFoundException(field, message);
    }
    return found.get(0);
  }
}
