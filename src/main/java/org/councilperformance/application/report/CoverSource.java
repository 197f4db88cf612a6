package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilperformance.domain.report.PackCover;
import org.councilperformance.domain.report.PackSection;

/** The cover: council, committee, meeting date, title, period, scope, authors, public or exempt. */
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
        row(context.councilName(), context.cover(), context.period().label(), context.scopeText());
    return new SectionContent(section(), "Cover", List.of(row), Map.of());
  }

  /** The cover's one row, as the template's fields name it. */
  static Map<String, Object> row(String council, PackCover cover, String period, String scope) {
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
    return row;
  }
}
