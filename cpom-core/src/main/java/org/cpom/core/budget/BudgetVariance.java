package org.cpom.core.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Budget against actual: variance = actual − budget (positive = overspent for charges, extra income for
 * income groups); percentConsumed = actual ÷ budget × 100 rounded to 2 decimals HALF_UP, null when the budget
 * is zero (no meaningful percentage).
 */
public record BudgetVariance(BigDecimal budget, BigDecimal actual, BigDecimal variance, BigDecimal percentConsumed) {

    public static BudgetVariance of(BigDecimal budget, BigDecimal actual) {
        BigDecimal b = budget == null ? BigDecimal.ZERO : budget;
        BigDecimal a = actual == null ? BigDecimal.ZERO : actual;
        BigDecimal pct = b.signum() == 0 ? null
                : a.multiply(BigDecimal.valueOf(100)).divide(b, 2, RoundingMode.HALF_UP);
        return new BudgetVariance(b, a, a.subtract(b), pct);
    }

    /** True when more than the budget was consumed. */
    public boolean isOverBudget() {
        return actual.compareTo(budget) > 0;
    }
}
