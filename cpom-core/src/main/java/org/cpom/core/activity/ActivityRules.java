package org.cpom.core.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.cpom.core.contract.ContractPeriod;
import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Contract;
import org.cpom.core.model.EsmsCategory;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.rule.ValidationResult;

/**
 * Rules of CPOM_Activity, for the window (one row) and the import (a batch, checked before anything is written).
 * Every broken rule names the contract, the establishment, the year and the field, in French and English.
 */
public final class ActivityRules {

    // unmodifiable views: allowedUnits hands them out, and static state must never change (clustered server)
    /** Units of the residential establishments (and of any category not listed below). */
    private static final Set<ActivityUnit> RESIDENTIAL = units(ActivityUnit.DAYS, ActivityUnit.PLACES,
            ActivityUnit.ACTIVE_FILE);
    /** Units of the ambulatory and home services (SESSAD, SAVS, SAMSAH, SSIAD, CSAPA...). */
    private static final Set<ActivityUnit> SERVICES = units(ActivityUnit.DAYS, ActivityUnit.PLACES,
            ActivityUnit.ACTIVE_FILE, ActivityUnit.ACTS, ActivityUnit.HOURS);
    /** Units of the consultation centres (CMPP 189, CAMSP 190): sessions and people, never days of stay. */
    private static final Set<ActivityUnit> CONSULTATION = units(ActivityUnit.ACTS, ActivityUnit.ACTIVE_FILE);
    /** Units of home help (SAA 460): hours and people. */
    private static final Set<ActivityUnit> HOME_HELP = units(ActivityUnit.HOURS, ActivityUnit.ACTIVE_FILE);
    private static final Set<String> SERVICE_CODES = Set.of(EsmsCategory.SSIAD, EsmsCategory.SAAS, "182", "446",
            "445", "197", "178");
    private static final Set<String> CONSULTATION_CODES = Set.of("189", "190");

    private static final Set<ActivityUnit> ALL = units(ActivityUnit.values());

    private ActivityRules() {
    }

    private static Set<ActivityUnit> units(ActivityUnit... units) {
        return Collections.unmodifiableSet(EnumSet.copyOf(java.util.List.of(units)));
    }

    /** The units a FINESS category counts its activity in (unmodifiable); every unit for an unknown category. */
    public static Set<ActivityUnit> allowedUnits(String finessCategory) {
        if (finessCategory == null || finessCategory.isBlank()) {
            return ALL;
        }
        String code = finessCategory.strip();
        if (CONSULTATION_CODES.contains(code)) {
            return CONSULTATION;
        }
        if (EsmsCategory.SAA.equals(code)) {
            return HOME_HELP;
        }
        if (SERVICE_CODES.contains(code)) {
            return SERVICES;
        }
        if (EsmsCategory.familyOf(code) == EsmsCategory.Family.OTHER) {
            return ALL;
        }
        return RESIDENTIAL;
    }

    /**
     * Rules of one row: unit set and known for the category, quantities not negative, year within the contract and
     * the establishment's membership, measure date within the year and given with the activity to date, opening
     * days within the year, journées within capacity × days, threshold within 0..100.
     *
     * @param member the establishment with its category and membership; null when it is not in the perimeter
     */
    public static ValidationResult validate(ActivityRecord r, Contract c, PerimeterMember member) {
        ValidationResult.Builder b = ValidationResult.builder();
        String contract = c.label();
        Object est = member == null ? (Object) ("n° " + r.establishmentId()) : member.label();
        int year = r.fiscalYear();
        if (member == null) {
            b.add(MessageKeys.ACTIVITY_ESTABLISHMENT_OUTSIDE, "CPOM_Establishment_ID", contract, est, year);
        }
        if (c.dateFrom() != null && c.dateTo() != null && !ContractPeriod.containsYear(c, year)) {
            b.add(MessageKeys.ACTIVITY_YEAR_OUTSIDE, "FiscalYear", contract, est, year, ContractPeriod.firstYear(c),
                    ContractPeriod.lastYear(c));
        } else if (member != null && !memberInYear(member, year)) {
            b.add(MessageKeys.ACTIVITY_YEAR_OUTSIDE_MEMBERSHIP, "FiscalYear", contract, est, year);
        }
        if (r.unit() == null) {
            b.add(MessageKeys.ACTIVITY_UNIT_MISSING, "ActivityUnit", contract, est, year);
        } else if (member != null && !allowedUnits(member.finessCategory()).contains(r.unit())) {
            b.add(MessageKeys.ACTIVITY_UNIT_NOT_FOR_CATEGORY, "ActivityUnit", contract, est, year, r.unit(),
                    member.finessCategory());
        }
        negative(b, contract, est, year, "ActivityTarget", r.target());
        negative(b, contract, est, year, "ActivityActual", r.actual());
        negative(b, contract, est, year, "ActivityToDate", r.toDate());
        negative(b, contract, est, year, "CapacityInstalled", r.capacityInstalled());
        negative(b, contract, est, year, "AdmissionsQty", r.admissions());
        negative(b, contract, est, year, "DotationAmt", r.dotationAmt());
        int daysInYear = Year.of(year).length();
        if (r.openingDays() != null && (r.openingDays() < 1 || r.openingDays() > daysInYear)) {
            b.add(MessageKeys.ACTIVITY_OPENING_DAYS, "OpeningDays", contract, est, year, r.openingDays(), daysInYear);
        }
        if (r.toDate() != null && r.measureDate() == null) {
            b.add(MessageKeys.ACTIVITY_MEASURE_DATE_MISSING, "MeasureDate", contract, est, year);
        }
        LocalDate measure = r.measureDate();
        boolean measureInYear = measure != null && measure.getYear() == year;
        if (measure != null && !measureInYear) {
            b.add(MessageKeys.ACTIVITY_MEASURE_DATE_OUTSIDE, "MeasureDate", contract, est, year, measure);
        }
        if (r.toDate() != null && r.actual() != null && r.toDate().compareTo(r.actual()) > 0) {
            b.add(MessageKeys.ACTIVITY_TO_DATE_ABOVE_ACTUAL, "ActivityToDate", contract, est, year, r.toDate(),
                    r.actual());
        }
        if (r.modulationThreshold() != null && (r.modulationThreshold().signum() <= 0
                || r.modulationThreshold().compareTo(OccupancyCalculator.HUNDRED) > 0)) {
            b.add(MessageKeys.ACTIVITY_THRESHOLD_RANGE, "ModulationThreshold", contract, est, year,
                    r.modulationThreshold());
        }
        if (r.unit() == ActivityUnit.DAYS) {
            checkCapacity(b, r, contract, est, year, daysInYear, measureInYear);
        }
        return b.build();
    }

    /** The contract's threshold (CPOM_Contract.ModulationThreshold) must lie in ]0, 100]; null is allowed. */
    public static ValidationResult checkContractThreshold(Contract c, BigDecimal threshold) {
        if (threshold != null && (threshold.signum() <= 0 || threshold.compareTo(OccupancyCalculator.HUNDRED) > 0)) {
            return ValidationResult.of(MessageKeys.ACTIVITY_CONTRACT_THRESHOLD_RANGE, "ModulationThreshold", c.label(),
                    threshold);
        }
        return ValidationResult.ok();
    }

    /** One row per (contract, establishment, year): {@code r} against the other rows (not including itself). */
    public static ValidationResult checkUnique(ActivityRecord r, Contract c, Object establishmentLabel,
            Collection<ActivityRecord> others) {
        for (ActivityRecord o : others) {
            if (o != r && (o.id() == 0 || o.id() != r.id()) && o.contractId() == r.contractId()
                    && o.establishmentId() == r.establishmentId() && o.fiscalYear() == r.fiscalYear()) {
                return ValidationResult.of(MessageKeys.ACTIVITY_DUPLICATE, "FiscalYear", c.label(),
                        establishmentLabel, r.fiscalYear());
            }
        }
        return ValidationResult.ok();
    }

    private static void checkCapacity(ValidationResult.Builder b, ActivityRecord r, String contract, Object est,
            int year, int daysInYear, boolean measureInYear) {
        boolean hasDays = r.actual() != null || r.toDate() != null;
        if (r.capacityInstalled() == null) {
            if (hasDays) {
                b.add(MessageKeys.ACTIVITY_CAPACITY_MISSING, "CapacityInstalled", contract, est, year);
            }
            return;
        }
        if (r.capacityInstalled().signum() < 0) {
            return; // already reported as negative
        }
        int openingDays = r.openingDays() != null && r.openingDays() >= 1 && r.openingDays() <= daysInYear
                ? r.openingDays() : daysInYear;
        BigDecimal maxYear = r.capacityInstalled().multiply(BigDecimal.valueOf(openingDays));
        if (r.actual() != null && r.actual().compareTo(maxYear) > 0) {
            b.add(MessageKeys.ACTIVITY_ABOVE_CAPACITY, "ActivityActual", contract, est, year, r.actual(),
                    r.capacityInstalled(), openingDays, maxYear);
        }
        if (r.toDate() != null && measureInYear) {
            // by the measure date, at most every place on every day elapsed (fewer when the year has closed days)
            int elapsed = Math.min(r.measureDate().getDayOfYear(), openingDays);
            BigDecimal maxToDate = r.capacityInstalled().multiply(BigDecimal.valueOf(elapsed));
            if (r.toDate().compareTo(maxToDate) > 0) {
                b.add(MessageKeys.ACTIVITY_TO_DATE_ABOVE_CAPACITY, "ActivityToDate", contract, est, year, r.toDate(),
                        r.capacityInstalled(), elapsed, r.measureDate(), maxToDate);
            }
        }
    }

    private static void negative(ValidationResult.Builder b, String contract, Object est, int year, String column,
            BigDecimal value) {
        if (value != null && value.signum() < 0) {
            b.add(MessageKeys.ACTIVITY_NEGATIVE, column, contract, est, year, Label.field(column), value);
        }
    }

    private static boolean memberInYear(PerimeterMember m, int year) {
        return (m.dateJoined() == null || m.dateJoined().getYear() <= year)
                && (m.dateLeft() == null || m.dateLeft().getYear() >= year);
    }
}
