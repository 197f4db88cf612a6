package org.councilperformance.application.report.outline;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilperformance.application.report.Pack;
import org.councilperformance.application.report.QuarterlyPack;
import org.councilperformance.application.report.SectionContent;
import org.councilperformance.domain.report.PackSection;

/**
 * The pack as plain structure for the formats that are not laid out as pages: the HTML twin, the
 * Word document and the workbook (docs/reports.md#formats). The same sections as the PDF, read from
 * the same rows.
 */
public record PackOutline(
    String council,
    String title,
    String periodLabel,
    String scopeText,
    String fileStem,
    List<SectionOutline> sections) {

  private static final Map<PackSection, SectionOutliner> OUTLINERS = outliners();

  public PackOutline {
    sections = List.copyOf(sections);
  }

  public static PackOutline of(Pack pack) {
    Set<String> ids = new HashSet<>();
    // The PDF's headings: appendices lettered by their place among those printed.
    Map<PackSection, String> headings =
        PackSection.headings(pack.sections().stream().map(SectionContent::section).toList());
    List<SectionOutline> sections =
        pack.sections().stream()
            .map(content -> outline(content, headings.get(content.section()), ids))
            .toList();
    return new PackOutline(
        pack.council(),
        pack.title(),
        pack.periodLabel(),
        pack.scopeText(),
        pack.fileStem(),
        sections);
  }

  /** The document's title, as the PDF's metadata names it. */
  public String documentTitle() {
    return title + " — " + council;
  }

  private static SectionOutline outline(SectionContent content, String heading, Set<String> ids) {
    PackSection section = content.section();
    ids.add(section.key());
    Blocks blocks = new Blocks(section.key(), ids);
    // The officers' narrative for the section, where one is written, before its tables.
    blocks.paragraph(RowFields.text(content.parameters(), QuarterlyPack.NARRATIVE));
    OUTLINERS.getOrDefault(section, new AnySectionOutline()).outline(content, blocks);
    return new SectionOutline(section.key(), heading, section.sheetName(), blocks.list());
  }

  private static Map<PackSection, SectionOutliner> outliners() {
    Map<PackSection, SectionOutliner> all = new EnumMap<>(PackSection.class);
    all.put(PackSection.COVER, new CoverOutline());
    all.put(PackSection.SUMMARY, new SummaryOutline());
    all.put(PackSection.DASHBOARD, new DashboardOutline());
    all.put(PackSection.EXCEPTIONS, new ExceptionsOutline());
    all.put(PackSection.INDICATORS, new CompendiumOutline());
    all.put(PackSection.FINANCE, new FinanceOutline());
    all.put(PackSection.ABSENCE, new AbsenceOutline());
    all.put(PackSection.CONTACT_CENTRE, new ContactCentreOutline());
    all.put(PackSection.RISKS, new RisksOutline());
    all.put(PackSection.DATA_QUALITY, new DataQualityOutline());
    all.put(PackSection.PLAN_ON_A_PAGE, new PlanOnAPageOutline());
    return all;
  }
}
