package org.councilperformance.domain.committee;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Versioned;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A person on a committee's distribution list, from a start date and until an end date (both
 * inclusive, the end open while they serve). Each receives the papers of every meeting held while
 * they serve, addressed to them alone.
 */
@Entity
@Table(name = "committee_member")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class CommitteeMember implements Versioned {
  /**
   * One address, no display name and no list: the outbox sends one message per recipient, and a
   * comma or angle bracket here would address someone else as well.
   */
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-.]*[A-Za-z0-9])?");

  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "committee_id", nullable = false)
  private Committee committee;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 254)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private MemberRole role;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  protected CommitteeMember() {}

  public CommitteeMember(Committee committee, String email) {
    this.committee = Objects.requireNonNull(committee);
    this.email = normalisedEmail(email);
  }

  /** An address as stored: trimmed, its domain in lower case; refused unless one plain address. */
  public static String normalisedEmail(String email) {
    String text = email == null ? "" : email.strip();
    if (text.length() > 254 || !EMAIL.matcher(text).matches()) {
      throw new InvalidValueException(
          "email",
          "email must be one plain address such as name@council.gov.uk, not '" + text + "'");
    }
    int at = text.lastIndexOf('@');
    return text.substring(0, at + 1) + text.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  public void serve(String name, MemberRole role, LocalDate startDate, LocalDate endDate) {
    if (name == null || name.isBlank()) {
      throw new InvalidValueException("name", "name is required");
    }
    if (role == null) {
      throw new InvalidValueException("role", "role is one of CHAIR, MEMBER, OFFICER, SUBSTITUTE");
    }
    if (startDate == null) {
      throw new InvalidValueException("startDate", "startDate is required");
    }
    if (endDate != null && endDate.isBefore(startDate)) {
      throw new InvalidValueException("endDate", "endDate is before startDate");
    }
    this.name = name.strip();
    this.role = role;
    this.startDate = startDate;
    this.endDate = endDate;
  }

  /** Whether they are on the committee's list on that day. */
  public boolean servesOn(LocalDate day) {
    return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
  }

  public Long id() {
    return id;
  }

  public Committee committee() {
    return committee;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  public MemberRole role() {
    return role;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }

  @Override
  public long version() {
    return version;
  }
}
