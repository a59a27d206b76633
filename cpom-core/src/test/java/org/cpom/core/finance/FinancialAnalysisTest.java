package org.cpom.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.core.finance.SampleLedger.A;
import static org.cpom.core.finance.SampleLedger.B;
import static org.cpom.core.finance.SampleLedger.bs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.model.FunctionalGroup;
import org.junit.jupiter.api.Test;

class FinancialAnalysisTest {

    private static FinancialAnalysis sample() {
        ErrdStatement errd = ErrdStatement.build(SampleLedger.YEAR, SampleLedger.flows(), List.of(A, B),
                SampleLedger.budget(), true);
        return FinancialAnalysis.compute(SampleLedger.flows(), SampleLedger.closing(), errd.consolidated());
    }

    private static void assertAmount(BigDecimal actual, String expected) {
        assertThat(actual).isEqualByComparingTo(expected);
    }

    @Test
    void cafByTheAdditiveMethod() {
        FinancialAnalysis f = sample();
        // classes: produits 739 000 (A) + 254 000 (B: 215 000 + 40 000 − 709 1 000) = 993 000
        assertAmount(f.income(), "993000");
        // charges 703 000 (A: 713 000 − 6419 10 000) + 240 000 (B) = 943 000
        assertAmount(f.charges(), "943000");
        assertAmount(f.result(), "50000");
        assertAmount(f.cafAddBack(), "75000");  // 68: 60 000 + 10 000; 675: 5 000
        assertAmount(f.cafTakeOut(), "19000");  // 78 4 000 + 775 7 000 + 777 6 000 + 778 2 000
        assertAmount(f.caf(), "106000");        // 50 000 + 75 000 − 19 000
        // denominator: 993 000 − 775 7 000 − 777 6 000 − 78 4 000 = 976 000 (7788 stays: only 7781 is out)
        assertAmount(f.cafRateIncome(), "976000");
        assertThat(f.cafRate()).isEqualByComparingTo("10.86"); // 106 000 ÷ 976 000 = 10.8606… %
        assertAmount(f.cashCharges(), "868000"); // 943 000 − 68 70 000 − 675 5 000
    }

    @Test
    void bilanFinancier() {
        FinancialAnalysis f = sample();
        assertThat(f.hasBalanceSheet()).isTrue();
        assertAmount(f.stableFunding(), "1004000");
        assertAmount(f.fixedAssets(), "803000");
        assertAmount(f.fri(), "201000");
        assertAmount(f.unclosedResult(), "50000");
        assertAmount(f.fre(), "111000");
        assertAmount(f.frng(), "312000");
        assertAmount(f.workingCapitalNeed(), "37000");
        assertAmount(f.cash(), "275000");
        assertAmount(f.cashFromFrng(), "275000");
        assertAmount(f.balanceGap(), "0");
        // days of charges courantes: amount × 365 ÷ 868 000
        assertThat(f.frngDays()).isEqualByComparingTo("131.20");            // 113 880 000 ÷ 868 000 = 131.198…
        assertThat(f.workingCapitalNeedDays()).isEqualByComparingTo("15.56"); // 13 505 000 ÷ 868 000 = 15.558…
        assertThat(f.cashDays()).isEqualByComparingTo("115.64");             // 100 375 000 ÷ 868 000 = 115.639…
        assertThat(f.workingCapitalCoverage()).isEqualByComparingTo("743.24"); // 275 000 ÷ 37 000 = 7.43243…
    }

    @Test
    void vetusteAndDebt() {
        FinancialAnalysis f = sample();
        assertAmount(f.buildingsGross(), "600000");
        assertAmount(f.buildingsDepreciation(), "240000");
        assertThat(f.buildingsWear()).isEqualByComparingTo("40.00");   // 240 000 ÷ 600 000
        assertAmount(f.equipmentGross(), "150000");                   // 215 80 000 + 2181 70 000
        assertAmount(f.equipmentDepreciation(), "90000");             // 2815 50 000 + 2818 40 000
        assertThat(f.equipmentWear()).isEqualByComparingTo("60.00");
        assertAmount(f.loans(), "270000");                            // 1641 only: 165 and 1688 excluded
        assertAmount(f.stableFundingExDepreciation(), "674000");      // 300 000 + 30 000 + 74 000 + 270 000
        assertThat(f.financialIndependence()).isEqualByComparingTo("40.06"); // 270 000 ÷ 674 000 = 40.059…
        assertAmount(f.capitalRepaid(), "30000");                     // debit flow of 1641; 165, 1688 excluded
        assertThat(f.debtRepayment()).isEqualByComparingTo("28.30");  // 30 000 ÷ 106 000 = 28.301…
        assertThat(f.apparentDebtYears()).isEqualByComparingTo("2.55"); // 270 000 ÷ 106 000 = 2.547…
    }

    @Test
    void forecastAttainmentFromTheErrd() {
        FinancialAnalysis f = sample();
        assertThat(f.revenueAttainment()).isEqualByComparingTo("101.41"); // 1 004 000 ÷ 990 000 = 101.414…
        assertThat(f.expenseAttainment()).isEqualByComparingTo("99.38");  // 954 000 ÷ 960 000 = 99.375 → HALF_UP
        assertThat(f.measure(LedgerMeasure.REVENUE_ATTAINMENT)).isEqualByComparingTo("101.41");
        assertThat(f.measure(LedgerMeasure.CAF_RATE)).isEqualByComparingTo("10.86");
        assertThat(f.measure(LedgerMeasure.BUILDINGS_WEAR)).isEqualByComparingTo("40.00");
        assertThat(f.measure(LedgerMeasure.APPARENT_DEBT_DURATION)).isEqualByComparingTo("2.55");
        assertThat(f.measure(LedgerMeasure.FRNG_DAYS)).isEqualByComparingTo("131.20");
        assertThat(f.measure(LedgerMeasure.CASH_DAYS)).isEqualByComparingTo("115.64");
        for (LedgerMeasure m : LedgerMeasure.values()) {
            assertThat(f.measure(m)).as(m.code()).isNotNull();
            assertThat(LedgerMeasure.fromCode(m.code())).isEqualTo(m);
        }
        assertThat(LedgerMeasure.fromCode("OCCR")).isNull();
        assertThat(FinancialAnalysis.compute(SampleLedger.flows(), SampleLedger.closing()).revenueAttainment())
                .isNull();
    }

    @Test
    void perEstablishmentAndPerimeter() {
        List<LedgerBalance> flows = new ArrayList<>(SampleLedger.flows());
        flows.add(SampleLedger.row(99, "6226", FunctionalGroup.CHARGES_III, null, "7000", "0")); // head office
        ErrdStatement errd = ErrdStatement.build(SampleLedger.YEAR, flows, List.of(A, B), SampleLedger.budget(),
                true);
        // A: résultat 36 000 + 68 60 000 + 675 5 000 − 19 000 = 82 000
        FinancialAnalysis a = FinancialAnalysis.forEstablishment(errd, A, flows, SampleLedger.closing());
        assertAmount(a.caf(), "82000");
        assertThat(a.revenueAttainment()).isEqualByComparingTo("102.60"); // 749 000 ÷ 730 000
        // B: 14 000 + 10 000 = 24 000 over 254 000 of produits = 9.4488… %; no balance sheet of its own
        FinancialAnalysis b = FinancialAnalysis.forEstablishment(errd, B, flows, SampleLedger.closing());
        assertAmount(b.caf(), "24000");
        assertThat(b.cafRate()).isEqualByComparingTo("9.45");
        assertThat(b.hasBalanceSheet()).isFalse();
        // the perimeter leaves the head office's 7 000 out, as the consolidated ERRD does
        FinancialAnalysis all = FinancialAnalysis.forPerimeter(errd, List.of(A, B), flows, SampleLedger.closing());
        assertAmount(all.caf(), "106000");
        assertThat(all.expenseAttainment()).isEqualByComparingTo("99.38");
        FinancialAnalysis none = FinancialAnalysis.forEstablishment(errd, new EstablishmentRef(103, 0, "x"), flows,
                SampleLedger.closing());
        assertAmount(none.caf(), "0");
        assertThat(none.revenueAttainment()).isNull();
    }

    @Test
    void noBalanceSheetAccountsLeaveTheBalanceRatiosUndefined() {
        FinancialAnalysis f = FinancialAnalysis.compute(SampleLedger.incomeStatementFlows(), List.of());
        assertThat(f.hasBalanceSheet()).isFalse();
        assertAmount(f.caf(), "106000");
        assertThat(f.buildingsWear()).isNull();
        assertThat(f.equipmentWear()).isNull();
        assertThat(f.financialIndependence()).isNull();
        assertThat(f.workingCapitalCoverage()).isNull();
        assertAmount(f.frng(), "0");
        assertThat(f.frngDays()).isEqualByComparingTo("0.00");
        assertAmount(f.capitalRepaid(), "0");
        assertThat(f.debtRepayment()).isEqualByComparingTo("0.00");
        assertThat(f.apparentDebtYears()).isEqualByComparingTo("0.00");
    }

    @Test
    void emptyLedgerHasNoRatio() {
        FinancialAnalysis f = FinancialAnalysis.compute(List.of(), List.of());
        assertAmount(f.caf(), "0");
        assertThat(f.cafRate()).isNull();
        assertThat(f.frngDays()).isNull();
        assertThat(f.cashDays()).isNull();
        assertThat(f.debtRepayment()).isNull();
        assertThat(f.apparentDebtYears()).isNull();
        for (LedgerMeasure m : LedgerMeasure.values()) {
            assertThat(f.measure(m)).as(m.code()).isNull();
        }
    }

    @Test
    void negativeCafLeavesTheDebtRatiosUndefined() {
        // produits 100 000, charges 180 000 of which dotations 20 000: CAF = −80 000 + 20 000 = −60 000
        List<LedgerBalance> flows = List.of(
                SampleLedger.row(11, "7311", FunctionalGroup.INCOME_I, null, "0", "100000"),
                SampleLedger.row(11, "6411", FunctionalGroup.CHARGES_II, null, "160000", "0"),
                SampleLedger.row(11, "6811", FunctionalGroup.CHARGES_III, null, "20000", "0"),
                bs("1641", "10000", "0"));
        List<LedgerBalance> closing = new ArrayList<>(List.of(bs("1641", "0", "90000"), bs("512", "90000", "0")));
        FinancialAnalysis f = FinancialAnalysis.compute(flows, closing);
        assertAmount(f.caf(), "-60000");
        assertThat(f.cafRate()).isEqualByComparingTo("-60.00"); // −60 000 ÷ 100 000
        assertAmount(f.capitalRepaid(), "10000");
        assertThat(f.debtRepayment()).isNull();
        assertThat(f.apparentDebtYears()).isNull();
        assertAmount(f.loans(), "90000");
        // 100 % of the stable funding (hors amortissements) is debt
        assertThat(f.financialIndependence()).isEqualByComparingTo("100.00");
    }

    @Test
    void negativeWorkingCapitalNeedHasNoCoverage() {
        // suppliers 50 000 exceed receivables 20 000: BFR −30 000 (an excédent de financement d'exploitation)
        List<LedgerBalance> closing = List.of(bs("411", "20000", "0"), bs("401", "0", "50000"),
                bs("512", "30000", "0"));
        FinancialAnalysis f = FinancialAnalysis.compute(List.of(), closing);
        assertAmount(f.workingCapitalNeed(), "-30000");
        assertThat(f.workingCapitalCoverage()).isNull();
        assertAmount(f.frng(), "0");
        assertAmount(f.cashFromFrng(), "30000");
        assertAmount(f.balanceGap(), "0");
    }

    @Test
    void anUnbalancedExtractionShowsAsAGap() {
        List<LedgerBalance> closing = new ArrayList<>(SampleLedger.closing());
        closing.removeIf(r -> r.account().equals("531"));
        FinancialAnalysis f = FinancialAnalysis.compute(SampleLedger.flows(), closing);
        assertAmount(f.cash(), "274000");
        assertAmount(f.cashFromFrng(), "275000");
        assertAmount(f.balanceGap(), "-1000");
    }
}
