package org.cpom.core.activity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One CPOM_Activity row: the activity target and realised activity of one establishment for one fiscal year.
 * Quantities are null when not entered.
 *
 * @param target              ActivityTarget: the activity agreed in the CPOM, in {@code unit}
 * @param actual              ActivityActual: the activity of the whole year (once known)
 * @param toDate              ActivityToDate: the activity realised from 1 January to {@code measureDate}
 * @param measureDate         MeasureDate: the date of {@code toDate} (inclusive)
 * @param capacityInstalled   CapacityInstalled: places installed (authorised and funded)
 * @param openingDays         OpeningDays of the year (copied from the establishment when empty)
 * @param admissions          AdmissionsQty: admissions in the year (taux de rotation)
 * @param modulationThreshold ModulationThreshold: this row's override of the contract's threshold (percent)
 * @param dotationAmt         DotationAmt: the dotation the modulation applies to; null = the budget's
 */
public record ActivityRecord(
        int id,
        int contractId,
        int establishmentId,
        int fiscalYear,
        ActivityUnit unit,
        BigDecimal target,
        BigDecimal actual,
        BigDecimal toDate,
        LocalDate measureDate,
        BigDecimal capacityInstalled,
        Integer openingDays,
        BigDecimal admissions,
        BigDecimal modulationThreshold,
        BigDecimal dotationAmt,
        String description) {

    public ActivityRecord withActual(BigDecimal newActual) {
        return new ActivityRecord(id, contractId, establishmentId, fiscalYear, unit,
                target, newActual, toDate, measureDate, capacityInstalled, openingDays, admissions,
                modulationThreshold, dotationAmt, description);
    }

    public ActivityRecord withToDate(BigDecimal newToDate, LocalDate newMeasureDate) {
        return new ActivityRecord(id, contractId, establishmentId, fiscalYear, unit, target, actual, newToDate,
                newMeasureDate, capacityInstalled, openingDays, admissions, modulationThreshold, dotationAmt,
                description);
    }

    public ActivityRecord withFiscalYear(int newYear) {
        return new ActivityRecord(id, contractId, establishmentId, newYear, unit, target, actual, toDate, measureDate,
                capacityInstalled, openingDays, admissions, modulationThreshold, dotationAmt, description);
    }

    public ActivityRecord withUnit(ActivityUnit newUnit) {
        return new ActivityRecord(id, contractId, establishmentId, fiscalYear, newUnit, target, actual, toDate,
                measureDate, capacityInstalled, openingDays, admissions, modulationThreshold, dotationAmt,
                description);
    }

    public ActivityRecord withTarget(BigDecimal newTarget) {
        return new ActivityRecord(id, contractId, establishmentId, fiscalYear, unit, newTarget, actual, toDate,
                measureDate, capacityInstalled, openingDays, admissions, modulationThreshold, dotationAmt,
                description);
    }

    public ActivityRecord withCapacity(BigDecimal newCapacity, Integer newOpeningDays) {
        return new ActivityRecord(id, contractId, establishmentId, fiscalYear, unit, target, actual, toDate,
                measureDate, newCapacity, newOpeningDays, admissions, modulationThreshold, dotationAmt, description);
    }

    public ActivityRecord withAdmissions(BigDecimal newAdmissions) {
        return new ActivityRecord(id, contractId, establishmentId, fiscalYear, unit, target, actual, toDate,
                measureDate, capacityInstalled, openingDays, newAdmissions, modulationThreshold, dotationAmt,
                description);
    }

    public ActivityRecord withModulation(BigDecimal newThreshold, BigDecimal newDotation) {
        return new ActivityRecord(id, contractId, establishmentId, fiscalYear, unit, target, actual, toDate,
                measureDate, capacityInstalled, openingDays, admissions, newThreshold, newDotation, description);
    }
}
