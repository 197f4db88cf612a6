package org.councilperformance.application;

import java.util.Collection;
import java.util.Set;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.plan.Priority;

/**
 * Which indicators and actions a list or summary covers: all, those serving a priority (or any
 * priority under it), and/or those of a business unit. Null parts do not restrict.
 */
public record ReportingScope(String priority, String businessUnit) {
  public static final ReportingScope WHOLE_COUNCIL = new ReportingScope(null, null);

  /**
   * The scope with its codes looked up: the ids of the priority and every priority under it, and
   * the business unit. Null parts do not restrict.
   */
  public record Resolved(Set<Long> priorityIds, BusinessUnit businessUnit) {
    /** Whether something of this unit, serving these priorities, is in scope. */
    public boolean covers(BusinessUnit unit, Collection<Priority> priorities) {
      return (businessUnit == null || (unit != null && unit.id().equals(businessUnit.id())))
          && (priorityIds == null
              || priorities.stream().anyMatch(p -> priorityIds.contains(p.id())));
    }
  }
}
