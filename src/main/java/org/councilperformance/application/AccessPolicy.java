package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilperformance.domain.AccessDeniedException;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.access.UserAccount;
import org.councilperformance.domain.organisation.BusinessUnit;

/**
 * Who may do what — the one place that decides. Everyone signed in reads everything; a request that
 * changes something needs a role for it:
 *
 * <ul>
 *   <li>their own session and API tokens: anyone signed in;
 *   <li>an indicator's targets and measurements, an action's updates: ADMIN, or an EDITOR of its
 *       unit; a quarter's sheet likewise, row by row;
 *   <li>an intervention plan: ADMIN, or an EDITOR of the units of every indicator and action it
 *       covers;
 *   <li>submitting a unit's figures for a period: ADMIN, or an EDITOR of the unit;
 *   <li>approving or returning them: ADMIN, or an APPROVER of the unit;
 *   <li>everything else (users, plans, priorities, organisation, periods, indicators, overrides,
 *       committees, meetings, the calendar, deliveries, reminders and deadlines): ADMIN; reading
 *       users, committees, meetings, closures, alerts and reminders too (a period's deadline is for
 *       everyone).
 * </ul>
 */
@ApplicationScoped
public class AccessPolicy {
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final Pattern OWN_ACCESS = Pattern.compile("(session|tokens)(/.*)?");
  private static final Pattern USERS = Pattern.compile("users(/.*)?");

  /**
   * Committees' lists hold people's addresses, and the calendar, deliveries and alerts are the
   * clerk's: reading them is for admins too. A pack as issued is not (the link a member's email
   * gives when the pack is too large to attach).
   */
  private static final Pattern DISTRIBUTION =
      Pattern.compile("(committees|meetings|calendar/closures|alerts)(/.*)?");

  /**
   * Reminders' schedule, digest and log name people and their addresses: the admins'. A period's
   * deadline is for everyone to read (docs/api.md#reminders).
   */
  private static final Pattern REMINDERS = Pattern.compile("reminders(/.*)?");

  private static final Pattern DEADLINE = Pattern.compile("reminders/deadlines/[^/]+");
  private static final Pattern ISSUED_PACK = Pattern.compile("meetings/\\d+/packs/\\d+");
  private static final Pattern SUBMIT = Pattern.compile("periods/[^/]+/submissions/[^/]+");
  private static final Pattern DECIDE =
      Pattern.compile("periods/[^/]+/submissions/[^/]+/(approval|return)");
  private static final Pattern PLANS = Pattern.compile("intervention-plans(/[^/]+(/closure)?)?");
  private static final Pattern IMPORTS = Pattern.compile("imports/(preview|apply)");
  private static final Pattern FIGURES =
      Pattern.compile("(indicators/[^/]+/(targets|measurements)|actions/[^/]+/updates)/[^/]+");
  private static final Pattern PRINTED_OR_FORECAST =
      Pattern.compile("indicators/[^/]+/measurements/[^/]+/(reported-status|own-forecast)");

  /** Methods that only read; everything else changes something. */
  public static boolean isSafe(String method) {
    return SAFE_METHODS.contains(method);
  }

  /**
   * The request-level rule, applied to every API request before it reaches a resource.
   *
   * @param path the path below /api, e.g. "indicators/HC-PI-01/measurements/2018-19-Q2"
   */
  public void checkRequest(String method, String path, UserAccount caller) {
    if (caller.role() == Role.ADMIN || OWN_ACCESS.matcher(path).matches()) {
      return;
    }
    if (SAFE_METHODS.contains(method)
        && !USERS.matcher(path).matches()
        && (!DISTRIBUTION.matcher(path).matches() || ISSUED_PACK.matcher(path).matches())
        && (!REMINDERS.matcher(path).matches() || DEADLINE.matcher(path).matches())) {
      return;
    }
    if (caller.role() == Role.EDITOR && method.equals("PUT") && FIGURES.matcher(path).matches()) {
      return; // the unit is checked by requireCanEnterFigures once the indicator or action is known
    }
    if (caller.role() == Role.EDITOR
        && method.equals("DELETE")
        && PRINTED_OR_FORECAST.matcher(path).matches()) {
      return; // cleared by those who enter them: the unit is checked as for a figure
    }
    if (caller.role() == Role.EDITOR && method.equals("POST") && IMPORTS.matcher(path).matches()) {
      return; // each row's unit is checked by requireCanEnterFigures, as for one figure
    }
    if (caller.role() == Role.EDITOR
        && (method.equals("POST") || method.equals("PUT"))
        && PLANS.matcher(path).matches()) {
      return; // the units of the plan's indicators and actions are checked once they are known
    }
    // For the workflow, the unit is checked by requireActsFor.
    if (caller.role() == Role.EDITOR && method.equals("POST") && SUBMIT.matcher(path).matches()) {
      return;
    }
    if (caller.role() == Role.APPROVER && method.equals("POST") && DECIDE.matcher(path).matches()) {
      return;
    }
    throw new AccessDeniedException(
        null, caller.role() + " " + caller.username() + " may not " + method + " /api/" + path);
  }

  /**
   * An editor changes only the figures of their own business units' indicators and actions.
   *
   * @param subject what is being changed, e.g. "indicator HC-PI-01"
   */
  public void requireCanEnterFigures(BusinessUnit unit, String subject) {
    UserAccount caller = Caller.current().account();
    if (caller == null || caller.actsFor(unit)) {
      return;
    }
    throw new AccessDeniedException(
        "code",
        caller.username()
            + " enters figures only for "
            + caller.businessUnits().stream().map(b -> b.code()).sorted().toList()
            + "; "
            + subject
            + " belongs to "
            + (unit == null ? "no business unit" : unit.code()));
  }

  /** Submitting is for the unit's editors, approving and returning for its approvers. */
  public void requireActsFor(BusinessUnit unit, Role role) {
    UserAccount caller = Caller.current().account();
    if (caller == null
        || caller.role() == Role.ADMIN
        || (caller.role() == role && caller.actsFor(unit))) {
      return;
    }
    throw new AccessDeniedException(
        "businessUnit",
        caller.username() + " does not act as " + role + " for business unit " + unit.code());
  }
}
