package org.cpom.core.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.Funder;
import org.cpom.core.model.FunctionalGroup;

/**
 * A small worked example whose every figure is computed by hand in the tests: two establishments of one contract
 * for fiscal year 2025, A (id 101, org 11, main budget) and B (id 102, org 12, an ESAT with BPAS and BAPC).
 *
 * <pre>
 * A  6011 C1 Dr 100 000 | 6411 C2 Dr 500 000 | 6419 P2 Cr 10 000 (crossing) | 6135 C3 Dr 40 000 | 6611 C3 Dr 8 000
 *    6811 C3 Dr 60 000  | 675 C3 Dr 5 000    | 7311 P1 Cr 700 000 | 741 P2 Cr 20 000 | 775 P3 Cr 7 000
 *    777 P3 Cr 6 000    | 7811 P3 Cr 4 000   | 7788 P3 Cr 2 000
 *    charges C1 100 000, C2 500 000, C3 113 000 = 713 000; produits P1 700 000, P2 30 000, P3 19 000 = 749 000;
 *    résultat 36 000
 * B  6061 C1 BAPC Dr 30 000 | 709 C1 BAPC Dr 1 000 (crossing) | 6411 C2 BPAS Dr 200 000 | 6811 C3 BPAS Dr 10 000
 *    7311 P1 BPAS Cr 215 000 | 701 P2 BAPC Cr 40 000
 *    charges 241 000, produits 255 000, résultat 14 000 (BPAS 5 000, BAPC 9 000)
 * consolidated: charges 954 000, produits 1 004 000, résultat 50 000
 * </pre>
 * Balance sheet at 31/12/2025 (consolidated, balanced): see {@link #closing()}.
 */
final class SampleLedger {

    static final int YEAR = 2025;
    static final EstablishmentRef A = new EstablishmentRef(101, 11, "EHPAD Les Tilleuls");
    static final EstablishmentRef B = new EstablishmentRef(102, 12, "ESAT Messidor");

    private SampleLedger() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static LedgerBalance row(int org, String account, FunctionalGroup g, BudgetSection s, String dr, String cr) {
        return new LedgerBalance(org, account, g, s, d(dr), d(cr));
    }

    static LedgerBalance bs(String account, String dr, String cr) {
        return LedgerBalance.of(11, account, d(dr), d(cr));
    }

    /** The year's flows of classes 6 and 7, mapped. */
    static List<LedgerBalance> incomeStatementFlows() {
        FunctionalGroup c1 = FunctionalGroup.CHARGES_I, c2 = FunctionalGroup.CHARGES_II,
                c3 = FunctionalGroup.CHARGES_III, p1 = FunctionalGroup.INCOME_I, p2 = FunctionalGroup.INCOME_II,
                p3 = FunctionalGroup.INCOME_III;
        BudgetSection bpas = BudgetSection.ESAT_SOCIAL, bapc = BudgetSection.ESAT_COMMERCIAL;
        return List.of(
                row(11, "6011", c1, null, "100000", "0"),
                row(11, "6411", c2, null, "500000", "0"),
                row(11, "6419", p2, null, "0", "10000"),
                row(11, "6135", c3, null, "40000", "0"),
                row(11, "6611", c3, null, "8000", "0"),
                row(11, "6811", c3, null, "60000", "0"),
                row(11, "675", c3, null, "5000", "0"),
                row(11, "7311", p1, null, "0", "700000"),
                row(11, "741", p2, null, "0", "20000"),
                row(11, "775", p3, null, "0", "7000"),
                row(11, "777", p3, null, "0", "6000"),
                row(11, "7811", p3, null, "0", "4000"),
                row(11, "7788", p3, null, "0", "2000"),
                row(12, "6061", c1, bapc, "30000", "0"),
                row(12, "709", c1, bapc, "1000", "0"),
                row(12, "6411", c2, bpas, "200000", "0"),
                row(12, "6811", c3, bpas, "10000", "0"),
                row(12, "7311", p1, bpas, "0", "215000"),
                row(12, "701", p2, bapc, "0", "40000"));
    }

    /** Every flow of the year: classes 6/7 plus the balance-sheet movements the analysis reads (capital repaid). */
    static List<LedgerBalance> flows() {
        List<LedgerBalance> all = new ArrayList<>(incomeStatementFlows());
        all.add(bs("1641", "30000", "0"));  // capital repaid
        all.add(bs("165", "1000", "0"));    // a deposit returned: not a loan repayment
        all.add(bs("1688", "500", "0"));    // accrued interest reversed: not a loan repayment
        return all;
    }

    /**
     * Closing balances (cumulative to 31/12/2025); the class 6/7 balances are this year's only, so the unclosed
     * résultat is 50 000.
     *
     * <pre>
     * FRI  resources 102 300 000 + 10682 30 000 + 13 (131 100 000 − 139 26 000) 74 000 + 1641 270 000
     *      + 28 (2813 240 000 + 2815 50 000 + 2818 40 000) 330 000 = 1 004 000
     *      uses 211 50 000 + 213 600 000 + 215 80 000 + 2181 70 000 + 275 3 000 = 803 000  → FRI 201 000
     * FRE  10685 20 000 + 110 15 000 + 151 12 000 + 165 8 000 + 1688 2 000 + 491 4 000 = 61 000
     *      + unclosed résultat 50 000 → FRE 111 000;  FRNG 312 000
     * BFR  31 5 000 + 411 150 000 + 486 2 000 − 401 60 000 − 421 25 000 − 431 35 000 = 37 000
     * trés 512 274 000 + 531 1 000 = 275 000 = FRNG − BFR (balanced: debit balances 1 261 000 = credit balances 1 261 000,
     *      the class 6/7 net credit of 50 000 included)
     * </pre>
     */
    static List<LedgerBalance> closing() {
        List<LedgerBalance> all = new ArrayList<>(List.of(
                bs("102", "0", "300000"), bs("10682", "0", "30000"), bs("10685", "0", "20000"),
                bs("110", "0", "15000"), bs("131", "0", "100000"), bs("139", "26000", "0"),
                bs("151", "0", "12000"), bs("1641", "30000", "300000"), bs("165", "1000", "9000"),
                bs("1688", "500", "2500"),
                bs("211", "50000", "0"), bs("213", "600000", "0"), bs("215", "80000", "0"),
                bs("2181", "70000", "0"), bs("275", "3000", "0"),
                bs("2813", "0", "240000"), bs("2815", "0", "50000"), bs("2818", "0", "40000"),
                bs("31", "5000", "0"), bs("411", "150000", "0"), bs("491", "0", "4000"), bs("486", "2000", "0"),
                bs("401", "0", "60000"), bs("421", "0", "25000"), bs("431", "0", "35000"),
                bs("512", "274000", "0"), bs("531", "1000", "0")));
        all.addAll(incomeStatementFlows());
        return all;
    }

    static BudgetLine budget(EstablishmentRef e, int year, FunctionalGroup g, BudgetSection s, String amount) {
        return new BudgetLine(0, 1, e.establishmentId(), year, Funder.ARS, g, s, d(amount), null);
    }

    /**
     * Budget 2025: A (MAIN) P1 690 000, P2 25 000, P3 15 000, C1 95 000, C2 510 000, C3 110 000 → produits
     * 730 000, charges 715 000; B BPAS P1 215 000, C2 205 000, C3 10 000, BAPC P2 45 000, C1 30 000 → produits
     * 260 000, charges 245 000. Consolidated produits 990 000, charges 960 000, résultat 30 000. One line of 2026
     * that must be ignored.
     */
    static List<BudgetLine> budget() {
        BudgetSection main = BudgetSection.MAIN, bpas = BudgetSection.ESAT_SOCIAL,
                bapc = BudgetSection.ESAT_COMMERCIAL;
        return List.of(
                budget(A, YEAR, FunctionalGroup.INCOME_I, main, "690000"),
                budget(A, YEAR, FunctionalGroup.INCOME_II, main, "25000"),
                budget(A, YEAR, FunctionalGroup.INCOME_III, main, "15000"),
                budget(A, YEAR, FunctionalGroup.CHARGES_I, main, "95000"),
                budget(A, YEAR, FunctionalGroup.CHARGES_II, main, "510000"),
                budget(A, YEAR, FunctionalGroup.CHARGES_III, main, "110000"),
                budget(B, YEAR, FunctionalGroup.INCOME_I, bpas, "215000"),
                budget(B, YEAR, FunctionalGroup.CHARGES_II, bpas, "205000"),
                budget(B, YEAR, FunctionalGroup.CHARGES_III, bpas, "10000"),
                budget(B, YEAR, FunctionalGroup.INCOME_II, bapc, "45000"),
                budget(B, YEAR, FunctionalGroup.CHARGES_I, bapc, "30000"),
                budget(A, YEAR + 1, FunctionalGroup.INCOME_I, main, "999999"));
    }
}
