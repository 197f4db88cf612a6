package org.councilperformance.application;

import java.math.BigDecimal;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.period.PeriodCode;

/**
 * One indicator's row of a quarter's template, with what is stored for the period.
 *
 * @param target the target set for the period itself, or null (a profiled one is not: loading it
 *     back would set it)
 * @param lastActual the period before's actual, or null
 * @param measurement the period's measurement, or null when nothing is entered
 */
public record SheetLine(
    Indicator indicator,
    PeriodCode period,
    BigDecimal target,
    BigDecimal lastActual,
    Measurement measurement) {}
