package org.councilperformance.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.councilperformance.application.AccountService;
import org.councilperformance.application.ActionService;
import org.councilperformance.application.ActionSpec;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.application.IndicatorSpec;
import org.councilperformance.application.InterventionPlanService;
import org.councilperformance.application.InterventionPlanSpec;
import org.councilperformance.application.OrganisationService;
import org.councilperformance.application.PeriodService;
import org.councilperformance.application.PlanService;
import org.councilperformance.application.Scope;
import org.councilperformance.application.report.PackCovers;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.indicator.Aggregation;
import org.councilperformance.domain.indicator.Frequency;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.intervention.InterventionStep;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.plan.CorporatePlan;
import org.councilperformance.domain.plan.PlanId;
import org.councilperformance.domain.plan.PriorityType;

/**
 * Loads the demo council — North West Leicestershire DC's published 2018/19 Q2 performance report —
 * through the same services the API uses, so the demo obeys every rule real data does. Targets,
 * actuals and action commentary are loaded as printed; statuses are computed, and the printed ones
 * are kept beside them for comparison.
 */
@ApplicationScoped
public class SampleCouncilLoader {
  static final String REPORT = "sample/nwldc-2018-19-q2.json";
  static final String ORGANISATION = "sample/nwldc-organisation.json";
  private static final Logger LOG = Logger.getLogger(SampleCouncilLoader.class.getName());

  /** How the fixture's unit words map to the product's units. */
  private static final Map<String, IndicatorUnit> UNITS =
      Map.of(
          "percent", IndicatorUnit.PERCENT,
          "percent (and count)", IndicatorUnit.PERCENT,
          "days", IndicatorUnit.DAYS,
          "minutes", IndicatorUnit.MINUTES,
          "count", IndicatorUnit.COUNT,
          "currency GBP", IndicatorUnit.CURRENCY_GBP,
          "kg per household", IndicatorUnit.KILOGRAMS,
          "milestone (text)", IndicatorUnit.MILESTONE);

  /** The fixture's normalised printed statuses; "unknown" and absent mean none was printed. */
  private static final Map<String, RagStatus> PRINTED =
      Map.of(
          "green plus", RagStatus.GREEN_PLUS,
          "green", RagStatus.GREEN,
          "amber", RagStatus.AMBER,
          "red", RagStatus.RED,
          "data only", RagStatus.DATA_ONLY,
          "missing data", RagStatus.MISSING,
          "no data", RagStatus.MISSING);

  private static final PeriodCode YEAR = new PeriodCode(2018, null);
  private static final PeriodCode QUARTER = new PeriodCode(2018, 2);

  private final PlanService plans;
  private final OrganisationService organisation;
  private final PeriodService periods;
  private final IndicatorService indicators;
  private final ActionService actions;
  private final InterventionPlanService interventionPlans;
  private final AccountService accounts;
  private final PackCovers covers;

  @Inject
  public SampleCouncilLoader(
      PlanService plans,
      OrganisationService organisation,
      PeriodService periods,
      IndicatorService indicators,
      ActionService actions,
      InterventionPlanService interventionPlans,
      AccountService accounts,
      PackCovers covers) {
    this.plans = plans;
    this.organisation = organisation;
    this.periods = periods;
    this.indicators = indicators;
    this.actions = actions;
    this.interventionPlans = interventionPlans;
    this.accounts = accounts;
    this.covers = covers;
  }

  /** For CDI's client proxy only. */
  protected SampleCouncilLoader() {
    this(null, null, null, null, null, null, null, null);
  }

  /**
   * One demo account per role, scoped to real sample units; listed in README. They exist only in a
   * database the sample was loaded into, never in production.
   */
  static final List<DemoAccount> DEMO_ACCOUNTS =
      List.of(
          new DemoAccount(
              "admin", "Performance Team (demo)", Role.ADMIN, List.of(), "demo-admin-pw"),
          new DemoAccount(
              "housing.editor",
              "Head of Housing (demo)",
              Role.EDITOR,
              List.of("HOUSING"),
              "demo-editor-pw"),
          new DemoAccount(
              "hcs.director",
              "Strategic Director of Housing and Customer Services (demo)",
              Role.APPROVER,
              List.of("HOUSING", "CUSTOMER"),
              "demo-approver-pw"),
          new DemoAccount("member", "Councillor (demo)", Role.VIEWER, List.of(), "demo-viewer-pw"));

  record DemoAccount(
      String username, String displayName, Role role, List<String> units, String password) {}

  /** True when the database already holds a plan: the sample is only ever loaded into nothing. */
  @Transactional
  public boolean databaseHasData() {
    return !plans.plans().isEmpty();
  }

  /**
   * True when the database holds the sample council's plan: only then may the sample's later
   * additions (actions, appendices, demo accounts) be added to it. Never true of a council's own
   * database, whatever its settings.
   */
  @Transactional
  public boolean holdsTheSample() {
    JsonObject report = read(REPORT);
    String name = read(ORGANISATION).getJsonObject("plan").getString("name");
    String description = report.getString("council") + " — " + report.getString("reportTitle");
    return plans.plans().stream()
        .anyMatch(p -> p.name().equals(name) && description.equals(p.description()));
  }

  /** True until the demo accounts exist (a sample database from before they did lacks them). */
  @Transactional
  public boolean lacksDemoAccounts() {
    return accounts.byUsername(DEMO_ACCOUNTS.get(0).username()).isEmpty();
  }

  @Transactional
  public void loadDemoAccounts() {
    for (DemoAccount a : DEMO_ACCOUNTS) {
      accounts.createUser(
          a.username(), a.displayName(), a.role(), codes(a.units()), a.password().toCharArray());
    }
    LOG.info(
        "Added the demo accounts: " + DEMO_ACCOUNTS.stream().map(DemoAccount::username).toList());
  }

  @Transactional
  public void load() {
    JsonObject report = read(REPORT);
    JsonObject structure = read(ORGANISATION);

    periods.create(YEAR, null);
    for (int q = 1; q <= 4; q++) {
      periods.create(new PeriodCode(2018, q), null);
    }
    covers.describe(
        QUARTER,
        report.getString("committee"),
        LocalDate.parse(report.getString("meetingDate")),
        report.getString("reportTitle"),
        report.getJsonArray("contacts").getValuesAs(JsonString::getString),
        null);

    JsonObject planSpec = structure.getJsonObject("plan");
    CorporatePlan plan =
        plans.createPlan(
            planSpec.getString("name"),
            planSpec.getInt("startYear"),
            planSpec.getInt("endYear"),
            report.getString("council") + " — " + report.getString("reportTitle"));
    JsonObject priorityCodes = structure.getJsonObject("priorities");
    for (JsonValue p : report.getJsonArray("priorities")) {
      JsonObject priority = p.asJsonObject();
      String name = priority.getString("name");
      plans.createPriority(
          Code.of(priorityCodes.getString(name), "code"),
          new PlanId(plan.id(), "planId"),
          name,
          PriorityType.PRIORITY,
          null,
          text(priority, "type"));
    }

    for (JsonValue d : structure.getJsonArray("directorates")) {
      JsonObject directorate = d.asJsonObject();
      organisation.createDirectorate(
          Code.of(directorate.getString("code"), "code"),
          directorate.getString("name"),
          text(directorate, "head"));
    }
    for (JsonValue b : structure.getJsonArray("businessUnits")) {
      JsonObject unit = b.asJsonObject();
      organisation.createBusinessUnit(
          Code.of(unit.getString("code"), "code"),
          unit.getString("name"),
          text(unit, "head"),
          Code.of(unit.getString("directorate"), "directorate"));
    }

    for (DemoAccount a : DEMO_ACCOUNTS) {
      accounts.createUser(
          a.username(), a.displayName(), a.role(), codes(a.units()), a.password().toCharArray());
    }

    JsonObject unitOf = structure.getJsonObject("indicatorUnits");
    Set<String> cumulative =
        Set.copyOf(
            structure.getJsonArray("cumulativeIndicators").getValuesAs(JsonString::getString));
    for (JsonValue i : report.getJsonArray("indicators")) {
      loadIndicator(
          i.asJsonObject(),
          priorityCodes,
          unitOf,
          cumulative,
          structure.getJsonObject("commentary"));
    }
    LOG.info(
        "Loaded the sample council: "
            + report.getJsonArray("indicators").size()
            + " indicators of "
            + report.getString("council"));
  }

  private void loadIndicator(
      JsonObject row,
      JsonObject priorityCodes,
      JsonObject unitOf,
      Set<String> cumulative,
      JsonObject commentary) {
    Code code = Code.of(row.isNull("code") ? row.getString("id") : row.getString("code"), "code");
    IndicatorUnit unit = UNITS.get(row.getString("unit"));
    if (unit == null) {
      throw new IllegalStateException("sample indicator " + code + " has unknown unit");
    }
    Polarity polarity =
        switch (String.valueOf(text(row, "polarity"))) {
          case "higher is better" -> Polarity.HIGHER_IS_BETTER;
          case "lower is better" -> Polarity.LOWER_IS_BETTER;
          default -> Polarity.DATA_ONLY;
        };
    indicators.create(
        code,
        new IndicatorSpec(
            LegibleText.orNotPublished(row.getString("name")),
            null,
            unit,
            polarity,
            Frequency.QUARTERLY,
            cumulative.contains(code.value())
                ? Aggregation.CUMULATIVE_YEAR_TO_DATE
                : Aggregation.SNAPSHOT,
            null,
            null,
            null,
            Code.of(unitOf.getString(row.getString("id")), "businessUnit"),
            List.of(Code.of(priorityCodes.getString(row.getString("priority")), "priorities")),
            List.of("local"),
            null,
            null,
            null,
            null));

    BigDecimal target = decimal(row, "target");
    if (target != null) {
      indicators.setTarget(code, QUARTER, target);
    }
    BigDecimal annualTarget = decimal(row, "annualTarget");
    if (annualTarget != null) {
      indicators.setTarget(code, YEAR, annualTarget);
    }
    BigDecimal actual = decimal(row, "actual");
    indicators.report(
        code,
        QUARTER,
        actual,
        actual == null ? missingReason(text(row, "actualText")) : null,
        commentary.containsKey(code.value())
            ? LegibleText.of(commentary.getString(code.value()))
            : null);
    RagStatus printed = PRINTED.get(String.valueOf(text(row, "status")));
    if (printed != null) {
      indicators.recordReportedStatus(code, QUARTER, printed);
    }
  }

  /**
   * Why a measure has no figure, in the report's terms: what it printed instead of one figure
   * ("50+", or a figure per channel), quoted, or that it printed none.
   */
  static String missingReason(String printedInstead) {
    String quoted = LegibleText.of(printedInstead);
    return quoted == null
        ? "No figure given in the published report"
        : "No single figure: the published report gives \u201c" + quoted + "\u201d";
  }

  /** True until the sample's actions exist (a sample database from before actions lacks them). */
  @Transactional
  public boolean lacksActions() {
    return actions.positions(QUARTER, Scope.WHOLE_COUNCIL).stream()
        .noneMatch(p -> p.action().code().equals("VFM-A-01"));
  }

  @Transactional
  public void loadActions() {
    JsonObject report = read(REPORT);
    JsonObject priorityCodes = read(ORGANISATION).getJsonObject("priorities");
    for (JsonValue a : report.getJsonArray("actions")) {
      loadAction(a.asJsonObject(), priorityCodes);
    }
    for (JsonValue p : report.getJsonArray("interventionPlans")) {
      loadPlan(p.asJsonObject());
    }
    LOG.info(
        "Loaded the sample council's "
            + report.getJsonArray("actions").size()
            + " actions and "
            + report.getJsonArray("interventionPlans").size()
            + " intervention plans");
  }

  /**
   * The report gives each delivery-plan action only a colour and commentary — no dates or progress
   * — so the printed colour is the status that stands until the council enters progress.
   */
  private void loadAction(JsonObject row, JsonObject priorityCodes) {
    Code code = Code.of(row.isNull("code") ? row.getString("id") : row.getString("code"), "code");
    actions.create(
        code,
        new ActionSpec(
            // One action's title was lost from the extraction, another's garbled.
            LegibleText.orNotPublished(text(row, "title")),
            LegibleText.of(text(row, "description")),
            Code.of(priorityCodes.getString(row.getString("priority")), "priority"),
            null,
            null,
            null,
            null,
            null,
            null,
            null));
    actions.update(
        code,
        QUARTER,
        null,
        LegibleText.of(text(row, "comments")),
        null,
        null,
        text(row, "status"));
  }

  /**
   * The plans themselves are appendices the report does not reproduce; what it says of them — the
   * indicators and actions they cover and the steps its paragraphs name — is loaded, and the reason
   * says where the report sets the plan out. The extraction's own notes on a plan are not the
   * council's words and are left out.
   */
  private void loadPlan(JsonObject row) {
    List<String> paragraphs = strings(row, "paragraphRefs");
    String where =
        "Set out in "
            + (row.isNull("appendix") ? "" : row.getString("appendix") + " to ")
            + "the council's published report"
            + (paragraphs.isEmpty()
                ? ""
                : " ("
                    + (paragraphs.size() == 1 ? "paragraph " : "paragraphs ")
                    + String.join(", ", paragraphs)
                    + ")")
            + ".";
    interventionPlans.create(
        Code.of(row.getString("id"), "code"),
        new InterventionPlanSpec(
            LegibleText.orNotPublished(row.getString("title")),
            where,
            codes(strings(row, "relatedIndicators")),
            codes(strings(row, "relatedActions")),
            strings(row, "plannedActions").stream()
                .map(LegibleText::of)
                .filter(step -> step != null)
                .map(step -> new InterventionStep(step, null, null))
                .toList(),
            null,
            null,
            false));
  }

  private static List<Code> codes(List<String> codes) {
    return codes.stream().map(c -> Code.of(c, "code")).toList();
  }

  private static List<String> strings(JsonObject o, String key) {
    return o.containsKey(key) && !o.isNull(key)
        ? o.getJsonArray(key).getValuesAs(JsonString::getString)
        : List.of();
  }

  static JsonObject read(String resource) {
    try (InputStream in = SampleCouncilLoader.class.getClassLoader().getResourceAsStream(resource);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v instanceof JsonString s ? s.getString() : null;
  }

  static BigDecimal decimal(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v instanceof JsonNumber n ? n.bigDecimalValue() : null;
  }
}
