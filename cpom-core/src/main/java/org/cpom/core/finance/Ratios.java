package org.cpom.core.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding every figure of the analysis follows: amounts are exact sums; each ratio is computed from the
 * exact amounts and rounded once, to {@link #SCALE} decimals HALF_UP. A zero (or missing) denominator gives null:
 * the figure is undefined, never 0 and never an exception.
 */
public final class Ratios {

    /** Decimals of every ratio (percent, days, years). */
    public static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratios() {
    }

    /** numerator ÷ denominator × 100, or null when either is null or the denominator is zero. */
    public static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(HUNDRED).divide(denominator, SCALE, RoundingMode.HALF_UP);
    }

    /** numerator ÷ denominator, or null when either is null or the denominator is zero. */
    public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, SCALE, RoundingMode.HALF_UP);
    }

    /** amount × 365 ÷ annual charges: the amount in days of charges; null when the charges are zero or negative. */
    public static BigDecimal days(BigDecimal amount, BigDecimal annualCharges) {
        if (amount == null || annualCharges == null || annualCharges.signum() <= 0) {
            return null;
        }
        return amount.multiply(BigDecimal.valueOf(AccountRoots.DAYS_PER_YEAR))
                .divide(annualCharges, SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
