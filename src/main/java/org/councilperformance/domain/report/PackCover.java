package org.councilperformance.domain.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * The cover of a quarter's pack: committee, meeting date, title, authors, and public or exempt.
 * Exempt reports name the paragraph (1 to 7) of Part 1 of Schedule 12A to the Local Government Act
 * 1972 that keeps them from publication. The cover also carries the period's front sheet ({@link
 * FrontSheet}): one per period, printed in every pack of the period, whichever meeting it goes to
 * (docs/reports.md#the-front-sheet).
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

  @Column(columnDefinition = "text")
  private String purpose;

  /** One recommendation per line, in order. */
  @Column(columnDefinition = "text")
  private String recommendations;

  @ElementCollection
  @CollectionTable(
      name = "pack_cover_contact",
      joinColumns = @JoinColumn(name = "cover_id", nullable = false))
  @OrderColumn(name = "position")
  private List<ContactOfficer> contactOfficers = new ArrayList<>();

  @Column(name = "implication_financial", length = Implications.MAX_LENGTH)
  private String financialImplications;

  @Column(name = "implication_legal", length = Implications.MAX_LENGTH)
  private String legalImplications;

  @Column(name = "implication_risk", length = Implications.MAX_LENGTH)
  private String riskImplications;

  @Column(name = "implication_equalities", length = Implications.MAX_LENGTH)
  private String equalitiesImplications;

  @Column(name = "implication_climate", length = Implications.MAX_LENGTH)
  private String climateImplications;

  /** One paper per line, in order. */
  @Column(name = "background_papers", columnDefinition = "text")
  private String backgroundPapers;

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

  /** Sets the period's front sheet, replacing the one it had; its parts were checked as made. */
  public void writeFrontSheet(FrontSheet sheet) {
    this.purpose = sheet.purpose();
    this.recommendations = lines(sheet.recommendations());
    this.contactOfficers.clear();
    this.contactOfficers.addAll(sheet.contactOfficers());
    Implications implications = sheet.implications();
    this.financialImplications = implications.financial();
    this.legalImplications = implications.legal();
    this.riskImplications = implications.risk();
    this.equalitiesImplications = implications.equalities();
    this.climateImplications = implications.climate();
    this.backgroundPapers = lines(sheet.backgroundPapers());
  }

  /** The period's front sheet; {@link FrontSheet#EMPTY} until one is written. */
  public FrontSheet frontSheet() {
    return new FrontSheet(
        purpose,
        split(recommendations),
        List.copyOf(contactOfficers),
        new Implications(
            financialImplications,
            legalImplications,
            riskImplications,
            equalitiesImplications,
            climateImplications),
        split(backgroundPapers));
  }

  /**
   * A list stored one entry per line. A recommendation may run over several lines of its own: its
   * line breaks are stored as form feeds, a character no text may contain (Limits#text).
   */
  private static String lines(List<String> items) {
    return items.isEmpty()
        ? null
        : String.join("\n", items.stream().map(i -> i.replace("\n", "\f")).toList());
  }

  private static List<String> split(String stored) {
    return stored == null
        ? List.of()
        : List.of(stored.split("\n")).stream().map(i -> i.replace("\f", "\n")).toList();
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
