package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.organisation.Directorate;

/** The council's directorates and their business units. */
@ApplicationScoped
public class OrganisationService {
  private final EntityManager em;
  private final Lookup lookup;

  @Inject
  public OrganisationService(EntityManager em, Lookup lookup) {
    this.em = em;
    this.lookup = lookup;
  }

  /** For CDI's client proxy only. */
  protected OrganisationService() {
    this(null, null);
  }

  public List<Directorate> directorates() {
    return em.createQuery("select d from Directorate d order by d.name", Directorate.class)
        .getResultList();
  }

  public Directorate directorate(Code code) {
    return lookup.directorate(code);
  }

  public Directorate createDirectorate(Code code, String name, String head) {
    lookup.requireUnusedCode(Directorate.class, code, "directorate");
    Directorate directorate = new Directorate(code.value(), name, head);
    em.persist(directorate);
    return directorate;
  }

  public Directorate reviseDirectorate(Code code, String name, String head) {
    Directorate directorate = lookup.directorate(code);
    directorate.rename(name, head);
    return directorate;
  }

  public List<BusinessUnit> businessUnits() {
    return em.createQuery(
            "select b from BusinessUnit b join fetch b.directorate order by b.name",
            BusinessUnit.class)
        .getResultList();
  }

  public BusinessUnit businessUnit(Code code) {
    return lookup.businessUnit(code);
  }

  public BusinessUnit createBusinessUnit(
      Code code, String name, String head, Code directorateCode) {
    lookup.requireUnusedCode(BusinessUnit.class, code, "business unit");
    BusinessUnit unit =
        new BusinessUnit(code.value(), name, head, lookup.directorate(directorateCode));
    em.persist(unit);
    return unit;
  }

  public BusinessUnit reviseBusinessUnit(
      Code code, String name, String head, Code directorateCode) {
    BusinessUnit unit = lookup.businessUnit(code);
    unit.reorganise(name, head, lookup.directorate(directorateCode));
    return unit;
  }
}
