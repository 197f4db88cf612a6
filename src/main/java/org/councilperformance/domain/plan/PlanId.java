package org.councilperformance.domain.plan;

/**
 * The number of a corporate plan, as a request gave it. Like a {@link
 * org.councilperformance.domain.Code}, it remembers the part of the request it was read from, so
 * "no such plan" can name it.
 */
public record PlanId(long value, String source) {}
