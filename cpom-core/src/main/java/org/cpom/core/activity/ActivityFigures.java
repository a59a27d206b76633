package org.cpom.core.activity;

import java.math.BigDecimal;

/**
 * The figures computed from one {@link ActivityRecord} by {@link OccupancyCalculator}. Rates are percentages with 2
 * decimals (95.00 = 95 %); a figure is null when its inputs are missing (or zero divisors).
 *
 * @param reference        the activity the rates use: ActivityActual when entered, else the projection
 * @param projected        true when {@code reference} is the projection of the activity to date
 * @param projection       ActivityToDate projected to 31 December, null without a to-date measure
 * @param daysInYear       365 or 366
 * @param elapsedDays      days from 1 January to MeasureDate inclusive, 0 without a measure date
 * @param openingDays      the opening days used (the record's, else {@code daysInYear})
 * @param theoreticalDays  CapacityInstalled × opening days (the denominator of the occupancy), null without capacity
 * @param occupancyRate    taux d'occupation: reference ÷ theoretical days × 100 (unit journées only)
 * @param activityRate     taux de réalisation: reference ÷ target × 100
 * @param rotationRate     taux de rotation: admissions ÷ places × 100
 * @param variance         reference − target, in the unit
 * @param varianceRate     activityRate − 100: the gap to the target in points
 */
public record ActivityFigures(
        BigDecimal reference,
        boolean projected,
        BigDecimal projection,
        int daysInYear,
        int elapsedDays,
        int openingDays,
        BigDecimal theoreticalDays,
        BigDecimal occupancyRate,
        BigDecimal activityRate,
        BigDecimal rotationRate,
        BigDecimal variance,
        BigDecimal varianceRate) {
}
