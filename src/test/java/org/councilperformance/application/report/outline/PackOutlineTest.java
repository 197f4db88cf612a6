package org.councilperformance.application.report.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.report.Pack;
import org.councilperformance.application.report.SectionContent;
import org.councilperformance.domain.report.PackSection;
import org.junit.jupiter.api.Test;

class PackOutlineTest {
  static Map<String, Object> indicator(String code, Object target, String reported) {
    Map<String, Object> row = new HashMap<>();
    row.put("kind", "Indicators");
    row.put("priority", "Value For Money");
    row.put("code", code);
    row.put("name", "Measure " + code);
    row.put("unit", "%");
    row.put("target", target);
    row.put("actual", new BigDecimal("10.000000"));
    row.put("status", "◆ Red");
    row.put("statusColour", "Status.RED");
    row.put("sincePrevious", "");
    row.put("commentary", "");
    if (reported != null) {
      row.put("reportedStatus", reported);
    }
    return row;
  }

  static Pack pack(SectionContent... sections) {
    return new Pack(
        "Test Council",
        "Quarterly report",
        "Quarter 2",
        "Whole council",
        "stem",
        List.of(sections));
  }

  private static Table onlyTable(PackOutline outline) {
    return outline.sections().get(0).tables().get(0);
  }

  @Test
  void aColumnIsPrintedOnlyWhenSomeRowHasAValue() {
    SectionContent dashboard =
        new SectionContent(
            PackSection.DASHBOARD,
            "Dashboard",
            List.of(indicator("VFM-1", null, null), indicator("VFM-2", null, null)),
            Map.of());

    Table table = onlyTable(PackOutline.of(pack(dashboard)));

    assertThat(table.columns())
        .extracting(Column::label)
        .containsExactly("Code", "Indicator", "Unit", "Actual", "Status");
  }

  @Test
  void aFieldAddedToTheRowsShowsWhereItIsFilled() {
    SectionContent dashboard =
        new SectionContent(
            PackSection.DASHBOARD,
            "Dashboard",
            List.of(
                indicator("VFM-1", new BigDecimal("5"), "● Green"), indicator("VFM-2", null, null)),
            Map.of());

    Table table = onlyTable(PackOutline.of(pack(dashboard)));

    assertThat(table.columns()).extracting(Column::label).contains("Target");
    assertThat(table.rows().get(1).cells()).containsNull();
  }

  @Test
  void figuresAreShownToTheirOwnDecimalsAndAWholeNumberHasNoPoint() {
    SectionContent dashboard =
        new SectionContent(
            PackSection.DASHBOARD, "Dashboard", List.of(indicator("VFM-1", 7, null)), Map.of());

    Table table = onlyTable(PackOutline.of(pack(dashboard)));
    List<Object> cells = table.rows().get(0).cells();

    assertThat(Table.text(cells.get(3), table.columns().get(3))).isEqualTo("7");
    assertThat(Table.text(cells.get(4), table.columns().get(4))).isEqualTo("10");
    assertThat(((Figure) cells.get(4)).pattern(false)).isEqualTo("#,##0");
    assertThat(Figure.of(new BigDecimal("2.30"), "#,##0.00").text(false)).isEqualTo("2.30");
    assertThat(Figure.of(new BigDecimal("1043.290000")).text(false)).isEqualTo("1,043.29");
    assertThat(Figure.of(new BigDecimal("-138")).text(true)).isEqualTo("(138)");
    assertThat(Figure.of(new BigDecimal("-138")).pattern(true)).isEqualTo("#,##0;(#,##0)");
  }

  @Test
  void headingIdsAreUniqueInThePackAndListedForTheContents() {
    Map<String, Object> first = indicator("VFM-1", null, null);
    Map<String, Object> second = indicator("HC-1", null, null);
    second.put("priority", "Homes & Communities");
    SectionContent dashboard =
        new SectionContent(PackSection.DASHBOARD, "Dashboard", List.of(first, second), Map.of());
    SectionContent compendium =
        new SectionContent(PackSection.INDICATORS, "IndicatorCompendium", List.of(first), Map.of());

    PackOutline outline = PackOutline.of(pack(dashboard, compendium));

    assertThat(outline.sections().get(0).headings())
        .extracting(Block.Heading::id)
        .containsExactly("dashboard-value-for-money", "dashboard-homes-communities");
    assertThat(outline.sections().get(1).headings())
        .extracting(Block.Heading::id)
        .containsExactly("indicators-value-for-money");
  }

  @Test
  void anEmptySectionSaysSoInWords() {
    SectionContent finance =
        new SectionContent(PackSection.FINANCE, "Finance", List.of(), Map.of());

    SectionOutline section = PackOutline.of(pack(finance)).sections().get(0);

    assertThat(section.tables()).isEmpty();
    assertThat(section.paragraphs())
        .containsExactly("No finance figures have been entered for this period.");
  }

  @Test
  void theCoverPrintsTheFrontSheetsPartsThatAreSetAndTheNarrativeComesFirst() {
    Map<String, Object> cover = new HashMap<>();
    cover.put("council", "Test Council");
    cover.put("committee", "Scrutiny");
    cover.put("recommendations", "1. Note the report.\n2. Agree the plan.");
    cover.put("purpose", null);
    SectionContent content =
        new SectionContent(
            PackSection.COVER, "Cover", List.of(cover), Map.of("NARRATIVE", "Officers' words."));

    SectionOutline section = PackOutline.of(pack(content)).sections().get(0);

    assertThat(section.blocks().get(0)).isEqualTo(new Block.Paragraph("Officers' words."));
    assertThat(section.headings())
        .extracting(Block.Heading::text)
        .containsExactly("Report to the committee");
    assertThat(section.blocks())
        .filteredOn(b -> b instanceof Block.Heading h && h.level() == 4)
        .extracting(b -> ((Block.Heading) b).text())
        .containsExactly("Recommendations");
    assertThat(section.paragraphs()).contains("1. Note the report.", "2. Agree the plan.");
    assertThat(section.tables().get(0).rows()).hasSize(3);
  }

  @Test
  void everyPartOfTheFrontSheetIsPrintedUnderItsHeadingAsThePdfNamesIt() {
    Map<String, Object> cover = new HashMap<>();
    cover.put("council", "Test Council");
    cover.put("purpose", "To report performance.");
    cover.put("recommendations", "1. Note the report.");
    cover.put("contactOfficers", "A Officer, Head of Policy, 01234 567890");
    cover.put("implications", "Financial: none.");
    cover.put("backgroundPapers", "None.");
    cover.put("appendices", "Appendix A: compendium of performance results");
    cover.put("statusKey", "◆ Red: off target.");
    SectionContent content =
        new SectionContent(PackSection.COVER, "Cover", List.of(cover), Map.of());

    SectionOutline section = PackOutline.of(pack(content)).sections().get(0);

    assertThat(section.blocks())
        .filteredOn(b -> b instanceof Block.Heading h && h.level() == 4)
        .extracting(b -> ((Block.Heading) b).text())
        .containsExactly(
            "Purpose of the report",
            "Recommendations",
            "Contact officers",
            "Implications",
            "Background papers",
            "Appendices",
            "Status key");
    assertThat(section.paragraphs())
        .contains(
            "To report performance.",
            "A Officer, Head of Policy, 01234 567890",
            "Appendix A: compendium of performance results",
            "◆ Red: off target.");
    assertThat(section.tables().get(0).rows())
        .anySatisfy(r -> assertThat(r.cells()).containsExactly("Report of", "Performance team"));
  }

  @Test
  void appendicesAreLetteredAsThePdfPrintsThemAndTheirNarrativeComesFirst() {
    SectionContent dashboard =
        new SectionContent(
            PackSection.DASHBOARD, "Dashboard", List.of(indicator("VFM-1", null, null)), Map.of());
    SectionContent compendium =
        new SectionContent(
            PackSection.INDICATORS,
            "IndicatorCompendium",
            List.of(indicator("VFM-1", null, null)),
            Map.of("NARRATIVE", "The compendium's story."));
    SectionContent risks =
        new SectionContent(
            PackSection.RISKS, "Risks", List.of(), Map.of("NARRATIVE", "Two new risks added."));

    PackOutline outline = PackOutline.of(pack(dashboard, compendium, risks));

    assertThat(outline.sections())
        .extracting(SectionOutline::title)
        .containsExactly(
            "Performance dashboards",
            "Appendix A: compendium of performance results",
            "Appendix B: corporate risk register");
    assertThat(outline.sections().get(1).blocks().get(0))
        .isEqualTo(new Block.Paragraph("The compendium's story."));
    assertThat(outline.sections().get(2).paragraphs())
        .containsExactly(
            "Two new risks added.",
            "The register's entries are not recorded in this system: the note above says what"
                + " changed.");
  }

  @Test
  void aStatusCarriesTheStatusTheCouncilPrintedBesideItAsThePdfDoes() {
    Map<String, Object> differs = indicator("VFM-1", null, "as reported: ● Green");
    differs.put("status", "◆ Red\nas reported: ● Green");
    Map<String, Object> item = new HashMap<>(differs);
    item.put("part", "items");
    item.put("kind", "Indicator");
    SectionContent dashboard =
        new SectionContent(PackSection.DASHBOARD, "Dashboard", List.of(differs), Map.of());
    SectionContent compendium =
        new SectionContent(
            PackSection.INDICATORS, "IndicatorCompendium", List.of(differs), Map.of());
    SectionContent exceptions =
        new SectionContent(PackSection.EXCEPTIONS, "Exceptions", List.of(item), Map.of());

    PackOutline outline = PackOutline.of(pack(dashboard, compendium, exceptions));

    for (SectionOutline section : outline.sections()) {
      Table table = section.tables().get(0);
      assertThat(table.columns()).extracting(Column::label).doesNotContain("As reported");
      int status = table.columns().stream().map(Column::label).toList().indexOf("Status");
      assertThat(table.rows().get(0).cells().get(status))
          .isEqualTo(new Mark("◆ Red\nas reported: ● Green", "Status.RED"));
    }
    assertThat(outline.sections().get(2).headings())
        .extracting(Block.Heading::text)
        .containsExactly("Red and amber indicators and actions, then missing figures");
  }

  @Test
  void theColumnsNotReportedAreSaidOnceAndLeftOut() {
    String note = "Not reported for any of the indicators: target.";
    SectionContent dashboard =
        new SectionContent(
            PackSection.DASHBOARD,
            "Dashboard",
            List.of(indicator("VFM-1", null, null), indicator("VFM-2", null, null)),
            Map.of("NOT_REPORTED", note));
    SectionContent compendium =
        new SectionContent(
            PackSection.INDICATORS,
            "IndicatorCompendium",
            List.of(indicator("VFM-1", null, null)),
            Map.of("NOT_REPORTED", note));

    PackOutline outline = PackOutline.of(pack(dashboard, compendium));

    for (SectionOutline section : outline.sections()) {
      assertThat(section.paragraphs()).containsOnlyOnce(note);
      assertThat(section.tables().get(0).columns())
          .extracting(Column::label)
          .doesNotContain("Target");
    }
  }

  @Test
  void eachPrioritysTrendChartIsPrintedWithItsWordsAndItsFigures() {
    String words = "Indicators on track: Q1 2018/19 70% (14 of 20), Q2 2018/19 61% (23 of 38).";
    List<Map<String, Object>> points =
        List.of(
            Map.of("quarter", "Q1 2018/19", "share", new BigDecimal("70")),
            Map.of("quarter", "Q2 2018/19", "share", new BigDecimal("61")));
    Map<String, Object> charted = indicator("VFM-1", null, null);
    charted.put("trendPoints", points);
    charted.put("trendChartAltText", words);
    Map<String, Object> alone = indicator("HC-1", null, null);
    alone.put("priority", "Homes");
    alone.put("trendPoints", List.of());
    alone.put("trendChartAltText", "");
    SectionContent dashboard =
        new SectionContent(PackSection.DASHBOARD, "Dashboard", List.of(charted, alone), Map.of());

    SectionOutline section = PackOutline.of(pack(dashboard)).sections().get(0);

    List<Block.Chart> charts =
        section.blocks().stream()
            .filter(Block.Chart.class::isInstance)
            .map(Block.Chart.class::cast)
            .toList();
    assertThat(charts).hasSize(1);
    Block.Chart chart = charts.get(0);
    assertThat(chart.title()).isEqualTo("Value For Money: indicators on track, by quarter");
    assertThat(chart.description()).isEqualTo(words);
    assertThat(chart.bars())
        .containsExactly(
            new Block.Bar("Q1 2018/19", new BigDecimal("70")),
            new Block.Bar("Q2 2018/19", new BigDecimal("61")));
    assertThat(chart.data().columns())
        .extracting(Column::label)
        .containsExactly("Quarter", "Share on track (%)");
    assertThat(chart.data().rows())
        .extracting(r -> Table.text(r.cells().get(1), chart.data().columns().get(1)))
        .containsExactly("70", "61");
  }

  @Test
  void planOnAPageHasPerPriorityItsAimNarrativeCountsAndTablesWithStatus() {
    Map<String, Object> action = new HashMap<>();
    action.put("priority", "Value For Money");
    action.put("aim", "Spend wisely.");
    action.put("narrative", "On course.");
    action.put("actionCounts", "Actions: 1 green.");
    action.put("indicatorCounts", "Indicators: 1 red.");
    action.put("kind", "Actions");
    action.put("code", "VFM-A-1");
    action.put("name", "Review contracts");
    action.put("status", "● Green");
    action.put("statusColour", "Status.GREEN");
    Map<String, Object> indicator = new HashMap<>(action);
    indicator.put("kind", "Indicators");
    indicator.put("code", "VFM-PI-1");
    indicator.put("name", "Leisure income");
    indicator.put("status", "◆ Red");
    indicator.put("statusColour", "Status.RED");
    indicator.put("newPage", false);
    SectionContent plan =
        new SectionContent(
            PackSection.PLAN_ON_A_PAGE, "PlanOnAPage", List.of(action, indicator), Map.of());

    SectionOutline section = PackOutline.of(pack(plan)).sections().get(0);

    assertThat(section.title()).isEqualTo("Appendix A: plan on a page");
    assertThat(section.headings())
        .extracting(Block.Heading::text)
        .containsExactly("Value For Money");
    assertThat(section.paragraphs())
        .containsExactly("Spend wisely.", "On course.", "Actions: 1 green.", "Indicators: 1 red.");
    assertThat(section.tables()).hasSize(2);
    assertThat(section.tables().get(0).columns())
        .extracting(Column::label)
        .containsExactly("Code", "Action", "Status");
    assertThat(section.tables().get(1).columns())
        .extracting(Column::label)
        .containsExactly("Code", "Indicator", "Status");
    assertThat(section.tables().get(1).rows().get(0).cells())
        .containsExactly("VFM-PI-1", "Leisure income", new Mark("◆ Red", "Status.RED"));
  }

  @Test
  void aDifferenceIsPrintedAsThePdfPrintsItNegativesInBracketsToItsOwnDecimals() {
    Map<String, Object> calls = new HashMap<>();
    calls.put("where", "September 2018");
    calls.put("stated", new BigDecimal("3319"));
    calls.put("computed", new BigDecimal("3937"));
    calls.put("difference", new BigDecimal("-618"));
    Map<String, Object> days = new HashMap<>(calls);
    days.put("where", "Quarter 2");
    days.put("difference", new BigDecimal("-1.39"));
    SectionContent quality =
        new SectionContent(PackSection.DATA_QUALITY, "DataQuality", List.of(calls, days), Map.of());

    Table table = onlyTable(PackOutline.of(pack(quality)));
    Column difference = table.columns().get(3);

    assertThat(difference.label()).isEqualTo("Difference");
    assertThat(table.rows())
        .extracting(r -> Table.text(r.cells().get(3), difference))
        .containsExactly("(618)", "(1.39)");
  }
}
