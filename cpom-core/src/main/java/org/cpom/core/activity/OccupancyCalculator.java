package org.cpom.core.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;

/**
 * The activity formulas (definitions of the ANAP tableau de bord and of R314-43-2 II 1° / R314-160 1° CASF;
 * docs/activity-modulation.md):
 * <ul>
 * <li>taux d'occupation = journées réalisées ÷ (places installées × jours d'ouverture) × 100;</li>
 * <li>taux de réalisation = activité réalisée ÷ activité cible × 100;</li>
 * <li>taux de rotation = admissions ÷ places × 100;</li>
 * <li>projection to 31 December of the activity to date, pro rata of the calendar days elapsed:
 * {@code toDate × daysInYear ÷ dayOfYear(measureDate)} (366 days in a leap year). Calendar days rather than
 * opening days because the days the establishment was open so far are not recorded; for an establishment
 * closed in August the projection made in July is therefore optimistic, never alarmist.</li>
 * </ul>
 * Rates are rounded half-up to 2 decimals, the projection to 2 decimals; the modulation uses the rounded rate, the
 * figure the user and the authority read.
 */
public final class OccupancyCalculator {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int RATE_SCALE = 2;
    private static final int WORK_SCALE = 10;

    private OccupancyCalculator() {
    }

    /** Every figure of the record; never throws (validate with {@link ActivityRules} first). */
    public static ActivityFigures compute(ActivityRecord r) {
        int daysInYear = Year.of(r.fiscalYear()).length();
        int elapsed = r.measureDate() != null && r.measureDate().getYear() == r.fiscalYear()
                ? r.measureDate().getDayOfYear() : 0;
        BigDecimal projection = r.toDate() == null || elapsed == 0 ? null
                : projectToYearEnd(r.toDate(), r.measureDate());
        BigDecimal reference = r.actual() != null ? r.actual() : projection;
        boolean projected = r.actual() == null && projection != null;
        int openingDays = r.openingDays() != null && r.openingDays() > 0 ? r.openingDays() : daysInYear;
        BigDecimal theoretical = r.capacityInstalled() == null ? null
                : r.capacityInstalled().multiply(BigDecimal.valueOf(openingDays));
        BigDecimal occupancy = r.unit() == ActivityUnit.DAYS ? occupancyRate(reference, r.capacityInstalled(),
                openingDays) : null;
        BigDecimal activityRate = rate(reference, r.target());
        BigDecimal rotation = rate(r.admissions(), r.capacityInstalled());
        BigDecimal variance = reference == null || r.target() == null ? null : reference.subtract(r.target());
        BigDecimal varianceRate = activityRate == null ? null : activityRate.subtract(HUNDRED);
        return new ActivityFigures(reference, projected, projection, daysInYear, elapsed, openingDays, theoretical,
                occupancy, activityRate, rotation, variance, varianceRate);
    }

    /** Taux d'occupation in percent: days ÷ (places × opening days) × 100; null when an input is missing or 0. */
    public static BigDecimal occupancyRate(BigDecimal daysDelivered, BigDecimal places, int openingDays) {
        if (places == null || openingDays <= 0) {
            return null;
        }
        return rate(daysDelivered, places.multiply(BigDecimal.valueOf(openingDays)));
    }

    /** {@code numerator ÷ denominator × 100}, 2 decimals half-up; null when an input is null or the divisor 0. */
    public static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(HUNDRED).divide(denominator, RATE_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The activity to date projected to 31 December: {@code toDate × daysInYear ÷ dayOfYear(measureDate)}, 2
     * decimals half-up. On 31 December the projection is the activity to date.
     */
    public static BigDecimal projectToYearEnd(BigDecimal toDate, LocalDate measureDate) {
        int daysInYear = measureDate.lengthOfYear();
        int elapsed = measureDate.getDayOfYear();
        return toDate.multiply(BigDecimal.valueOf(daysInYear))
                .divide(BigDecimal.valueOf(elapsed), WORK_SCALE, RoundingMode.HALF_UP)
                .setScale(RATE_SCALE, RoundingMode.HALF_UP);
    }
}
