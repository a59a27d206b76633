package org.cpom.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.core.finance.SampleLedger.A;
import static org.cpom.core.finance.SampleLedger.B;
import static org.cpom.core.finance.SampleLedger.d;

import java.util.ArrayList;
import java.util.List;

import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.FunctionalGroup;
import org.junit.jupiter.api.Test;

class PreFilingCheckTest {

    /** French numbers group thousands with a (narrow) no-break space: compared here as a plain space. */
    static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void aCleanSampleHasNoFinding() {
        assertThat(PreFilingCheck.check(SampleLedger.YEAR, SampleLedger.flows(), List.of(A, B),
                SampleLedger.budget(), true)).isEmpty();
        FinancialAnalysis f = FinancialAnalysis.compute(SampleLedger.flows(), SampleLedger.closing());
        assertThat(PreFilingCheck.checkBalanceSheet(SampleLedger.YEAR, f)).isEmpty();
    }

    @Test
    void everyProblemIsReportedInOrder() {
        EstablishmentRef noOrg = new EstablishmentRef(103, 0, "SAVS Les Coteaux");
        List<LedgerBalance> flows = new ArrayList<>(SampleLedger.flows());
        flows.add(LedgerBalance.of(11, "6288", d("3000"), d("0")));              // unmapped
        flows.add(SampleLedger.row(99, "6226", FunctionalGroup.CHARGES_III, null, "7000", "0")); // outside
        flows.add(SampleLedger.row(12, "7788", FunctionalGroup.INCOME_III, BudgetSection.ESAT_SOCIAL, "0", "500"));
        List<BudgetLine> budget = new ArrayList<>(SampleLedger.budget());
        budget.add(SampleLedger.budget(A, SampleLedger.YEAR, FunctionalGroup.CHARGES_I, BudgetSection.ANNEX,
                "5000"));
        List<Finding> findings = PreFilingCheck.check(SampleLedger.YEAR, flows, List.of(A, B, noOrg), budget, false);
        assertThat(findings).extracting(Finding::code).containsExactly(
                Finding.Code.PERIOD_OPEN,
                Finding.Code.ESTABLISHMENT_WITHOUT_ORG,
                Finding.Code.ORG_OUTSIDE_PERIMETER,
                Finding.Code.UNMAPPED_ACCOUNT,
                Finding.Code.BUDGET_WITHOUT_POSTINGS,
                Finding.Code.POSTINGS_WITHOUT_BUDGET,
                Finding.Code.LEDGER_RESULT_GAP);
        assertThat(findings).filteredOn(Finding::blocking).extracting(Finding::code).containsExactly(
                Finding.Code.PERIOD_OPEN, Finding.Code.ESTABLISHMENT_WITHOUT_ORG, Finding.Code.UNMAPPED_ACCOUNT,
                Finding.Code.LEDGER_RESULT_GAP);
        Finding unmapped = findings.get(3);
        assertThat(unmapped.account()).isEqualTo("6288");
        assertThat(unmapped.establishmentId()).isEqualTo(101);
        assertThat(unmapped.render(Language.EN)).isEqualTo("Account 6288 (EHPAD Les Tilleuls) has postings in 2025"
                + " (debit 3,000, credit 0) but no functional group: it is left out of the ERRD. Add its prefix to"
                + " the account groups.");
        assertThat(plain(unmapped.render(Language.FR))).isEqualTo("Le compte 6288 (EHPAD Les Tilleuls) a des écritures en"
                + " 2025 (débit 3 000, crédit 0) mais aucun groupe fonctionnel : il est exclu de l’ERRD. Ajoutez son"
                + " préfixe aux groupes de comptes.");
        assertThat(plain(findings.get(4).render(Language.FR))).isEqualTo(("Établissement EHPAD Les Tilleuls : Charges"
                + " groupe I (exploitation courante), Budget annexe a un budget de 5 000 en 2025 mais aucune"
                + " écriture."));
        assertThat(findings.get(5).render(Language.EN)).startsWith("Establishment ESAT Messidor: Income group III");
        // ledger 50 000 + 500 − 3 000 (6288) = 47 500 against the ERRD's 50 500
        assertThat(findings.get(6).message().args()).containsExactly(2025, d("47500"), d("50500"), d("-3000"));
        assertThat(findings.get(1).render(Language.EN)).startsWith("Establishment SAVS Les Coteaux has no organisation");
        assertThat(findings.get(0).render(Language.FR))
                .isEqualTo("L’exercice 2025 n’est pas clos : tous les montants sont provisoires.");
    }

    @Test
    void totalsComputedElsewhereAreChecked() {
        assertThat(PreFilingCheck.checkTotals("ERRD", d("100"), d("80"), d("20"))).isEmpty();
        List<Finding> wrong = PreFilingCheck.checkTotals(Label.of(MessageKeys.FIN_SCOPE_CONSOLIDATED), d("100"),
                d("80"), d("30"));
        assertThat(wrong).extracting(Finding::code).containsExactly(Finding.Code.RESULT_MISMATCH);
        assertThat(wrong.get(0).render(Language.FR))
                .isEqualTo("Consolidé : le résultat 30 n’est pas égal aux produits moins les charges (100 − 80 = 20).");
        assertThat(wrong.get(0).render(Language.EN))
                .isEqualTo("Consolidated: the result 30 is not income minus charges (100 − 80 = 20).");
        assertThat(PreFilingCheck.checkTotals("x", d("1"), d("1"), null)).hasSize(1);
    }

    @Test
    void anUnbalancedBalanceSheetIsReported() {
        List<LedgerBalance> closing = new ArrayList<>(SampleLedger.closing());
        closing.removeIf(r -> r.account().equals("531"));
        FinancialAnalysis f = FinancialAnalysis.compute(SampleLedger.flows(), closing);
        List<Finding> findings = PreFilingCheck.checkBalanceSheet(2025, f);
        assertThat(findings).extracting(Finding::code).containsExactly(Finding.Code.BALANCE_SHEET_UNBALANCED);
        assertThat(findings.get(0).render(Language.EN)).isEqualTo("Fiscal year 2025: cash from the class 5 accounts"
                + " (274,000) differs from working capital minus working capital need (275,000) by -1,000; the"
                + " balances are incomplete or unbalanced.");
    }

    @Test
    void everyFindingMessageExistsInBothLanguages() {
        for (String key : List.of(MessageKeys.FIN_PERIOD_OPEN, MessageKeys.FIN_ESTABLISHMENT_NO_ORG,
                MessageKeys.FIN_ORG_OUTSIDE_PERIMETER, MessageKeys.FIN_ACCOUNT_UNMAPPED,
                MessageKeys.FIN_BUDGET_WITHOUT_POSTINGS, MessageKeys.FIN_POSTINGS_WITHOUT_BUDGET,
                MessageKeys.FIN_RESULT_MISMATCH, MessageKeys.FIN_LEDGER_RESULT_GAP,
                MessageKeys.FIN_BALANCE_SHEET_UNBALANCED, MessageKeys.FIN_SCOPE_CONSOLIDATED,
                MessageKeys.FIN_SCOPE_UNASSIGNED, MessageKeys.FIN_INVESTMENT_NEGATIVE,
                MessageKeys.FIN_INVESTMENT_FINANCING_ABOVE_AMOUNT, MessageKeys.FIN_INVESTMENT_USE_LIFE,
                MessageKeys.FIN_INVESTMENT_LOAN_YEARS)) {
            assertThat(org.cpom.core.i18n.Messages.has(Language.EN, key)).as(key).isTrue();
            assertThat(org.cpom.core.i18n.Messages.has(Language.FR, key)).as(key).isTrue();
            assertThat(org.cpom.core.i18n.Messages.pattern(Language.FR, key))
                    .isNotEqualTo(org.cpom.core.i18n.Messages.pattern(Language.EN, key));
        }
    }
}
