package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.action.ActionPositionBuilder.positionOf;
import static org.councilperformance.domain.contact.CallFiguresBuilder.calls;
import static org.councilperformance.domain.finance.CapitalFundBuilder.capitalFund;
import static org.councilperformance.domain.finance.RevenueAccountBuilder.revenueAccount;
import static org.councilperformance.domain.indicator.IndicatorStatusBuilder.statusOf;
import static org.councilperformance.domain.intervention.OffTrackItemBuilder.offTrackAction;
import static org.councilperformance.domain.intervention.OffTrackItemBuilder.offTrackIndicator;
import static org.councilperformance.domain.risk.RiskReviewBuilder.reviewOf;
import static org.councilperformance.domain.trend.IndicatorTrendBuilder.trendOf;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import org.councilperformance.domain.absence.AbsenceReportBuilder;
import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.action.ActionStatus;
import org.councilperformance.domain.contact.CallFigures;
import org.councilperformance.domain.contact.ContactCentreQuarter;
import org.councilperformance.domain.contact.PrintedTotals;
import org.councilperformance.domain.finance.CapitalFund;
import org.councilperformance.domain.finance.RevenueAccount;
import org.councilperformance.domain.finance.SavingsTarget;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.intervention.InterventionPlan;
import org.councilperformance.domain.intervention.InterventionStep;
import org.councilperformance.domain.intervention.OffTrackItem;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.plan.CorporatePlan;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.plan.PriorityType;
import org.councilperformance.domain.quality.Consistency;
import org.councilperformance.domain.quality.Finding;
import org.councilperformance.domain.report.ContactOfficer;
import org.councilperformance.domain.report.FrontSheet;
import org.councilperformance.domain.report.Implications;
import org.councilperformance.domain.report.PackCover;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.risk.Risk;
import org.councilperformance.domain.risk.RiskPosition;
import org.councilperformance.domain.trend.DirectionOfTravel;
import org.councilperformance.domain.trend.IndicatorTrend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every section template's {@code <field>}s against the keys of the rows its data source writes,
 * the rows produced from a small council that has every kind of row each section prints.
 *
 * <p>The renderer hands each section a {@code JRMapCollectionDataSource}, which answers null for a
 * key no row has: a field the rows never write prints blank, silently, and a misspelt key or field
 * is found only by a rendering test that looks for that very value. So every field must be a key
 * some row writes. The converse is held too, so that a key renamed in a row cannot pass while its
 * old name lingers in the template, and so that rows carry no data nothing prints: the keys are the
 * fields exactly, except where {@link #KEYS_NO_FIELD_READS} says why a template ignores some.
 *
 * <p>QuarterlyPack.jrxml is the pack around the sections: its four fields (title, template, rows,
 * parameters) are written by the renderer (infrastructure/report/PackRenderer), not by a section's
 * source, and every rendering test fills through them.
 */
class TemplateFieldsTest {
  private static final Path TEMPLATES = Path.of("reports");
  private static final String PACK_TEMPLATE = "QuarterlyPack";

  private static final PeriodCode Q2 = PeriodCode.parse("2018-19-Q2", "period");
  private static final ReportingPeriod PERIOD = new ReportingPeriod(Q2, null);

  /**
   * The dashboards' indicator rows are the compendium's rows (IndicatorRows.of) under the
   * dashboard's heading, and a dashboard prints fewer of their columns.
   */
  private static final Map<String, Set<String>> KEYS_NO_FIELD_READS =
      Map.of(
          "Dashboard",
          Set.of("businessUnit", "rule", "previousActual", "sinceLastYear", "lastYearActual"));

  /** Each section template's rows, as its source makes them, by the template's name. */
  private static final Map<String, Supplier<List<Map<String, Object>>>> ROWS = rowsByTemplate();

  private static Map<String, Supplier<List<Map<String, Object>>>> rowsByTemplate() {
    Map<String, Supplier<List<Map<String, Object>>>> rows = new LinkedHashMap<>();
    rows.put(
        "Cover",
        () ->
            List.of(
                CoverSource.row(
                    "Test Council", cover(), "Q2", "Whole", List.of(PackSection.values()))));
    rows.put(
        "Summary",
        () -> SummarySource.rows(Council.statuses(), Council.trends(), Council.actions()));
    rows.put(
        "Dashboard",
        () ->
            DashboardSource.withNarratives(
                DashboardRows.of(
                    Council.statuses(), Council.trends(), Council.actions(), p -> true),
                code -> "Narrative of " + code));
    rows.put(
        "PlanOnAPage",
        () ->
            PlanOnAPageSource.rows(
                DashboardRows.of(
                    Council.statuses(), Council.trends(), Council.actions(), p -> true),
                code -> "Aim of " + code,
                code -> "Narrative of " + code));
    rows.put("Exceptions", () -> ExceptionRows.of(Council.offTrack()));
    rows.put(
        "IndicatorCompendium",
        // No earlier outturns: the indicator is not saved, so has no id to find them by.
        () -> CompendiumSource.rows(Council.statuses(), Council.trends(), new HashMap<>()));
    rows.put("Risks", () -> RiskSource.rows(Council.risks(), Map.of("R1", List.of("A-1 Patch"))));
    rows.put(
        "Finance",
        () ->
            FinanceRows.of(
                Council.revenue(), Council.capital(), Council.savings(), List.of(finding())));
    rows.put("ContactCentre", () -> ContactCentreRows.of(Council.contactCentre()));
    rows.put("Absence", () -> AbsenceRows.of(AbsenceReportBuilder.sampleQ2().build()));
    rows.put("DataQuality", () -> DataQualitySource.rows(List.of(finding())));
    return rows;
  }

  static Stream<String> sectionTemplates() throws IOException {
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".jrxml"))
          .map(n -> n.substring(0, n.length() - ".jrxml".length()))
          .filter(n -> !n.equals(PACK_TEMPLATE))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void everySectionTemplateIsChecked() throws IOException {
    assertThat(sectionTemplates()).containsExactlyInAnyOrderElementsOf(ROWS.keySet());
  }

  @ParameterizedTest
  @MethodSource("sectionTemplates")
  void everyFieldIsAKeyTheRowsWriteAndEveryKeyAField(String template) throws JRException {
    Map<String, String> fields = fieldsOf(template);
    Set<String> keys = keysOf(ROWS.get(template).get());

    assertThat(keys)
        .as("%s.jrxml fields that no row of its source writes", template)
        .containsAll(fields.keySet());
    assertThat(difference(keys, fields.keySet()))
        .as("keys the rows write that %s.jrxml has no field for", template)
        .isEqualTo(KEYS_NO_FIELD_READS.getOrDefault(template, Set.of()));
  }

  /** A value of another class than its field's would fail the fill with a ClassCastException. */
  @ParameterizedTest
  @MethodSource("sectionTemplates")
  void everyValueIsOfItsFieldsClass(String template) throws Exception {
    Map<String, String> fields = fieldsOf(template);
    for (Map<String, Object> row : ROWS.get(template).get()) {
      for (Map.Entry<String, String> field : fields.entrySet()) {
        Object value = row.get(field.getKey());
        if (value != null) {
          assertThat(value)
              .as("%s.%s in %s", template, field.getKey(), row)
              .isInstanceOf(Class.forName(field.getValue()));
        }
      }
    }
  }

  /** Field name to class name, from the template as JasperReports reads it. */
  private static Map<String, String> fieldsOf(String template) throws JRException {
    JRField[] fields =
        JRXmlLoader.load(TEMPLATES.resolve(template + ".jrxml").toFile()).getFields();
    return Arrays.stream(fields)
        .collect(Collectors.toMap(JRField::getName, JRField::getValueClassName));
  }

  private static Set<String> keysOf(List<Map<String, Object>> rows) {
    assertThat(rows).isNotEmpty();
    return rows.stream().flatMap(r -> r.keySet().stream()).collect(Collectors.toSet());
  }

  private static Set<String> difference(Set<String> keys, Set<String> fields) {
    Set<String> extra = new TreeSet<>(keys);
    extra.removeAll(fields);
    return extra;
  }

  private static PackCover cover() {
    PackCover cover = new PackCover(PERIOD);
    cover.describe("Cabinet", LocalDate.of(2018, 11, 5), "Q2 report", List.of("Chief Exec"), 3);
    cover.writeFrontSheet(
        new FrontSheet(
            "To report performance",
            List.of("Note the report"),
            List.of(ContactOfficer.of("A Smith", "Head of Policy", "01530 454545", null, "c")),
            new Implications("None", null, null, null, "None"),
            List.of("Council Delivery Plan 2018/19")));
    return cover;
  }

  private static Finding finding() {
    return Consistency.derived(
            "absence", "2018-19-Q2 HR&OD days per FTE", "days lost ÷ FTE", n("2.30"), n("2.4567"))
        .orElseThrow();
  }

  private static BigDecimal n(String text) {
    return new BigDecimal(text);
  }

  /**
   * A council small enough to read, with every kind of row: an indicator and an action on a
   * priority's dashboard, one of each off track (one with a plan of a step, one without), a risk
   * reviewed twice, revenue with reasons, capital with a total and notes, a saving, and calls
   * beside last year's with a month that does not add up.
   */
  private static final class Council {
    private static final Priority HOMES = priority();
    private static final Indicator HOMES_BUILT = indicator();
    private static final Action NEW_DEPOT = action();

    private static Priority priority() {
      Priority priority = new Priority("HC", new CorporatePlan("Plan", 2018, 2019, null));
      priority.describe("Homes and Communities", PriorityType.PRIORITY, null);
      return priority;
    }

    private static Indicator indicator() {
      Indicator indicator =
          new Indicator("HC-PI-01", "Homes built", IndicatorUnit.COUNT, Polarity.HIGHER_IS_BETTER);
      indicator.serve(List.of(HOMES));
      return indicator;
    }

    private static Action action() {
      Action action = new Action("HC-A-01", "Build a depot");
      action.assignTo(HOMES, null, "Head of Housing");
      action.schedule(null, LocalDate.of(2019, 3, 31), null);
      return action;
    }

    static List<IndicatorStatus> statuses() {
      return List.of(
          statusOf(HOMES_BUILT)
              .target("50")
              .actual("45")
              .commentary("Two sites delayed")
              .status(RagStatus.AMBER)
              .build());
    }

    static List<IndicatorTrend> trends() {
      return List.of(
          trendOf(HOMES_BUILT)
              .period("2018-19-Q2")
              .actual("45")
              .previousActual("40")
              .sincePrevious(DirectionOfTravel.IMPROVING)
              .lastYearActual("48")
              .sinceLastYear(DirectionOfTravel.WORSENING)
              .annualTarget("100")
              .build());
    }

    static List<ActionPosition> actions() {
      return List.of(
          positionOf(NEW_DEPOT)
              .status(ActionStatus.WARNING)
              .progress(40)
              .commentary("Planning consent awaited")
              .build());
    }

    static List<OffTrackItem> offTrack() {
      InterventionPlan plan = new InterventionPlan("IP-1");
      plan.address("Recover housing delivery", "Sites delayed", List.of(HOMES_BUILT), List.of());
      plan.plan(
          List.of(new InterventionStep("Release a second site", "Head of Housing", null)),
          PERIOD,
          "On target by Q4",
          true);
      return List.of(
          offTrackIndicator("HC-PI-01", RagStatus.RED)
              .businessUnit("Housing")
              .commentary("Two sites delayed")
              .plans(plan)
              .build(),
          offTrackAction("HC-A-01", RagStatus.AMBER).build());
    }

    static List<RiskPosition> risks() {
      Risk risk = new Risk("R1", "Data centre fire", 4);
      risk.assignTo(null, HOMES, "Head of ICT");
      risk.assess(risk.rating(4, 4, "inherent"), risk.rating(2, 3, "residual"), "Backups");
      return List.of(
          RiskPosition.of(
              risk,
              List.of(
                  reviewOf(risk, LocalDate.of(2018, 6, 30)).rated(3, 3).build(),
                  reviewOf(risk, LocalDate.of(2018, 9, 30))
                      .rated(2, 3)
                      .note("Backups tested")
                      .by("Leadership team")
                      .build())));
    }

    static List<RevenueAccount> revenue() {
      return List.of(
          revenueAccount("GF")
              .name("General Fund")
              .budget("13503")
              .outturn("13482")
              .headline("£21k underspend")
              .comment("Salary savings", "21000")
              .build());
    }

    static List<CapitalFund> capital() {
      return List.of(
          capitalFund("GF")
              .approved("3137")
              .likelyOutturn("3000")
              .comments("Depot slipped")
              .build(),
          capitalFund("HRA").approved("100").likelyOutturn("90").build(),
          capitalFund(CapitalFund.STATED_TOTAL)
              .approved("3237")
              .likelyOutturn("3090")
              .comments("Figures in £000")
              .build());
    }

    static List<SavingsTarget> savings() {
      return List.of(new SavingsTarget(PERIOD, "Shared service", n("100"), n("80")));
    }

    /** July beside last July, and a September answering more within 30 s than within 60 s. */
    static ContactCentreQuarter contactCentre() {
      Map<YearMonth, CallFigures> counts =
          Map.of(
              YearMonth.of(2018, 7),
              calls()
                  .received(10338)
                  .answered(6877)
                  .answeredWithin30s(2045)
                  .answeredWithin60s(2379)
                  .abandoned(3231)
                  .rejected(230)
                  .build(),
              YearMonth.of(2017, 7),
              calls()
                  .received(9040)
                  .answered(6843)
                  .answeredWithin30s(2663)
                  .answeredWithin60s(3014)
                  .abandoned(2072)
                  .rejected(118)
                  .build(),
              YearMonth.of(2018, 9),
              calls()
                  .received(7779)
                  .answered(6535)
                  .answeredWithin30s(3937)
                  .answeredWithin60s(3319)
                  .build());
      return new ContactCentreQuarter(Q2, counts, Map.of(), PrintedTotals.NONE);
    }
  }
}
