package org.councilperformance.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * The cover of a quarter's pack: committee, meeting date, title, authors, and public or exempt.
 * Exempt reports name the paragraph (1 to 7) of Part 1 of Schedule 12A to the Local Government Act
 * 1972 that keeps them from publication.
 */
@Entity
@Table(name = "pack_cover")
public class PackCover implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_code", referencedColumnName = "code", nullable = false)
  private ReportingPeriod period;

  @Column(nullable = false, length = 200)
  private String committee;

  @Column(name = "meeting_date")
  private LocalDate meetingDate;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(columnDefinition = "text")
  private String authors;

  @Column(name = "exempt_paragraph")
  private Integer exemptParagraph;

  protected PackCover() {}

  public PackCover(ReportingPeriod period) {
    this.period = period;
  }

  public void describe(
      String committee,
      LocalDate meetingDate,
      String title,
      List<String> authors,
      Integer exemptParagraph) {
    if (committee == null || committee.isBlank()) {
      throw new InvalidValueException("committee", "committee is required");
    }
    if (committee.length() > 200) {
      throw new InvalidValueException("committee", "committee is longer than 200 characters");
    }
    if (title == null || title.isBlank()) {
      throw new InvalidValueException("title", "title is required");
    }
    if (title.length() > 300) {
      throw new InvalidValueException("title", "title is longer than 300 characters");
    }
    if (exemptParagraph != null && (exemptParagraph < 1 || exemptParagraph > 7)) {
      throw new InvalidValueException(
          "exemptParagraph",
          "exemptParagraph is a paragraph of Part 1 of Schedule 12A, 1 to 7; leave it out for a"
              + " public report");
    }
    List<String> named = authors == null ? List.of() : authors;
    if (named.stream().anyMatch(a -> a == null || a.isBlank() || a.contains("\n"))) {
      throw new InvalidValueException("authors", "each author is a non-empty single line");
    }
    this.committee = committee.strip();
    this.meetingDate = meetingDate;
    this.title = title.strip();
    this.authors =
        named.isEmpty() ? null : String.join("\n", named.stream().map(String::strip).toList());
    this.exemptParagraph = exemptParagraph;
  }

  public ReportingPeriod period() {
    return period;
  }

  public String committee() {
    return committee;
  }

  public LocalDate meetingDate() {
    return meetingDate;
  }

  public String title() {
    return title;
  }

  public List<String> authors() {
    return authors == null ? List.of() : List.of(authors.split("\n"));
  }

  public Integer exemptParagraph() {
    return exemptParagraph;
  }

  /** The line the cover prints, e.g. "Public" or "Exempt: not for publication by virtue of…". */
  public static String publicationText(Integer exemptParagraph) {
    return exemptParagraph == null
        ? "Public report"
        : "Exempt: not for publication by virtue of paragraph "
            + exemptParagraph
            + " of Part 1 of Schedule 12A to the Local Government Act 1972";
  }

  @Override
  public long version() {
    return version;
  }
}
