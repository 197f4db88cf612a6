package org.councilperformance.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.List;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.report.PackCovers;
import org.councilperformance.application.report.PackNarratives;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.report.FrontSheet;
import org.councilperformance.domain.report.Implications;
import org.councilperformance.domain.report.NarrativeSubject;
import org.councilperformance.domain.report.PackSection;

/**
 * What the sample council's front sheet and risk register say, in its own words: the recommendation
 * put to the committee, the risk implications, and the risk register's note that two new corporate
 * risks were added (printed at the top of the risk register appendix, whose entries the published
 * report did not include). The report names its contacts by post only, without telephone or email,
 * so the demo's front sheet has no contact officers, and no purpose: a clerk fills them in.
 */
@ApplicationScoped
public class SampleFrontSheet implements SampleAppendix {
  private static final PeriodCode QUARTER = new PeriodCode(2018, 2);
  private static final String REGISTER = "Corporate Risk Register - Appendix 2";
  private static final String RISK_MANAGEMENT = "Front sheet - Risk Management";

  private final PackCovers covers;
  private final PackNarratives narratives;
  private final Lookup lookup;

  @Inject
  public SampleFrontSheet(PackCovers covers, PackNarratives narratives, Lookup lookup) {
    this.covers = covers;
    this.narratives = narratives;
    this.lookup = lookup;
  }

  /** For CDI's client proxy only. */
  protected SampleFrontSheet() {
    this(null, null, null);
  }

  @Override
  @Transactional
  public boolean isLoaded() {
    return !covers.cover(lookup.period(QUARTER)).frontSheet().isEmpty();
  }

  @Override
  @Transactional
  public void load() {
    JsonObject report = SampleCouncilLoader.read(SampleCouncilLoader.REPORT);
    covers.writeFrontSheet(
        QUARTER,
        new FrontSheet(
            null,
            List.of(report.getString("recommendation")),
            List.of(),
            new Implications(null, null, riskNote(report, RISK_MANAGEMENT), null, null),
            List.of()));
    narratives.write(QUARTER, NarrativeSubject.of(PackSection.RISKS), riskNote(report, REGISTER));
  }

  private static String riskNote(JsonObject report, String source) {
    return report.getJsonArray("risks").stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> source.equals(r.getString("source")))
        .map(r -> r.getString("text"))
        .findFirst()
        .orElse(null);
  }
}
