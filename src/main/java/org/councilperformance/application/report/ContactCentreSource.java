package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.ContactCentreService;
import org.councilperformance.domain.period.PeriodType;
import org.councilperformance.domain.report.PackSection;

/**
 * The contact centre appendix: each month of the quarter beside the same month last year, the
 * change, and the quarter's totals. Kept per quarter; a pack for a whole year prints the section's
 * "no figures" line.
 */
@ApplicationScoped
public class ContactCentreSource implements SectionSource {
  private final ContactCentreService contactCentre;

  @Inject
  public ContactCentreSource(ContactCentreService contactCentre) {
    this.contactCentre = contactCentre;
  }

  /** For CDI's client proxy only. */
  protected ContactCentreSource() {
    this(null);
  }

  @Override
  public PackSection section() {
    return PackSection.CONTACT_CENTRE;
  }

  @Override
  public SectionContent content(PackContext context) {
    List<Map<String, Object>> rows =
        context.period().type() == PeriodType.QUARTER
            ? ContactCentreRows.of(
                contactCentre.quarter(context.period()), context.prints(PackSection.DATA_QUALITY))
            : List.of();
    return new SectionContent(section(), "ContactCentre", rows, Map.of());
  }
}
