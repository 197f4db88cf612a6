package org.councilperformance.domain.finance;

import java.math.BigDecimal;

/** A capital fund's column as supplied; as one value so that the fund can check them together. */
public record CapitalFigures(
    String name,
    AmountsIn amountsIn,
    BigDecimal approvedBudget,
    BigDecimal carriedForward,
    BigDecimal approvedInYear,
    BigDecimal slippage,
    BigDecimal statedTotalBudget,
    BigDecimal likelyOutturn,
    BigDecimal statedVariance,
    String comments) {}
