package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;

/** Financial years and quarters set up for reporting. */
@ApplicationScoped
@Transactional
public class PeriodService {
  @PersistenceContext private EntityManager em;
  @Inject private Lookup lookup;

  public List<ReportingPeriod> periods() {
    return em.createQuery(
            "select p from ReportingPeriod p order by p.startDate, p.type desc",
            ReportingPeriod.class)
        .getResultList();
  }

  public ReportingPeriod period(String code) {
    return lookup.period(code, "code");
  }

  public ReportingPeriod create(String code, String label) {
    PeriodCode parsed = PeriodCode.parse(code, "code");
    if (em.find(ReportingPeriod.class, parsed.toString()) != null) {
      throw new ConflictException("code", "period " + parsed + " already exists");
    }
    ReportingPeriod period = new ReportingPeriod(parsed, label);
    em.persist(period);
    return period;
  }

  public ReportingPeriod relabel(String code, String label) {
    ReportingPeriod period = lookup.period(code, "code");
    period.relabel(label);
    return period;
  }
}
