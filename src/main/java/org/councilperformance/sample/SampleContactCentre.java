package org.councilperformance.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.councilperformance.application.ContactCentreService;
import org.councilperformance.application.PeriodService;
import org.councilperformance.domain.contact.CallFigures;
import org.councilperformance.domain.contact.CallPercentages;
import org.councilperformance.domain.contact.PrintedTotals;
import org.councilperformance.domain.period.PeriodCode;

/**
 * The sample council's customer service call centre statistics for Q2: July–September of 2018/19
 * with 2017/18 beside them, the +/- and totals as printed, and the percentages its narrative quotes
 * ("a fall in % abandoned calls from 25% to 21%"). Last year's months need their quarter,
 * 2017-18-Q2.
 */
@ApplicationScoped
public class SampleContactCentre implements SampleAppendix {
  private static final Logger LOG = Logger.getLogger(SampleContactCentre.class.getName());
  private static final PeriodCode QUARTER = new PeriodCode(2018, 2);
  private static final PeriodCode LAST_YEAR_QUARTER = new PeriodCode(2017, 2);

  /** The fixture's month names and the calendar months of each of its two year columns. */
  private static final Map<String, String[]> MONTHS =
      Map.of(
          "July", new String[] {"2017-07", "2018-07"},
          "August", new String[] {"2017-08", "2018-08"},
          "September", new String[] {"2017-09", "2018-09"});

  private final ContactCentreService contactCentre;
  private final PeriodService periods;

  @Inject
  public SampleContactCentre(ContactCentreService contactCentre, PeriodService periods) {
    this.contactCentre = contactCentre;
    this.periods = periods;
  }

  /** For CDI's client proxy only. */
  protected SampleContactCentre() {
    this(null, null);
  }

  @Override
  @Transactional
  public boolean isLoaded() {
    return contactCentre.hasMonth(YearMonth.of(2018, 7));
  }

  @Override
  @Transactional
  public void load() {
    JsonObject table =
        SampleCouncilLoader.read(SampleCouncilLoader.REPORT).getJsonObject("contactCentre");
    JsonObject rows = table.getJsonObject("rows");
    if (periods.periods().stream().noneMatch(p -> p.code().equals(LAST_YEAR_QUARTER.toString()))) {
      periods.create(LAST_YEAR_QUARTER, null);
    }
    // Each row gives, per month and for the total: [2017/18, 2018/19, +/- as printed].
    for (String name : List.of("July", "August", "September")) {
      String[] months = MONTHS.get(name);
      contactCentre.recordMonth(YearMonth.parse(months[0]), row(rows, name, 0), CallFigures.NONE);
      contactCentre.recordMonth(YearMonth.parse(months[1]), row(rows, name, 1), row(rows, name, 2));
    }
    JsonObject narrative = table.getJsonObject("narrative");
    contactCentre.recordPrintedTotals(
        QUARTER,
        new PrintedTotals(
            row(rows, "Total", 1),
            row(rows, "Total", 0),
            row(rows, "Total", 2),
            new CallPercentages(
                SampleCouncilLoader.decimal(narrative, "abandonedPercentQ2_2018_19"),
                SampleCouncilLoader.decimal(narrative, "answeredIn30sPercentQ2_2018_19"),
                null),
            new CallPercentages(
                SampleCouncilLoader.decimal(narrative, "abandonedPercentQ2_2017_18"),
                SampleCouncilLoader.decimal(narrative, "answeredIn30sPercentQ2_2017_18"),
                null)));
    LOG.info("Loaded the sample council's contact-centre statistics for " + QUARTER);
  }

  /** One column of the table: the figure of each row for a month (or "Total") and column. */
  private static CallFigures row(JsonObject rows, String month, int column) {
    return new CallFigures(
        cell(rows, "received", month, column),
        cell(rows, "answered", month, column),
        cell(rows, "answeredIn30Secs", month, column),
        cell(rows, "answeredIn60Secs", month, column),
        cell(rows, "abandoned", month, column),
        cell(rows, "rejected", month, column));
  }

  private static BigDecimal cell(JsonObject rows, String row, String month, int column) {
    JsonArray cells = rows.getJsonObject(row).getJsonArray(month);
    return cells.getJsonNumber(column).bigDecimalValue();
  }
}
