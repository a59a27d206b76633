package org.cpom.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.core.finance.SampleLedger.A;
import static org.cpom.core.finance.SampleLedger.B;
import static org.cpom.core.finance.SampleLedger.budget;
import static org.cpom.core.finance.SampleLedger.d;

import java.math.BigDecimal;
import java.util.List;

import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.FunctionalGroup;
import org.junit.jupiter.api.Test;

class EprdForecastTest {

    private static void assertAmount(BigDecimal actual, String expected) {
        assertThat(actual).isEqualByComparingTo(expected);
    }

    /** 300 000 of buildings in 2026: 20 years, loan 200 000 over 10 years, subsidy 60 000, self-financed 40 000. */
    private static final PlannedInvestment BUILDING = new PlannedInvestment(1, 1, 101, 2026, AssetCategory.BUILDINGS,
            "Extension", d("300000"), 20, d("200000"), 10, d("60000"));

    /** Résultat of the budget: 2026 20 000, 2027 10 000, 2028 0 (A only). */
    private static List<BudgetLine> planBudget() {
        BudgetSection main = BudgetSection.MAIN;
        return List.of(
                budget(A, 2026, FunctionalGroup.INCOME_I, main, "500000"),
                budget(A, 2026, FunctionalGroup.CHARGES_II, main, "480000"),
                budget(A, 2027, FunctionalGroup.INCOME_I, main, "500000"),
                budget(A, 2027, FunctionalGroup.CHARGES_II, main, "490000"),
                budget(A, 2028, FunctionalGroup.INCOME_I, main, "500000"),
                budget(A, 2028, FunctionalGroup.CHARGES_II, main, "500000"));
    }

    private static final ExistingAssets EXISTING = new ExistingAssets(d("70000"), d("10000"), d("30000"));

    @Test
    void investmentSchedulesStartTheYearAfterAndSumToTheirAmount() {
        assertAmount(BUILDING.selfFinanced(), "40000");
        assertAmount(BUILDING.depreciation(2026), "0");
        assertAmount(BUILDING.depreciation(2027), "15000");   // 300 000 ÷ 20
        assertAmount(BUILDING.depreciation(2046), "15000");
        assertAmount(BUILDING.depreciation(2047), "0");
        assertAmount(BUILDING.subsidyWriteBack(2027), "3000"); // 60 000 ÷ 20
        assertAmount(BUILDING.loanRepayment(2027), "20000");   // 200 000 ÷ 10
        assertAmount(BUILDING.loanOutstanding(2026), "200000");
        assertAmount(BUILDING.loanOutstanding(2028), "160000");
        assertAmount(BUILDING.loanOutstanding(2036), "0");
        // 100 000 over 3 years: 33 333.33, 33 333.33 and the remainder 33 333.34
        PlannedInvestment thirds = new PlannedInvestment(2, 1, 0, 2025, AssetCategory.EQUIPMENT, "Lits",
                d("100000"), 3, null, 0, null);
        assertAmount(thirds.depreciation(2026), "33333.33");
        assertAmount(thirds.depreciation(2028), "33333.34");
        assertAmount(thirds.depreciation(2026).add(thirds.depreciation(2027)).add(thirds.depreciation(2028)),
                "100000");
        assertAmount(thirds.loanRepayment(2026), "0");
        assertThat(thirds.validate().isValid()).isTrue();
    }

    @Test
    void investmentRules() {
        PlannedInvestment bad = new PlannedInvestment(3, 1, 0, 2026, AssetCategory.OTHER, "Bus", d("50000"), 0,
                d("40000"), 0, d("20000"));
        assertThat(bad.validate().keys()).containsExactly(MessageKeys.FIN_INVESTMENT_FINANCING_ABOVE_AMOUNT,
                MessageKeys.FIN_INVESTMENT_USE_LIFE, MessageKeys.FIN_INVESTMENT_LOAN_YEARS);
        assertThat(PreFilingCheckTest.plain(bad.validate().render(Language.FR))).contains(
                "Investissement Bus : l’emprunt (40 000) et la subvention (20 000) dépassent ensemble le montant (50 000).");
        assertThat(bad.validate().render(Language.EN)).contains(
                "Investment Bus: the loan (40,000) and the subsidy (20,000) together exceed the amount (50,000).");
        PlannedInvestment negative = new PlannedInvestment(4, 1, 0, 2026, AssetCategory.OTHER, null, d("-1"), 5,
                null, 0, null);
        assertThat(negative.validate().keys()).containsExactly(MessageKeys.FIN_INVESTMENT_NEGATIVE);
    }

    @Test
    void compteDeResultatPrevisionnelAndCaf() {
        // 2025 budget of the sample: A 730 000 − 715 000, B 260 000 − 245 000
        EprdForecast f = EprdForecast.build(2025, List.of(A, B), SampleLedger.budget(), List.of(), EXISTING);
        assertAmount(f.establishment(101).orElseThrow().result(), "15000");
        assertAmount(f.establishment(102).orElseThrow().budget().result(BudgetSection.ESAT_COMMERCIAL), "15000");
        assertAmount(f.consolidated().income(), "990000");
        assertAmount(f.consolidated().charges(), "960000");
        assertAmount(f.budgetResult(), "30000");
        assertAmount(f.result(), "30000");
        assertAmount(f.caf(), "90000"); // 30 000 + 70 000 − 10 000

        // 2027 with the building: résultat 10 000 − 15 000 + 3 000 = −2 000; CAF −2 000 + 85 000 − 13 000 = 70 000
        EprdForecast g = EprdForecast.build(2027, List.of(A, B), planBudget(), List.of(BUILDING), EXISTING);
        assertAmount(g.budgetResult(), "10000");
        assertAmount(g.newDepreciation(), "15000");
        assertAmount(g.newSubsidyWriteBack(), "3000");
        assertAmount(g.depreciation(), "85000");
        assertAmount(g.subsidyWriteBack(), "13000");
        assertAmount(g.result(), "-2000");
        assertAmount(g.caf(), "70000");
        assertAmount(g.establishment(102).orElseThrow().result(), "0");
    }

    @Test
    void financingPlanFromTheLastBalanceSheet() {
        // opening: the sample's 31/12/2025: FRI 201 000, FRE 111 000, BFR 37 000, emprunts 270 000
        FinancialAnalysis opening = FinancialAnalysis.compute(SampleLedger.flows(), SampleLedger.closing());
        FinancingPlan plan = FinancingPlan.build(2026, 2028, List.of(A, B), planBudget(), List.of(BUILDING),
                EXISTING, opening);
        assertAmount(plan.openingFrng(), "312000");
        assertThat(plan.years()).extracting(FinancingPlan.Year::year).containsExactly(2026, 2027, 2028);

        FinancingPlan.Year y26 = plan.year(2026).orElseThrow();
        assertAmount(y26.result(), "20000");
        assertAmount(y26.caf(), "80000");          // 20 000 + 70 000 − 10 000
        assertAmount(y26.investments(), "300000");
        assertAmount(y26.newLoans(), "200000");
        assertAmount(y26.subsidies(), "60000");
        assertAmount(y26.selfFinancing(), "40000");
        assertAmount(y26.repayments(), "30000");   // existing loans only: the new one starts in 2027
        // ΔFRI = 200 000 + 60 000 + 70 000 − 10 000 − 300 000 − 30 000 = −10 000
        assertAmount(y26.fri(), "191000");
        assertAmount(y26.fre(), "131000");         // 111 000 + 20 000
        assertAmount(y26.frngChange(), "10000");   // 80 000 + 200 000 + 60 000 − 300 000 − 30 000
        assertAmount(y26.frng(), "322000");
        assertAmount(y26.workingCapitalNeed(), "37000");
        assertAmount(y26.cash(), "285000");
        assertAmount(y26.loansOutstanding(), "440000"); // 270 000 − 30 000 + 200 000

        FinancingPlan.Year y27 = plan.year(2027).orElseThrow();
        assertAmount(y27.result(), "-2000");
        assertAmount(y27.caf(), "70000");
        assertAmount(y27.repayments(), "50000");   // 30 000 + 20 000
        assertAmount(y27.fri(), "213000");         // 191 000 + 85 000 − 13 000 − 50 000
        assertAmount(y27.fre(), "129000");
        assertAmount(y27.frng(), "342000");
        assertAmount(y27.cash(), "305000");
        assertAmount(y27.loansOutstanding(), "390000"); // 210 000 + 180 000

        FinancingPlan.Year y28 = plan.year(2028).orElseThrow();
        assertAmount(y28.result(), "-12000");      // 0 − 15 000 + 3 000
        assertAmount(y28.caf(), "60000");
        assertAmount(y28.frng(), "352000");
        assertAmount(y28.cash(), "315000");
        assertAmount(y28.loansOutstanding(), "340000");
        // every year: ΔFRNG = CAF + loans + subsidies − investments − repayments
        BigDecimal frng = plan.openingFrng();
        for (FinancingPlan.Year y : plan.years()) {
            assertAmount(y.frng().subtract(frng), y.frngChange().toPlainString());
            frng = y.frng();
        }
    }

    @Test
    void existingAssetsReadFromTheLastActualYear() {
        FinancialAnalysis last = FinancialAnalysis.compute(SampleLedger.flows(), SampleLedger.closing());
        ExistingAssets e = ExistingAssets.fromActuals(last, SampleLedger.flows());
        assertAmount(e.annualDepreciation(), "70000");     // 6811: 60 000 + 10 000
        assertAmount(e.annualSubsidyWriteBack(), "10000"); // 7811 4 000 + 777 6 000
        assertAmount(e.annualLoanRepayment(), "30000");    // debit of 1641
    }

    @Test
    void existingLoansStopWhenRepaidAndNoOpeningMeansZero() {
        FinancingPlan plan = FinancingPlan.build(2026, 2027, List.of(A), planBudget(), List.of(),
                new ExistingAssets(null, null, d("30000")), null);
        // no opening balance sheet: no existing debt to repay
        assertAmount(plan.year(2026).orElseThrow().repayments(), "0");
        assertAmount(plan.year(2026).orElseThrow().frng(), "20000");
        assertAmount(plan.year(2027).orElseThrow().cash(), "30000");
        assertThat(FinancingPlan.build(2027, 2026, List.of(A), planBudget(), List.of(), null, null).years())
                .isEmpty();
    }
}
