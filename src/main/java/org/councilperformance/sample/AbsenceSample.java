package org.councilperformance.sample;

import static org.councilperformance.sample.SampleCouncilLoader.decimal;
import static org.councilperformance.sample.SampleCouncilLoader.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.councilperformance.application.AbsenceService;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.absence.AbsenceFigures;
import org.councilperformance.domain.absence.AbsenceReasonShare;
import org.councilperformance.domain.absence.LongTermFollowUp;
import org.councilperformance.domain.period.PeriodCode;

/**
 * The sample council's absence tables for Q1 and Q2 2018/19, its Q2 reasons for absence, what its
 * narrative says of the whole council in Q2 (return-to-work interviews, long-term cases, the annual
 * projection) and its corporate target. The tables' work areas are the sample's business units by
 * name; their "All Directorates" row is the council's own total, kept as printed to be checked.
 */
@ApplicationScoped
public class AbsenceSample implements SampleAppendix {
  private static final Logger LOG = Logger.getLogger(AbsenceSample.class.getName());
  private static final PeriodCode YEAR = new PeriodCode(2018, null);

  /** The row of the sample's tables that is the council total, not a work area. */
  static final String COUNCIL_TOTAL_ROW = "All Directorates";

  private final AbsenceService absence;

  @Inject
  public AbsenceSample(AbsenceService absence) {
    this.absence = absence;
  }

  /** For CDI's client proxy only. */
  protected AbsenceSample() {
    this(null);
  }

  @Override
  @Transactional
  public boolean isLoaded() {
    return absence.hasFigures(new PeriodCode(2018, 1));
  }

  @Override
  @Transactional
  public void load() {
    JsonObject appendix = read(SampleCouncilLoader.REPORT).getJsonObject("absence");
    Map<String, String> unitByName = new HashMap<>();
    for (JsonValue b : read(SampleCouncilLoader.ORGANISATION).getJsonArray("businessUnits")) {
      unitByName.put(b.asJsonObject().getString("name"), b.asJsonObject().getString("code"));
    }
    // The narrative speaks of the whole council in Q2.
    JsonObject narrative = appendix.getJsonObject("narrative");
    JsonObject tables = appendix.getJsonObject("byDirectorate");
    for (String quarter : tables.keySet()) {
      PeriodCode period = PeriodCode.parse(YEAR + "-" + quarter, "period");
      for (JsonValue r : tables.getJsonArray(quarter)) {
        JsonObject row = r.asJsonObject();
        AbsenceFigures figures =
            new AbsenceFigures(
                decimal(row, "longTermDays"),
                decimal(row, "shortTermDays"),
                decimal(row, "fte"),
                decimal(row, "totalDays"),
                decimal(row, "avgDaysPerFTE"));
        String area = row.getString("directorate");
        if (area.equals(COUNCIL_TOTAL_ROW)) {
          boolean q2 = quarter.equals("Q2");
          absence.recordCouncil(
              period,
              figures,
              q2 ? decimal(narrative, "projectedAnnualDaysPerFTE") : null,
              q2
                  ? new LongTermFollowUp(
                      whole(narrative, "returnedFromLongTerm"),
                      whole(narrative, "stillOnLongTerm"),
                      decimal(narrative, "returnToWorkInterviewCompletionPercent"))
                  : LongTermFollowUp.NONE);
        } else {
          String unit = unitByName.get(area);
          if (unit == null) {
            throw new IllegalStateException("sample absence work area " + area + " is no unit");
          }
          absence.recordLine(period, Code.of(unit, "businessUnit"), figures, LongTermFollowUp.NONE);
        }
      }
    }

    List<AbsenceReasonShare> reasons =
        appendix.getJsonArray("reasonsQ2").stream()
            .map(JsonValue::asJsonObject)
            .map(r -> new AbsenceReasonShare(r.getString("reason"), decimal(r, "percent")))
            .toList();
    absence.recordReasons(new PeriodCode(2018, 2), reasons);
    absence.setTarget(YEAR, decimal(appendix, "corporateTargetDaysPerFTE"));
    LOG.info("Loaded the sample council's absence tables for " + tables.keySet());
  }

  private static Integer whole(JsonObject o, String key) {
    return o.get(key) instanceof JsonNumber n ? n.intValueExact() : null;
  }
}
