package org.councilperformance.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Limits;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.envers.Audited;

/**
 * An officers' narrative for a period: a few paragraphs about one priority or one appendix, printed
 * in place at the top of it (docs/reports.md#officers-narrative). Cleared by writing no text; the
 * row stays, so its version keeps counting. Audited like commentary: who wrote what, and when.
 */
@Entity
@Audited
@Table(name = "pack_narrative")
public class PackNarrative implements Versioned {
  /** Characters a narrative may take: about a page of the pack. */
  public static final int MAX_LENGTH = 4000;

  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_code", referencedColumnName = "code", nullable = false)
  private ReportingPeriod period;

  @Column(nullable = false, length = 80)
  private String subject;

  @Column(columnDefinition = "text")
  private String body;

  protected PackNarrative() {}

  public PackNarrative(ReportingPeriod period, NarrativeSubject subject) {
    this.period = Objects.requireNonNull(period);
    this.subject = subject.key();
  }

  /** Sets the text; blank clears it. */
  public void write(String text) {
    if (text == null || text.isBlank()) {
      this.body = null;
      return;
    }
    String stripped = Limits.text(text.strip().replace("\r\n", "\n"), "text");
    if (stripped.length() > MAX_LENGTH) {
      throw new InvalidValueException(
          "text", "text is longer than " + MAX_LENGTH + " characters (about a page)");
    }
    this.body = stripped;
  }

  public ReportingPeriod period() {
    return period;
  }

  public NarrativeSubject subject() {
    return NarrativeSubject.parse(subject);
  }

  /** The text, or null when none is written. */
  public String text() {
    return body;
  }

  @Override
  public long version() {
    return version;
  }
}
