package org.councilperformance.domain.action;

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
import java.time.LocalDate;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.ReportedPeriods;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.plan.Priority;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A delivery-plan action, milestone or key task: what is to be done, by whom, by when. Its progress
 * and commentary are reported per period (ActionUpdate); its status is computed from them.
 */
@Entity
@Table(name = "action")
@Audited
public class Action implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40, unique = true)
  private String code;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(nullable = false, columnDefinition = "text")
  private String title;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(columnDefinition = "text")
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "priority_id")
  private Priority priority;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "business_unit_id")
  private BusinessUnit businessUnit;

  @Column(length = 200)
  private String owner;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "revised_due_date")
  private LocalDate revisedDueDate;

  /**
   * The first and last periods whose set it is part of, null at an open end
   * (docs/rules.md#the-set-of-a-period).
   */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reported_from")
  private ReportingPeriod reportedFrom;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reported_to")
  private ReportingPeriod reportedTo;

  protected Action() {}

  public Action(String code, String title) {
    this.code = Objects.requireNonNull(code).trim();
    describe(title, null);
  }

  public void describe(String title, String description) {
    if (title == null || title.isBlank()) {
      throw new InvalidValueException("title", "title: must not be blank");
    }
    this.title = title.trim();
    this.description = description;
  }

  public void assignTo(Priority priority, BusinessUnit businessUnit, String owner) {
    this.priority = priority;
    this.businessUnit = businessUnit;
    this.owner = owner;
  }

  /** Dates are checked together: neither due date may come before the start. */
  public void schedule(LocalDate startDate, LocalDate dueDate, LocalDate revisedDueDate) {
    requireOrdered(startDate, dueDate, revisedDueDate);
    this.startDate = startDate;
    this.dueDate = dueDate;
    this.revisedDueDate = revisedDueDate;
  }

  /**
   * Checks a revised due date as {@link #reviseDueDate} would, changing nothing: a preview refuses
   * exactly what saving would.
   */
  public void requireRevisableTo(LocalDate revised) {
    requireOrdered(startDate, dueDate, Objects.requireNonNull(revised));
  }

  private static void requireOrdered(
      LocalDate startDate, LocalDate dueDate, LocalDate revisedDueDate) {
    if (startDate != null && dueDate != null && dueDate.isBefore(startDate)) {
      throw new InvalidValueException(
          "dueDate", "dueDate " + dueDate + " is before the startDate " + startDate);
    }
    if (startDate != null && revisedDueDate != null && revisedDueDate.isBefore(startDate)) {
      throw new InvalidValueException(
          "revisedDueDate",
          "revisedDueDate " + revisedDueDate + " is before the startDate " + startDate);
    }
  }

  /**
   * The owner's new due date, agreed in a period's update (docs/rules.md#action-status): checked
   * against the start as {@link #schedule} checks it, with the same words.
   */
  public void reviseDueDate(LocalDate revised) {
    schedule(startDate, dueDate, Objects.requireNonNull(revised));
  }

  /** The date the action is judged against: the revised due date when one was agreed. */
  public LocalDate effectiveDueDate() {
    return revisedDueDate != null ? revisedDueDate : dueDate;
  }

  /**
   * Sets the periods in which it is reported: retiring it is setting the last one, never deleting
   * it, so earlier periods still show it.
   *
   * @param from null: from the beginning
   * @param to null: still reported
   */
  public void reportIn(ReportingPeriod from, ReportingPeriod to) {
    ReportedPeriods.between(from, to);
    this.reportedFrom = from;
    this.reportedTo = to;
  }

  /**
   * Keeps reporting it up to {@code to}, from where it was first reported: a year's basket copied
   * into the next (docs/rules.md#copying-a-years-basket).
   */
  public void reportUntil(ReportingPeriod to) {
    reportIn(reportedFrom, to);
  }

  public ReportedPeriods reportedPeriods() {
    return ReportedPeriods.between(reportedFrom, reportedTo);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public Priority priority() {
    return priority;
  }

  public BusinessUnit businessUnit() {
    return businessUnit;
  }

  public String owner() {
    return owner;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public LocalDate revisedDueDate() {
    return revisedDueDate;
  }

  @Override
  public long version() {
    return version;
  }
}
