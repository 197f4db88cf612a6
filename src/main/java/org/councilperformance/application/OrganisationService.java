package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.organisation.Directorate;

/** The council's directorates and their business units. */
@ApplicationScoped
@Transactional
public class OrganisationService {
  @PersistenceContext private EntityManager em;
  @Inject private Lookup lookup;

  public List<Directorate> directorates() {
    return em.createQuery("select d from Directorate d order by d.name", Directorate.class)
        .getResultList();
  }

  public Directorate directorate(String code) {
    return lookup.directorate(code, "code");
  }

  public Directorate createDirectorate(String code, String name, String head) {
    lookup.requireUnusedCode(Directorate.class, code, "directorate");
    Directorate directorate = new Directorate(code, name, head);
    em.persist(directorate);
    return directorate;
  }

  public Directorate reviseDirectorate(String code, String name, String head) {
    Directorate directorate = lookup.directorate(code, "code");
    directorate.rename(name, head);
    return directorate;
  }

  public List<BusinessUnit> businessUnits() {
    return em.createQuery(
            "select b from BusinessUnit b join fetch b.directorate order by b.name",
            BusinessUnit.class)
        .getResultList();
  }

  public BusinessUnit businessUnit(String code) {
    return lookup.businessUnit(code, "code");
  }

  public BusinessUnit createBusinessUnit(
      String code, String name, String head, String directorateCode) {
    lookup.requireUnusedCode(BusinessUnit.class, code, "business unit");
    BusinessUnit unit =
        new BusinessUnit(code, name, head, lookup.directorate(directorateCode, "directorate"));
    em.persist(unit);
    return unit;
  }

  public BusinessUnit reviseBusinessUnit(
      String code, String name, String head, String directorateCode) {
    BusinessUnit unit = lookup.businessUnit(code, "code");
    unit.reorganise(name, head, lookup.directorate(directorateCode, "directorate"));
    return unit;
  }
}
