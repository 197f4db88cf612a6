package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.RowError;
import org.councilperformance.domain.RowsRejectedException;
import org.councilperformance.domain.committee.Committee;
import org.councilperformance.domain.committee.CommitteeMember;
import org.councilperformance.domain.committee.Meeting;
import org.councilperformance.domain.period.PeriodCode;

/**
 * Committees, the people on their distribution lists and their meetings
 * (docs/design.md#committees-and-meetings). Admins only, by the access policy.
 */
@ApplicationScoped
public class CommitteeService {
  private final EntityManager em;
  private final Lookup lookup;

  @Inject
  public CommitteeService(EntityManager em, Lookup lookup) {
    this.em = em;
    this.lookup = lookup;
  }

  /** For CDI's client proxy only. */
  protected CommitteeService() {
    this(null, null);
  }

  public List<Committee> committees() {
    return em.createQuery("select c from Committee c order by c.name", Committee.class)
        .getResultList();
  }

  public Committee committee(Code code) {
    return lookup.committee(code);
  }

  public Committee create(Code code, CommitteeSpec spec) {
    lookup.requireUnusedCode(Committee.class, code, "committee");
    Committee committee = new Committee(code.value(), spec.name());
    describe(committee, spec);
    em.persist(committee);
    return committee;
  }

  public Committee revise(Code code, CommitteeSpec spec) {
    Committee committee = lookup.committee(code);
    describe(committee, spec);
    return committee;
  }

  private void describe(Committee committee, CommitteeSpec spec) {
    committee.describe(
        spec.name(),
        spec.remit(),
        spec.priority() == null ? null : lookup.priority(spec.priority()),
        spec.businessUnit() == null ? null : lookup.businessUnit(spec.businessUnit()),
        spec.sections(),
        spec.format(),
        spec.clearDays());
  }

  /** Everyone on the list, past and present, by name. */
  public List<CommitteeMember> members(Committee committee) {
    return em.createQuery(
            "select m from CommitteeMember m where m.committee = :c order by m.name, m.id",
            CommitteeMember.class)
        .setParameter("c", committee)
        .getResultList();
  }

  public CommitteeMember member(Code committee, long id) {
    CommitteeMember member = em.find(CommitteeMember.class, id);
    if (member == null || !member.committee().code().equals(committee.value())) {
      throw new NotFoundException("id", "committee " + committee + " has no member " + id);
    }
    return member;
  }

  public CommitteeMember addMember(Code code, MemberSpec spec) {
    Committee committee = lookup.committee(code);
    String email = CommitteeMember.normalisedEmail(spec.email());
    if (byEmail(committee, email) != null) {
      throw new org.councilperformance.domain.ConflictException(
          "email", email + " is already on the list of committee " + code);
    }
    CommitteeMember member = new CommitteeMember(committee, email);
    member.serve(spec.name(), spec.role(), spec.startDate(), spec.endDate());
    em.persist(member);
    return member;
  }

  public CommitteeMember reviseMember(Code committee, long id, MemberSpec spec) {
    CommitteeMember member = member(committee, id);
    if (spec.email() != null
        && !CommitteeMember.normalisedEmail(spec.email()).equals(member.email())) {
      throw new InvalidValueException(
          "email", "a member's address cannot change; end their membership and add the new one");
    }
    member.serve(spec.name(), spec.role(), spec.startDate(), spec.endDate());
    return member;
  }

  /**
   * Loads a list from a sheet: a row whose address is already on the list updates that person, any
   * other adds one. Every row is checked first; if any is wrong, none is saved.
   *
   * @param rows the sheet's rows in order, the first data row being row 2 (the header is row 1)
   * @return the members added or updated, in the sheet's order
   */
  public List<CommitteeMember> importMembers(Code code, List<MemberSpec> rows) {
    Committee committee = lookup.committee(code);
    List<RowError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<CommitteeMember> loaded = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      MemberSpec row = rows.get(i);
      int rowNumber = i + 2;
      try {
        String email = CommitteeMember.normalisedEmail(row.email());
        if (!seen.add(email)) {
          throw new InvalidValueException("email", email + " appears twice in the sheet");
        }
        CommitteeMember member = byEmail(committee, email);
        if (member == null) {
          member = new CommitteeMember(committee, email);
          member.serve(row.name(), row.role(), row.startDate(), row.endDate());
          em.persist(member);
        } else {
          member.serve(row.name(), row.role(), row.startDate(), row.endDate());
        }
        loaded.add(member);
      } catch (InvalidValueException e) {
        errors.add(new RowError(rowNumber, e.field(), e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new RowsRejectedException(errors);
    }
    return loaded;
  }

  private CommitteeMember byEmail(Committee committee, String email) {
    return em.createQuery(
            "select m from CommitteeMember m where m.committee = :c and m.email = :e",
            CommitteeMember.class)
        .setParameter("c", committee)
        .setParameter("e", email)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Meetings starting in [from, to), by time. */
  public List<Meeting> meetings(LocalDateTime from, LocalDateTime to) {
    return em.createQuery(
            "select m from Meeting m join fetch m.committee join fetch m.period"
                + " where m.startsAt >= :from and m.startsAt < :to order by m.startsAt, m.id",
            Meeting.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** A committee's meetings, past and to come, by time. */
  public List<Meeting> meetings(Committee committee) {
    return em.createQuery(
            "select m from Meeting m join fetch m.period where m.committee = :c"
                + " order by m.startsAt, m.id",
            Meeting.class)
        .setParameter("c", committee)
        .getResultList();
  }

  public Meeting meeting(long id) {
    Meeting meeting = em.find(Meeting.class, id);
    if (meeting == null) {
      throw new NotFoundException("id", "no meeting with id " + id);
    }
    return meeting;
  }

  public Meeting arrange(Code committee, LocalDateTime startsAt, String venue, PeriodCode period) {
    Meeting meeting = new Meeting(lookup.committee(committee));
    meeting.arrange(startsAt, venue, lookup.period(period));
    em.persist(meeting);
    return meeting;
  }

  public Meeting rearrange(long id, LocalDateTime startsAt, String venue, PeriodCode period) {
    Meeting meeting = meeting(id);
    meeting.arrange(startsAt, venue, lookup.period(period));
    return meeting;
  }
}
