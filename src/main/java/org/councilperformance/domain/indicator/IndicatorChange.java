package org.councilperformance.domain.indicator;

import java.time.Instant;

/**
 * One recorded change to an indicator's figures for a period: who changed which field, when, from
 * what to what. Values are written as the API shows them; null means "not set".
 */
public record IndicatorChange(
    long revision,
    Instant at,
    String by,
    String period,
    String field,
    String oldValue,
    String newValue) {}
