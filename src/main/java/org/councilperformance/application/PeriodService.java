package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;

/** Financial years and quarters set up for reporting. */
@ApplicationScoped
public class PeriodService {
  private final EntityManager em;
  private final Lookup lookup;

  @Inject
  public PeriodService(EntityManager em, Lookup lookup) {
    this.em = em;
    this.lookup = lookup;
  }

  /** For CDI's client proxy only. */
  protected PeriodService() {
    this(null, null);
  }

  public List<ReportingPeriod> periods() {
    return em.createQuery(
            "select p from ReportingPeriod p order by p.startDate, p.type desc",
            ReportingPeriod.class)
        .getResultList();
  }

  public ReportingPeriod period(PeriodCode code) {
    return lookup.period(code);
  }

  public ReportingPeriod create(PeriodCode code, String label) {
    if (em.find(ReportingPeriod.class, code.toString()) != null) {
      throw new ConflictException(code.source(), "period " + code + " already exists");
    }
    ReportingPeriod period = new ReportingPeriod(code, label);
    em.persist(period);
    return period;
  }

  public ReportingPeriod relabel(PeriodCode code, String label) {
    ReportingPeriod period = lookup.period(code);
    period.requireUnpublished(); // the label is printed on the released pack
    period.relabel(label);
    return period;
  }
}
