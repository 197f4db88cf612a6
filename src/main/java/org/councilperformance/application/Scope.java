package org.councilperformance.application;

import java.util.Collection;
import java.util.Set;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.plan.Priority;

/**
 * Which indicators and actions a list, summary or pack covers, looked up once per request ({@link
 * Lookup#scope}): those serving a priority or any priority under it, and/or those of a business
 * unit. A null part does not restrict.
 *
 * @param priorityCode the priority as the request named it
 * @param priorityIds the ids of the priority and every priority under it
 * @param businessUnitCode the business unit as the request named it
 */
public record Scope(
    Code priorityCode,
    Priority priority,
    Set<Long> priorityIds,
    Code businessUnitCode,
    BusinessUnit businessUnit) {
  public static final Scope WHOLE_COUNCIL = new Scope(null, null, null, null, null);

  public boolean isWholeCouncil() {
    return priority == null && businessUnit == null;
  }

  /** Whether something of this unit, serving these priorities, is in scope. */
  public boolean covers(BusinessUnit unit, Collection<Priority> priorities) {
    return (businessUnit == null || (unit != null && unit.id().equals(businessUnit.id())))
        && (priorityIds == null || priorities.stream().anyMatch(this::coversPriority));
  }

  /** Whether the priority is the scope's or under it; every priority when none is chosen. */
  public boolean coversPriority(Priority p) {
    return priorityIds == null || priorityIds.contains(p.id());
  }

  /** Whom it covers in words, e.g. "Whole council" or "Priority: Value For Money". */
  public String description() {
    if (isWholeCouncil()) {
      return "Whole council";
    }
    StringBuilder text = new StringBuilder();
    if (priority != null) {
      text.append("Priority: ").append(priority.name());
    }
    if (businessUnit != null) {
      text.append(text.isEmpty() ? "" : "; ").append("Business unit: ").append(businessUnit.name());
    }
    return text.toString();
  }

  /** What a file of this scope adds to its name, e.g. "-VFM" or "" for the whole council. */
  public String fileSuffix() {
    return (priorityCode == null ? "" : "-" + priorityCode)
        + (businessUnitCode == null ? "" : "-" + businessUnitCode);
  }
}
