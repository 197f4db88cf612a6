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
import java.util.List;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.calendar.WorkingCalendar;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A committee that receives the quarterly pack: its remit, what its pack covers (the whole council,
 * or one priority or business unit, and which sections), the format it reads, and how many clear
 * working days before a meeting its papers must go out (docs/design.md#committees-and-meetings).
 */
@Entity
@Table(name = "committee")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Committee implements Versioned {
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40, unique = true)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(columnDefinition = "text")
  private String remit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "priority_id")
  private Priority priority;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "business_unit_id")
  private BusinessUnit businessUnit;

  /** Section keys, comma-separated in pack order; null for the whole pack of its scope. */
  @Column(length = 300)
  private String sections;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ReportFormat format;

  @Column(name = "clear_days", nullable = false)
  private int clearDays;

  protected Committee() {}

  public Committee(String code, String name) {
    this.code = Objects.requireNonNull(code).strip();
    this.name = Objects.requireNonNull(name).strip();
    this.format = ReportFormat.PDF;
    this.clearDays = WorkingCalendar.DEFAULT_CLEAR_DAYS;
  }

  /**
   * Sets what the committee is and what its pack holds.
   *
   * @param sections the pack's sections; null or empty for the whole pack of its scope
   */
  public void describe(
      String name,
      String remit,
      Priority priority,
      BusinessUnit businessUnit,
      List<PackSection> sections,
      ReportFormat format,
      int clearDays) {
    if (clearDays < WorkingCalendar.MIN_CLEAR_DAYS || clearDays > WorkingCalendar.MAX_CLEAR_DAYS) {
      throw new InvalidValueException(
          "clearDays",
          "clearDays is the number of clear working days before a meeting that its papers go out, "
              + WorkingCalendar.MIN_CLEAR_DAYS
              + " to "
              + WorkingCalendar.MAX_CLEAR_DAYS
              + " (5 in England under the Local Government Act 1972 s.100B)");
    }
    if (priority != null && businessUnit != null) {
      throw new InvalidValueException(
          "businessUnit", "a committee's pack covers one priority or one business unit, not both");
    }
    this.name = Objects.requireNonNull(name).strip();
    this.remit = remit == null || remit.isBlank() ? null : remit.strip();
    this.priority = priority;
    this.businessUnit = businessUnit;
    this.sections =
        sections == null || sections.isEmpty()
            ? null
            : String.join(",", sections.stream().map(PackSection::key).toList());
    this.format = Objects.requireNonNull(format);
    this.clearDays = clearDays;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String remit() {
    return remit;
  }

  public Priority priority() {
    return priority;
  }

  public BusinessUnit businessUnit() {
    return businessUnit;
  }

  /** The section keys as stored, e.g. "cover,summary"; null for the whole pack of its scope. */
  public String sectionKeys() {
    return sections;
  }

  public boolean scoped() {
    return priority != null || businessUnit != null;
  }

  public List<PackSection> sections() {
    return PackSection.parse(sections, scoped(), "sections");
  }

  public ReportFormat format() {
    return format;
  }

  public int clearDays() {
    return clearDays;
  }

  @Override
  public long version() {
    return version;
  }
}
