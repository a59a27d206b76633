package org.cpom.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.activity.ActivityFigures;
import org.cpom.core.activity.ActivityRecord;
import org.cpom.core.activity.ActivityUnit;
import org.cpom.core.activity.ModulationRisk;
import org.cpom.core.activity.ModulationRule;
import org.cpom.core.activity.OccupancyCalculator;
import org.cpom.core.model.Contract;
import org.cpom.core.model.EsmsCategory;

/**
 * CPOM_Activity rows of the samples: per establishment and year, the activity target agreed in the contract and the
 * activity realised, in the unit the category counts in (journées for the ESAT and the EHPAD, actes for the SSIAD,
 * heures for the SAAD), with capacity, opening days and admissions. The year under way at the sample's reference
 * date ({@link SampleCalendar}) has only its activity to date; exactly one establishment of each contract is projected
 * below the contract's modulation threshold.
 *
 * <p>The computed columns (OccupancyRate, ActivityRate, ProjectedActivity, ModulationRiskAmt) are written with the
 * cpom-core calculators, as the model class computes them on save: raw rows get no model class.
 */
final class SampleActivity {

    /** MESSIDOR's contract clause: pro rata modulation below 92 % occupancy of the ESAT places. */
    static final BigDecimal MESSIDOR_THRESHOLD = new BigDecimal("92");
    /** GENETS: pro rata below 95 % of the activity objective (the EHPAD follow the forfaits' rule, 95 %). */
    static final BigDecimal GENETS_THRESHOLD = new BigDecimal("95");
    /** Index (sample order) of the ESAT projected below the threshold in 2017: Voiron (MESSIDOR), Roanne (other). */
    static final int MESSIDOR_AT_RISK = 7;
    static final int OTHER_AT_RISK = 9;

    /** The MESSIDOR indicator "taux d'occupation des places": targets and actuals 2013..2017. */
    private static final double[] ESAT_TARGET = {95, 96, 96.5, 97, 97};
    private static final double[] ESAT_OCCUPANCY = {94.2, 95.8, 96.9, 96.1, 97.4};
    /** GENETS: EHPAD occupancy targets 2021..2026 and actuals 2021..2025 (2025: to date). */
    private static final double[] EHPAD_TARGET = {95, 96, 96.5, 97, 97, 97};
    private static final double[] EHPAD_OCCUPANCY = {93.2, 95.8, 96.9, 97.1, 96.8};
    /** GENETS SSIAD: actes realised ÷ target, percent, 2021..2025 (2025 projected from the activity to date). */
    private static final double[] SSIAD_REALISATION = {97.8, 99.1, 98.4, 96.2, 88.4};
    /** GENETS SAAD: hours targets 2021..2026 and realised 2021..2025 (the indicator's figures, 2025 projected). */
    private static final long[] SAAD_TARGET = {51_000, 51_500, 52_000, 53_000, 54_000, 54_500};
    private static final long[] SAAD_HOURS = {50_700, 51_900, 52_600, 52_400, 53_300};

    private SampleActivity() {
    }

    /** One written row with its assessment (what the deadline generator turns into a MODU deadline). */
    record Written(ActivityRecord record, ActivityFigures figures, ModulationRisk.Assessment assessment) {
    }

    /**
     * The ESAT of a MESSIDOR-like contract, 2013–2017: journées over 228 opening days, 2017 measured on 31 March.
     * Sets the contract's rule (P) and threshold (92 %).
     */
    static List<Written> messidor(SampleRows rows, int contractId, boolean reference, LocalDate measureDate)
            throws SQLException {
        rows.update("UPDATE CPOM_Contract SET ModulationRule='P', ModulationThreshold=? WHERE CPOM_Contract_ID=?",
                MESSIDOR_THRESHOLD, contractId);
        Contract contract = rows.contract(contractId);
        List<SampleRows.Establishment> perimeter = rows.perimeter(contractId);
        List<Written> out = new ArrayList<>();
        int atRisk = reference ? MESSIDOR_AT_RISK : OTHER_AT_RISK;
        for (int i = 0; i < perimeter.size(); i++) {
            SampleRows.Establishment e = perimeter.get(i);
            BigDecimal capacity = e.capacityInstalled();
            int days = e.openingDays();
            for (int k = 0; k < ESAT_TARGET.length; k++) {
                int year = MessidorSample.FIRST_YEAR + k;
                // each ESAT around the yearly average, ±1.5 points, never under the clause's 92 % in a closed year
                double occupancy = ESAT_OCCUPANCY[k] + (((i * 3 + year * 5 + (reference ? 0 : 2)) % 7) - 3) * 0.5;
                BigDecimal target = journees(capacity, days, ESAT_TARGET[k]);
                BigDecimal admissions = BigDecimal.valueOf(Math.max(2, Math.round(capacity.doubleValue()
                        * (0.08 + (i % 5) * 0.01 + k * 0.004))));
                ActivityRecord r;
                if (year < measureDate.getYear()) {
                    r = record(contractId, e.id(), year, ActivityUnit.DAYS, target, journees(capacity, days, occupancy),
                            null, null, capacity, days, admissions, null, null,
                            "Journées réalisées (états de présence)");
                } else {
                    double rate = i == atRisk ? 88.5 : occupancy;
                    // journées to date: the year's opening days pro rata of the calendar days elapsed
                    BigDecimal toDate = journees(capacity, days, rate).multiply(BigDecimal.valueOf(
                            measureDate.getDayOfYear())).divide(BigDecimal.valueOf(Year.of(year).length()), 0,
                            RoundingMode.HALF_UP);
                    r = record(contractId, e.id(), year, ActivityUnit.DAYS, target, null, toDate, measureDate,
                            capacity, days, null, null, null, i == atRisk
                                    ? "Activité en retrait : deux départs non remplacés, admissions en attente"
                                    : "Journées au " + measureDate);
                }
                out.add(write(rows, contract, e, r, ModulationRule.PRO_RATA, MESSIDOR_THRESHOLD,
                        dotation(rows, contractId, e.id(), year, false)));
            }
        }
        return out;
    }

    /**
     * The GENETS perimeter, 2021–2026: the two EHPAD in journées (forfaits soins and dépendance as the dotation the
     * EHPAD rule applies to), the SSIAD in actes (projected below 95 % of its objective in 2025: the establishment at
     * risk), the SAAD in hours; 2025 measured on 31 August, 2026 with its target only. Sets the contract's rule (P)
     * and threshold (95 %).
     */
    static List<Written> genets(SampleRows rows, int contractId, LocalDate measureDate) throws SQLException {
        rows.update("UPDATE CPOM_Contract SET ModulationRule='P', ModulationThreshold=? WHERE CPOM_Contract_ID=?",
                GENETS_THRESHOLD, contractId);
        Contract contract = rows.contract(contractId);
        List<Written> out = new ArrayList<>();
        int ehpad = 0;
        for (SampleRows.Establishment e : rows.perimeter(contractId)) {
            String category = e.member().finessCategory();
            for (int k = 0; k < EHPAD_TARGET.length; k++) {
                int year = GenetsSample.FIRST_YEAR + k;
                int days = Year.of(year).length();
                boolean closed = year < measureDate.getYear();
                boolean current = year == measureDate.getYear();
                ActivityRecord r;
                if (EsmsCategory.EHPAD.equals(category)) {
                    BigDecimal capacity = e.capacityInstalled();
                    BigDecimal target = journees(capacity, days, EHPAD_TARGET[k]);
                    double occupancy = k < EHPAD_OCCUPANCY.length ? EHPAD_OCCUPANCY[k] + (ehpad == 0 ? 0.4 : -0.4) : 0;
                    BigDecimal actual = closed ? journees(capacity, days, occupancy) : null;
                    BigDecimal toDate = current ? toDate(journees(capacity, days, occupancy), measureDate) : null;
                    // 2021: the ARS lowered the threshold to 90 % for the year of the health crisis
                    BigDecimal threshold = year == 2021 ? new BigDecimal("90") : null;
                    r = record(contractId, e.id(), year, ActivityUnit.DAYS, target, actual, toDate,
                            current ? measureDate : null, capacity, days,
                            closed || current ? BigDecimal.valueOf(Math.round(capacity.doubleValue() * 0.32)) : null,
                            threshold, dotation(rows, contractId, e.id(), year, true), year == 2021
                                    ? "Seuil de modulation ramené à 90 % pour 2021 (crise sanitaire, décision ARS)"
                                    : "Journées d'hébergement permanent");
                } else if (EsmsCategory.SSIAD.equals(category)) {
                    BigDecimal capacity = e.capacityInstalled();
                    // about 1.6 actes a day for each patient of the places at 95 %
                    BigDecimal target = BigDecimal.valueOf(Math.round(capacity.doubleValue() * 365 * 1.6 * 0.95));
                    BigDecimal realised = k < SSIAD_REALISATION.length ? target.multiply(BigDecimal.valueOf(
                            SSIAD_REALISATION[k] / 100)).setScale(0, RoundingMode.HALF_UP) : null;
                    r = record(contractId, e.id(), year, ActivityUnit.ACTS, target, closed ? realised : null,
                            current ? toDate(realised, measureDate) : null, current ? measureDate : null, capacity,
                            days, closed || current ? BigDecimal.valueOf(Math.round(capacity.doubleValue() * 1.5))
                                    : null, null, null, current
                                    ? "Actes en retrait : postes d'aides-soignants vacants depuis le printemps"
                                    : "Actes de soins infirmiers et d'hygiène");
                } else {
                    BigDecimal target = BigDecimal.valueOf(SAAD_TARGET[k]);
                    BigDecimal realised = k < SAAD_HOURS.length ? BigDecimal.valueOf(SAAD_HOURS[k]) : null;
                    r = record(contractId, e.id(), year, ActivityUnit.HOURS, target, closed ? realised : null,
                            current ? toDate(realised, measureDate) : null, current ? measureDate : null, null, days,
                            closed || current ? BigDecimal.valueOf(140 + 6L * k) : null, null, null,
                            "Heures d'aide et d'accompagnement (télégestion)");
                }
                out.add(write(rows, contract, e, r, ModulationRule.PRO_RATA, GENETS_THRESHOLD,
                        dotation(rows, contractId, e.id(), year, false)));
            }
            if (EsmsCategory.EHPAD.equals(category)) {
                ehpad++;
            }
        }
        return out;
    }

    /** Places × opening days × rate %, in whole journées. */
    private static BigDecimal journees(BigDecimal places, int days, double ratePct) {
        return places.multiply(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(ratePct))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
    }

    /** The activity of the year delivered evenly: the share of the calendar days elapsed at the measure date. */
    private static BigDecimal toDate(BigDecimal year, LocalDate measureDate) {
        return year.multiply(BigDecimal.valueOf(measureDate.getDayOfYear()))
                .divide(BigDecimal.valueOf(measureDate.lengthOfYear()), 0, RoundingMode.HALF_UP);
    }

    private static ActivityRecord record(int contractId, int establishmentId, int year, ActivityUnit unit,
            BigDecimal target, BigDecimal actual, BigDecimal toDate, LocalDate measureDate, BigDecimal capacity,
            Integer openingDays, BigDecimal admissions, BigDecimal threshold, BigDecimal dotation,
            String description) {
        return new ActivityRecord(0, contractId, establishmentId, year, unit, target, actual, toDate, measureDate,
                capacity, openingDays, admissions, threshold, dotation, description);
    }

    /**
     * The budget's dotation of the establishment and year: its group I income (P1); for an EHPAD the forfaits of the
     * soins and dépendance sections paid by the authorities ({@code forfaits}), which the occupancy rule modulates.
     */
    private static BigDecimal dotation(SampleRows rows, int contractId, int establishmentId, int year, boolean forfaits)
            throws SQLException {
        return rows.decimal("SELECT SUM(Amount) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID=? AND "
                + "CPOM_Establishment_ID=? AND FiscalYear=? AND FunctionalGroup='P1'"
                + (forfaits ? " AND BudgetSection IN ('SOIN','DEPE') AND Payer <> 'USR'" : ""), contractId,
                establishmentId, year);
    }

    private static Written write(SampleRows rows, Contract contract, SampleRows.Establishment e, ActivityRecord r,
            ModulationRule rule, BigDecimal threshold, BigDecimal budgetDotation) throws SQLException {
        ActivityFigures f = OccupancyCalculator.compute(r);
        ModulationRisk.Assessment a = ModulationRisk.assess(contract.legalBasis(), rule, threshold, e.member(), r,
                budgetDotation);
        int id = rows.insert("CPOM_Activity", SampleRows.row("CPOM_Activity_ID", rows.id(),
                "CPOM_Contract_ID", r.contractId(), "CPOM_Establishment_ID", r.establishmentId(),
                "FiscalYear", r.fiscalYear(), "ActivityUnit", r.unit().code(), "ActivityTarget", r.target(),
                "ActivityActual", r.actual(), "ActivityToDate", r.toDate(), "MeasureDate", r.measureDate(),
                "CapacityInstalled", r.capacityInstalled(), "OpeningDays", r.openingDays(),
                "AdmissionsQty", r.admissions(), "OccupancyRate", f.occupancyRate(), "ActivityRate", f.activityRate(),
                "ProjectedActivity", f.projection(), "ModulationThreshold", r.modulationThreshold(),
                "DotationAmt", r.dotationAmt(), "ModulationRiskAmt", a.amountAtRisk(),
                "Description", r.description()));
        ActivityRecord stored = new ActivityRecord(id, r.contractId(), r.establishmentId(), r.fiscalYear(), r.unit(),
                r.target(), r.actual(), r.toDate(), r.measureDate(), r.capacityInstalled(), r.openingDays(),
                r.admissions(), r.modulationThreshold(), r.dotationAmt(), r.description());
        return new Written(stored, f, a);
    }
}
