package org.councilperformance.domain.quality;

import java.math.BigDecimal;

/**
 * A data-quality finding: a figure a council supplied that disagrees with what the product computes
 * from the same table, or that breaks a logical rule. It never replaces the supplied figure; it
 * says where to look.
 *
 * @param appendix e.g. "absence", "finance", "contact centre"
 * @param where the table, row and column, e.g. "2018-19-Q2 Community Services days per FTE"
 * @param check what was checked, e.g. "days lost ÷ FTE"
 * @param stated the figure as supplied (null for a logical check between two figures)
 * @param computed what the product computes (or the figure it was compared with)
 * @param difference stated − computed, at the stated figure's precision
 */
public record Finding(
    String appendix,
    String where,
    String check,
    BigDecimal stated,
    BigDecimal computed,
    BigDecimal difference,
    String message) {}
