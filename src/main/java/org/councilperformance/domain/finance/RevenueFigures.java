package org.councilperformance.domain.finance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A revenue account's figures as supplied; as one value so that the account can check them
 * together.
 */
public record RevenueFigures(
    String name,
    AmountsIn amountsIn,
    BigDecimal originalBudget,
    BigDecimal forecastOutturn,
    BigDecimal statedVariance,
    String varianceHeadline,
    BigDecimal statedNetMovement,
    List<VarianceComment> comments) {}
