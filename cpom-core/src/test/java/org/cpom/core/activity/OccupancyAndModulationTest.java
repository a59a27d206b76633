package org.cpom.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.model.TariffAuthority;
import org.junit.jupiter.api.Test;

/** Every expected figure is computed by hand in the comment above its assertion. */
class OccupancyAndModulationTest {

    private static final PerimeterMember MAS = new PerimeterMember(101, "MAS Les Sources", "255",
            TariffAuthority.ARS, null, null);
    private static final PerimeterMember FAM = new PerimeterMember(102, "FAM Le Verger", "437", TariffAuthority.JOINT,
            null, null);
    private static final PerimeterMember ESAT = new PerimeterMember(103, "ESAT Les Tilleuls", "246",
            TariffAuthority.ARS, null, null);
    private static final PerimeterMember EHPAD = new PerimeterMember(201, "EHPAD Les Cèdres", "500",
            TariffAuthority.JOINT, null, null);
    private static final PerimeterMember CMPP = new PerimeterMember(104, "CMPP Centre", "189", TariffAuthority.ARS,
            null, null);

    static ActivityRecord days(int establishmentId, int year, String places, Integer openingDays, String target,
            String actual) {
        return new ActivityRecord(0, 1000, establishmentId, year, ActivityUnit.DAYS, dec(target), dec(actual), null,
                null, dec(places), openingDays, null, null, null, null);
    }

    static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    @Test
    void occupancyRealisationRotationAndVarianceOfAYear() {
        // MAS, 40 places open 365 days in 2025: 40 × 365 = 14,600 theoretical days
        // 13,140 days delivered: 13,140 ÷ 14,600 = 0.9 → 90.00 %
        // target 14,000 days: 13,140 ÷ 14,000 = 0.938571… → 93.86 %; variance 13,140 − 14,000 = −860; −6.14 points
        // 12 admissions for 40 places: 12 ÷ 40 = 30.00 %
        ActivityRecord r = days(101, 2025, "40", 365, "14000", "13140").withAdmissions(new BigDecimal("12"));
        ActivityFigures f = OccupancyCalculator.compute(r);
        assertThat(f.theoreticalDays()).isEqualByComparingTo("14600");
        assertThat(f.occupancyRate()).isEqualByComparingTo("90.00");
        assertThat(f.activityRate()).isEqualByComparingTo("93.86");
        assertThat(f.variance()).isEqualByComparingTo("-860");
        assertThat(f.varianceRate()).isEqualByComparingTo("-6.14");
        assertThat(f.rotationRate()).isEqualByComparingTo("30.00");
        assertThat(f.projected()).isFalse();
        assertThat(f.reference()).isEqualByComparingTo("13140");
    }

    @Test
    void openingDaysDefaultToTheDaysOfTheYearLeapYearsIncluded() {
        // no opening days: 2024 has 366 days; 10 places × 366 = 3,660; 3,294 days ÷ 3,660 = 0.9 → 90.00 %
        ActivityFigures leap = OccupancyCalculator.compute(days(101, 2024, "10", null, null, "3294"));
        assertThat(leap.openingDays()).isEqualTo(366);
        assertThat(leap.occupancyRate()).isEqualByComparingTo("90.00");
        // 2025: 10 × 365 = 3,650; 3,294 ÷ 3,650 = 0.902465… → 90.25 %
        assertThat(OccupancyCalculator.compute(days(101, 2025, "10", null, null, "3294")).occupancyRate())
                .isEqualByComparingTo("90.25");
        // an IME open 210 days: 60 places × 210 = 12,600; 11,970 ÷ 12,600 = 0.95 → 95.00 %
        assertThat(OccupancyCalculator.compute(days(101, 2025, "60", 210, null, "11970")).occupancyRate())
                .isEqualByComparingTo("95.00");
    }

    @Test
    void projectionToYearEndIsProRataOfCalendarDaysElapsed() {
        // 30 June 2025 is day 181 of 365: 6,000 × 365 ÷ 181 = 12,099.447… → 12,099.45
        assertThat(OccupancyCalculator.projectToYearEnd(new BigDecimal("6000"), LocalDate.of(2025, 6, 30)))
                .isEqualByComparingTo("12099.45");
        // 30 June 2024 is day 182 of 366 (29 February): 6,000 × 366 ÷ 182 = 12,065.934… → 12,065.93
        assertThat(OccupancyCalculator.projectToYearEnd(new BigDecimal("6000"), LocalDate.of(2024, 6, 30)))
                .isEqualByComparingTo("12065.93");
        // on 31 December the projection is the activity to date
        assertThat(OccupancyCalculator.projectToYearEnd(new BigDecimal("6000"), LocalDate.of(2024, 12, 31)))
                .isEqualByComparingTo("6000.00");
        // without the year's actual, the rates use the projection
        ActivityRecord toDate = days(101, 2025, "40", 365, "14000", null).withToDate(new BigDecimal("6000"),
                LocalDate.of(2025, 6, 30));
        ActivityFigures f = OccupancyCalculator.compute(toDate);
        assertThat(f.projected()).isTrue();
        assertThat(f.elapsedDays()).isEqualTo(181);
        assertThat(f.projection()).isEqualByComparingTo("12099.45");
        // 12,099.45 ÷ 14,600 = 0.828729… → 82.87 %
        assertThat(f.occupancyRate()).isEqualByComparingTo("82.87");
        // once the actual is entered it wins over the projection
        assertThat(OccupancyCalculator.compute(toDate.withActual(new BigDecimal("13870"))).occupancyRate())
                .isEqualByComparingTo("95.00");
    }

    @Test
    void ehpadUnderIvTerIsModulatedByHalfTheShortfallInPointsAt95Percent() {
        // EHPAD, 80 permanent places × 365 = 29,200; 26,280 days ÷ 29,200 = 90.00 %
        // R314-160: (95 − 90) ÷ 2 = 2.5 % of the forfait soins 1,000,000 = 25,000.00 (contract rule N is ignored)
        ActivityRecord r = days(201, 2025, "80", 365, null, "26280").withModulation(null,
                new BigDecimal("1000000"));
        ModulationRisk.Assessment a = ModulationRisk.assess(LegalBasis.L313_12_IV_TER, ModulationRule.NONE, null,
                EHPAD, r, null);
        assertThat(a.outcome()).isEqualTo(ModulationRisk.Outcome.AT_RISK);
        assertThat(a.rule()).isEqualTo(ModulationRule.SHORTFALL_POINTS);
        assertThat(a.threshold()).isEqualByComparingTo("95");
        assertThat(a.rate()).isEqualByComparingTo("90.00");
        assertThat(a.occupancy()).isTrue();
        assertThat(a.modulationPct()).isEqualByComparingTo("2.5");
        assertThat(a.amountAtRisk()).isEqualByComparingTo("25000.00");
        assertThat(a.atRisk()).isTrue();
    }

    @Test
    void ehpadOutsideIvTerIsExcluded() {
        ActivityRecord r = days(201, 2025, "80", 365, null, "26280").withModulation(null, new BigDecimal("1000000"));
        ModulationRisk.Assessment a = ModulationRisk.assess(LegalBasis.L313_12_2, ModulationRule.PRO_RATA,
                new BigDecimal("95"), EHPAD, r, null);
        assertThat(a.outcome()).isEqualTo(ModulationRisk.Outcome.EHPAD_EXCLUDED);
        assertThat(a.amountAtRisk()).isEqualByComparingTo("0");
        assertThat(a.atRisk()).isFalse();
    }

    @Test
    void disabilityContractProRataOfTheObjective() {
        // FAM 50 places × 365 = 18,250; 16,790 ÷ 18,250 = 0.92 → 92.00 %
        // P: half the relative gap (95 − 92) ÷ (2 × 95) = 3 ÷ 190 = 1.578947… % → 1.5789 %
        // 500,000 × 3 ÷ 190 = 7,894.736… → 7,894.74
        ActivityRecord r = days(102, 2025, "50", 365, null, "16790");
        ModulationRisk.Assessment a = ModulationRisk.assess(LegalBasis.L313_12_2, ModulationRule.PRO_RATA,
                new BigDecimal("95"), FAM, r, new BigDecimal("500000"));
        assertThat(a.rate()).isEqualByComparingTo("92.00");
        assertThat(a.modulationPct()).isEqualByComparingTo("1.5789");
        assertThat(a.dotation()).isEqualByComparingTo("500000");
        assertThat(a.amountAtRisk()).isEqualByComparingTo("7894.74");
        // the same shortfall under rule S: (95 − 92) ÷ 2 = 1.5 %; 500,000 × 1.5 % = 7,500.00
        ModulationRisk.Assessment s = ModulationRisk.assess(LegalBasis.L313_12_2, ModulationRule.SHORTFALL_POINTS,
                new BigDecimal("95"), FAM, r, new BigDecimal("500000"));
        assertThat(s.modulationPct()).isEqualByComparingTo("1.5");
        assertThat(s.amountAtRisk()).isEqualByComparingTo("7500.00");
        // the row's threshold overrides the contract's: 90 % → above it, nothing at risk
        ModulationRisk.Assessment above = ModulationRisk.assess(LegalBasis.L313_12_2, ModulationRule.PRO_RATA,
                new BigDecimal("95"), FAM, r.withModulation(new BigDecimal("90"), null), new BigDecimal("500000"));
        assertThat(above.outcome()).isEqualTo(ModulationRisk.Outcome.ABOVE_THRESHOLD);
        assertThat(above.amountAtRisk()).isEqualByComparingTo("0");
        // rule N: nothing
        assertThat(ModulationRisk.assess(LegalBasis.L313_12_2, ModulationRule.NONE, new BigDecimal("95"), FAM, r,
                new BigDecimal("500000")).outcome()).isEqualTo(ModulationRisk.Outcome.NO_RULE);
    }

    @Test
    void projectedActivityFlagsTheRiskBeforeTheYearEnds() {
        // ESAT, 50 places × 365 = 18,250; 12,000 days at 30 September 2025 (day 273)
        // projection 12,000 × 365 ÷ 273 = 16,043.956… → 16,043.96; occupancy 16,043.96 ÷ 18,250 = 0.879121… → 87.91 %
        // P with the default threshold 95 %: 800,000 × (95 − 87.91) ÷ 190 = 800,000 × 7.09 ÷ 190 = 29,852.631… → 29,852.63
        ActivityRecord r = days(103, 2025, "50", 365, null, null).withToDate(new BigDecimal("12000"),
                LocalDate.of(2025, 9, 30)).withModulation(null, new BigDecimal("800000"));
        assertThat(OccupancyCalculator.compute(r).projection()).isEqualByComparingTo("16043.96");
        ModulationRisk.Assessment a = ModulationRisk.assess(LegalBasis.L313_12_2, ModulationRule.PRO_RATA, null,
                ESAT, r, new BigDecimal("1"));
        assertThat(a.projected()).isTrue();
        assertThat(a.threshold()).isEqualByComparingTo(ModulationRisk.DEFAULT_THRESHOLD);
        assertThat(a.rate()).isEqualByComparingTo("87.91");
        assertThat(a.dotation()).isEqualByComparingTo("800000"); // the row's dotation wins over the budget's
        assertThat(a.amountAtRisk()).isEqualByComparingTo("29852.63");
    }

    @Test
    void otherUnitsUseTheRealisationRateAgainstTheTarget() {
        // CMPP counted in actes: 4,500 of a 5,000 target = 90.00 %; S with threshold 95: (95 − 90) ÷ 2 = 2.5 %
        // of 300,000 = 7,500.00
        ActivityRecord r = new ActivityRecord(0, 1000, 104, 2025, ActivityUnit.ACTS, new BigDecimal("5000"),
                new BigDecimal("4500"), null, null, null, null, null, null, null, null);
        ModulationRisk.Assessment a = ModulationRisk.assess(LegalBasis.L313_12_2, ModulationRule.SHORTFALL_POINTS,
                new BigDecimal("95"), CMPP, r, new BigDecimal("300000"));
        assertThat(a.occupancy()).isFalse();
        assertThat(a.rate()).isEqualByComparingTo("90.00");
        assertThat(a.amountAtRisk()).isEqualByComparingTo("7500.00");
        // no activity at all: nothing to compare
        ActivityRecord empty = new ActivityRecord(0, 1000, 104, 2025, ActivityUnit.ACTS, new BigDecimal("5000"), null,
                null, null, null, null, null, null, null, null);
        assertThat(ModulationRisk.assess(LegalBasis.L313_12_2, ModulationRule.SHORTFALL_POINTS, null, CMPP, empty,
                null).outcome()).isEqualTo(ModulationRisk.Outcome.NO_ACTIVITY);
        // the MAS fixture is used by the rules test; here only to show a residential unit without capacity
        assertThat(OccupancyCalculator.compute(days(MAS.establishmentId(), 2025, null, 365, null, "100"))
                .occupancyRate()).isNull();
    }
}
