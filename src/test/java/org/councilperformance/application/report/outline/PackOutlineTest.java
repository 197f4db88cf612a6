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

    assertThat(table.columns()).extracting(Column::label).contains("Target", "As reported");
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
        .containsExactly("Recommendations");
    assertThat(section.paragraphs()).contains("1. Note the report.", "2. Agree the plan.");
    assertThat(section.tables().get(0).rows()).hasSize(2);
  }
}
