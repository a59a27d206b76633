package org.cpom.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The activity measures computed indicators read, one establishment or consolidated; hand computations above. */
class ActivityMeasureTest {

    private static ActivityRecord row(int establishment, ActivityUnit unit, String places, Integer openingDays,
            String target, String actual, String admissions) {
        return new ActivityRecord(0, 1000, establishment, 2025, unit, dec(target), dec(actual), null, null,
                dec(places), openingDays, dec(admissions), null, null, null);
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    @Test
    void consolidatedMeasuresAddTheEstablishmentsBeforeDividing() {
        // MAS 40 places × 365 = 14,600, 13,140 days, target 14,000, 12 admissions
        ActivityRecord mas = row(101, ActivityUnit.DAYS, "40", 365, "14000", "13140", "12");
        // IME 60 places × 210 = 12,600, 11,970 days, target 12,000, 18 admissions
        ActivityRecord ime = row(102, ActivityUnit.DAYS, "60", 210, "12000", "11970", "18");
        List<ActivityRecord> both = List.of(mas, ime);
        // (13,140 + 11,970) ÷ (14,600 + 12,600) = 25,110 ÷ 27,200 = 0.923161… → 92.32 %
        assertThat(ActivityMeasure.OCCUPANCY_RATE.value(both)).isEqualByComparingTo("92.32");
        // (13,140 + 11,970) ÷ (14,000 + 12,000) = 25,110 ÷ 26,000 = 0.965769… → 96.58 %
        assertThat(ActivityMeasure.ACTIVITY_RATE.value(both)).isEqualByComparingTo("96.58");
        // (12 + 18) ÷ (40 + 60) = 30.00 %
        assertThat(ActivityMeasure.TURNOVER_RATE.value(both)).isEqualByComparingTo("30.00");
        // one establishment: its own figures
        assertThat(ActivityMeasure.OCCUPANCY_RATE.value(List.of(mas))).isEqualByComparingTo("90.00");
    }

    @Test
    void mixedUnitsAverageTheRatesAndOccupancyIgnoresOtherUnits() {
        ActivityRecord mas = row(101, ActivityUnit.DAYS, "40", 365, "14000", "13140", null); // 93.86 %
        ActivityRecord cmpp = row(103, ActivityUnit.ACTS, null, null, "5000", "4500", null); // 90.00 %
        // (93.86 + 90.00) ÷ 2 = 91.93 %
        assertThat(ActivityMeasure.ACTIVITY_RATE.value(List.of(mas, cmpp))).isEqualByComparingTo("91.93");
        assertThat(ActivityMeasure.OCCUPANCY_RATE.value(List.of(mas, cmpp))).isEqualByComparingTo("90.00");
        assertThat(ActivityMeasure.OCCUPANCY_RATE.value(List.of(cmpp))).isNull();
        assertThat(ActivityMeasure.TURNOVER_RATE.value(List.of(cmpp))).isNull();
    }

    @Test
    void projectedActivityCountsBeforeTheYearEnds() {
        // 6,000 days to 30 June 2025 project to 12,099.45; ÷ 14,600 = 82.87 %
        ActivityRecord mas = row(101, ActivityUnit.DAYS, "40", 365, "14000", null, null)
                .withToDate(new BigDecimal("6000"), LocalDate.of(2025, 6, 30));
        assertThat(ActivityMeasure.OCCUPANCY_RATE.value(List.of(mas))).isEqualByComparingTo("82.87");
    }

    @Test
    void codesOfTheComputedMeasureList() {
        assertThat(ActivityMeasure.fromCode("OCCR")).isEqualTo(ActivityMeasure.OCCUPANCY_RATE);
        assertThat(ActivityMeasure.fromCode("REAL")).isEqualTo(ActivityMeasure.ACTIVITY_RATE);
        assertThat(ActivityMeasure.fromCode("ROTR")).isEqualTo(ActivityMeasure.TURNOVER_RATE);
        assertThat(ActivityMeasure.fromCode("CAFR")).isNull();
        assertThat(ActivityMeasure.fromCode(" ")).isNull();
    }
}
