package org.councilperformance.domain.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import org.councilperformance.domain.committee.Meeting;
import org.councilperformance.domain.period.PeriodState;
import org.councilperformance.domain.report.ReportFormat;
import org.hibernate.annotations.Immutable;

/**
 * One issue of a meeting's pack as it was sent: which edition (1 for the first, then each
 * re-issue), the document's SHA-256 and size, who issued it and when, the state of its period then,
 * why it was re-issued, and until when it must be kept. Never changed once written: a correction is
 * a new edition (docs/design.md#archive). The bytes are a {@link PackDocument} of their own, so
 * that listing editions does not read them.
 */
@Entity
@Table(name = "pack_edition")
@Immutable
public class PackEdition {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id", nullable = false)
  private Meeting meeting;

  @Column(nullable = false)
  private int edition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ReportFormat format;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "issued_by", nullable = false, length = 100)
  private String issuedBy;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_state", nullable = false, length = 10)
  private PeriodState periodState;

  @Column(length = 500)
  private String reason;

  @Column(name = "retain_until", nullable = false)
  private LocalDate retainUntil;

  /**
   * When the retention job deleted its bytes; null while they are kept. The one column written
   * after the edition, by the job's own statement (docs/design.md#retention): the row stays as a
   * tombstone so the archive still shows the edition existed.
   */
  @Column(name = "deleted_at", insertable = false, updatable = false)
  private Instant deletedAt;

  protected PackEdition() {}

  /**
   * @param reason why it is re-issued; null only for the first edition
   */
  public PackEdition(
      Meeting meeting,
      int edition,
      ReportFormat format,
      String fileName,
      byte[] document,
      String issuedBy,
      Instant issuedAt,
      String reason,
      LocalDate retainUntil) {
    if (edition < 1) {
      throw new IllegalArgumentException("editions count from 1");
    }
    if (edition > 1 && (reason == null || reason.isBlank())) {
      throw new org.councilperformance.domain.InvalidValueException(
          "reason", "a re-issue says why: the first edition stays as it was sent");
    }
    this.meeting = Objects.requireNonNull(meeting);
    this.edition = edition;
    this.format = Objects.requireNonNull(format);
    this.fileName = Objects.requireNonNull(fileName);
    this.sha256 = sha256(document);
    this.sizeBytes = document.length;
    this.issuedBy = Objects.requireNonNull(issuedBy);
    this.issuedAt = Objects.requireNonNull(issuedAt);
    this.periodState = meeting.period().state();
    this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    this.retainUntil = Objects.requireNonNull(retainUntil);
  }

  /** The SHA-256 of a document, as 64 lower-case hexadecimal digits. */
  public static String sha256(byte[] document) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public Long id() {
    return id;
  }

  public Meeting meeting() {
    return meeting;
  }

  public int edition() {
    return edition;
  }

  public ReportFormat format() {
    return format;
  }

  public String fileName() {
    return fileName;
  }

  public String sha256() {
    return sha256;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public PeriodState periodState() {
    return periodState;
  }

  public String reason() {
    return reason;
  }

  public LocalDate retainUntil() {
    return retainUntil;
  }

  /** Whether its bytes are due for deletion on the given day: kept up to and on retainUntil. */
  public boolean pastRetention(LocalDate today) {
    return deletedAt == null && pastRetention(retainUntil, today);
  }

  /** The rule itself: bytes kept until the end of retainUntil, deleted from the day after. */
  public static boolean pastRetention(LocalDate retainUntil, LocalDate today) {
    return retainUntil.isBefore(today);
  }

  public Instant deletedAt() {
    return deletedAt;
  }
}
