package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilperformance.domain.report.ContactOfficer;
import org.councilperformance.domain.report.FrontSheet;
import org.councilperformance.domain.report.PackCover;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.StatusKey;

/**
 * The cover: council, committee, meeting date, title, period, scope, authors, public or exempt;
 * then the front sheet, the list of appendices and the status key.
 */
@ApplicationScoped
public class CoverSource implements SectionSource {
  private static final DateTimeFormatter MEETING_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  @Override
  public PackSection section() {
    return PackSection.COVER;
  }

  @Override
  public SectionContent content(PackContext context) {
    Map<String, Object> row =
        row(
            context.councilName(),
            context.cover(),
            context.period().label(),
            context.scopeText(),
            context.sections());
    return new SectionContent(section(), "Cover", List.of(row), Map.of());
  }

  /**
   * The cover's one row, as the template's fields name it: the cover, then the front sheet
   * (docs/reports.md#the-front-sheet), each part null when not set so that the template leaves it
   * out, then the list of appendices of the sections printed and the status key.
   */
  static Map<String, Object> row(
      String council, PackCover cover, String period, String scope, List<PackSection> sections) {
    Map<String, Object> row = new HashMap<>();
    row.put("council", council);
    row.put("committee", cover.committee());
    row.put(
        "meetingDate",
        cover.meetingDate() == null
            ? "Meeting date to be set"
            : MEETING_DATE.format(cover.meetingDate()));
    row.put("title", cover.title());
    row.put("period", period);
    row.put("scope", scope);
    row.put("authors", String.join("\n", cover.authors()));
    row.put("publication", PackCover.publicationText(cover.exemptParagraph()));
    FrontSheet sheet = cover.frontSheet();
    row.put("purpose", sheet.purpose());
    row.put("recommendations", numbered(sheet.recommendations()));
    row.put(
        "contactOfficers",
        lines(sheet.contactOfficers().stream().map(ContactOfficer::printed).toList()));
    row.put(
        "implications",
        lines(
            sheet.implications().stated().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList()));
    row.put("backgroundPapers", lines(sheet.backgroundPapers()));
    Map<PackSection, String> headings = PackSection.headings(sections);
    row.put(
        "appendices",
        lines(sections.stream().filter(PackSection::appendix).map(headings::get).toList()));
    row.put(
        "statusKey",
        lines(StatusKey.entries().stream().map(e -> e.mark() + ": " + e.definition()).toList()));
    return row;
  }

  /** "1. …", "2. …", one per paragraph; null for none. */
  static String numbered(List<String> items) {
    List<String> numbered = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      numbered.add((i + 1) + ". " + items.get(i));
    }
    return lines(numbered);
  }

  /** One item per paragraph; null for none, so that the template leaves the part out. */
  private static String lines(List<String> items) {
    return items.isEmpty() ? null : String.join("\n", items);
  }
}
