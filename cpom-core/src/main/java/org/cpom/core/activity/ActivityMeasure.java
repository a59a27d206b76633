package org.cpom.core.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

import org.cpom.core.rule.Coded;

/**
 * The activity values of the list CPOM_ComputedMeasure, which computed indicators take their actuals from, over
 * the activity rows of one year: one establishment's row, or every row of the perimeter when the indicator has no
 * establishment (consolidated). Each row counts with its reference activity (the actual, else the projection; see
 * {@link OccupancyCalculator}). Percentages with 2 decimals; null when no row has what the measure needs.
 */
public enum ActivityMeasure implements Coded {
    /** Taux d'occupation: Σ journées ÷ Σ (places × jours d'ouverture), over the rows counted in journées. */
    OCCUPANCY_RATE("OCCR"),
    /**
     * Taux de réalisation: Σ activity ÷ Σ target when every row with both is counted in the same unit; the plain
     * mean of the rows' rates when units differ (journées and actes cannot be added).
     */
    ACTIVITY_RATE("REAL"),
    /** Taux de rotation: Σ admissions ÷ Σ places. */
    TURNOVER_RATE("ROTR");

    private final String code;

    ActivityMeasure(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The measure of a CPOM_ComputedMeasure code; null for null/blank and for the ledger codes. */
    public static ActivityMeasure fromCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (ActivityMeasure m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        return null;
    }

    /** The measure over {@code rows} (rows of one fiscal year). */
    public BigDecimal value(Collection<ActivityRecord> rows) {
        return switch (this) {
            case OCCUPANCY_RATE -> occupancy(rows);
            case ACTIVITY_RATE -> realisation(rows);
            case TURNOVER_RATE -> turnover(rows);
        };
    }

    private static BigDecimal occupancy(Collection<ActivityRecord> rows) {
        BigDecimal days = BigDecimal.ZERO;
        BigDecimal theoretical = BigDecimal.ZERO;
        boolean any = false;
        for (ActivityRecord r : rows) {
            if (r.unit() != ActivityUnit.DAYS) {
                continue;
            }
            ActivityFigures f = OccupancyCalculator.compute(r);
            if (f.reference() != null && f.theoreticalDays() != null && f.theoreticalDays().signum() > 0) {
                days = days.add(f.reference());
                theoretical = theoretical.add(f.theoreticalDays());
                any = true;
            }
        }
        return any ? OccupancyCalculator.rate(days, theoretical) : null;
    }

    private static BigDecimal realisation(Collection<ActivityRecord> rows) {
        BigDecimal done = BigDecimal.ZERO;
        BigDecimal target = BigDecimal.ZERO;
        BigDecimal sumOfRates = BigDecimal.ZERO;
        int count = 0;
        ActivityUnit unit = null;
        boolean mixed = false;
        for (ActivityRecord r : rows) {
            ActivityFigures f = OccupancyCalculator.compute(r);
            if (f.reference() == null || r.target() == null || r.target().signum() <= 0) {
                continue;
            }
            if (unit != null && unit != r.unit()) {
                mixed = true;
            }
            unit = r.unit();
            done = done.add(f.reference());
            target = target.add(r.target());
            sumOfRates = sumOfRates.add(f.activityRate());
            count++;
        }
        if (count == 0) {
            return null;
        }
        return mixed ? sumOfRates.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP)
                : OccupancyCalculator.rate(done, target);
    }

    private static BigDecimal turnover(Collection<ActivityRecord> rows) {
        BigDecimal admissions = BigDecimal.ZERO;
        BigDecimal places = BigDecimal.ZERO;
        boolean any = false;
        for (ActivityRecord r : rows) {
            if (r.admissions() != null && r.capacityInstalled() != null && r.capacityInstalled().signum() > 0) {
                admissions = admissions.add(r.admissions());
                places = places.add(r.capacityInstalled());
                any = true;
            }
        }
        return any ? OccupancyCalculator.rate(admissions, places) : null;
    }
}
