package org.cpom.core.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.rule.Violation;

/**
 * The checks to run before filing an ERRD: everything that would make it wrong. Pure: it reads what the caller
 * gives (the mapped ledger rows, the perimeter, the budget lines, the period status) and lists {@link Finding}s,
 * in a stable order (period, establishments, accounts, budget, totals).
 */
public final class PreFilingCheck {

    private PreFilingCheck() {
    }

    /**
     * Runs every check.
     *
     * @param fiscalYear     the year to file
     * @param yearFlows      the year's ledger rows (as cpom_ledger returns them, with group and section)
     * @param establishments the perimeter, with or without organisation
     * @param budgetLines    the contract's budget lines (other years are ignored)
     * @param periodClosed   true when every period of the year is closed
     */
    public static List<Finding> check(int fiscalYear, Collection<LedgerBalance> yearFlows,
            Collection<EstablishmentRef> establishments, Collection<BudgetLine> budgetLines, boolean periodClosed) {
        ErrdStatement statement = ErrdStatement.build(fiscalYear, yearFlows, establishments, budgetLines,
                periodClosed);
        List<Finding> findings = new ArrayList<>();
        if (!periodClosed) {
            findings.add(finding(Finding.Code.PERIOD_OPEN, 0, null, MessageKeys.FIN_PERIOD_OPEN, fiscalYear));
        }
        for (EstablishmentRef e : establishments) {
            if (!e.hasOrg()) {
                findings.add(finding(Finding.Code.ESTABLISHMENT_WITHOUT_ORG, e.establishmentId(), null,
                        MessageKeys.FIN_ESTABLISHMENT_NO_ORG, e.toString()));
            }
        }
        statement.unassigned().ifPresent(p -> {
            Map<Integer, BigDecimal> byOrg = new TreeMap<>();
            for (LedgerBalance r : p.detail()) {
                byOrg.merge(r.orgId(), r.groupAmount().abs(), BigDecimal::add);
            }
            byOrg.forEach((org, amount) -> findings.add(finding(Finding.Code.ORG_OUTSIDE_PERIMETER, 0, null,
                    MessageKeys.FIN_ORG_OUTSIDE_PERIMETER, org, fiscalYear, amount)));
        });
        findings.addAll(unmappedAccounts(fiscalYear, yearFlows, establishments));
        findings.addAll(budgetCoverage(statement));
        findings.addAll(checkStatement(statement));
        findings.addAll(ledgerResultGap(fiscalYear, yearFlows, statement));
        return List.copyOf(findings);
    }

    /** One finding per unmapped class 6/7 account with postings, per establishment (or organisation). */
    static List<Finding> unmappedAccounts(int fiscalYear, Collection<LedgerBalance> yearFlows,
            Collection<EstablishmentRef> establishments) {
        Map<Integer, EstablishmentRef> byOrg = new HashMap<>();
        establishments.forEach(e -> {
            if (e.hasOrg()) {
                byOrg.putIfAbsent(e.orgId(), e);
            }
        });
        // account → org → (debit, credit); sorted by account for a stable output
        Map<String, Map<Integer, BigDecimal[]>> unmapped = new TreeMap<>();
        for (LedgerBalance r : yearFlows) {
            if (r.group() == null && r.isIncomeStatement()
                    && (r.debit().signum() != 0 || r.credit().signum() != 0)) {
                BigDecimal[] sums = unmapped.computeIfAbsent(r.account(), k -> new TreeMap<>())
                        .computeIfAbsent(r.orgId(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(r.debit());
                sums[1] = sums[1].add(r.credit());
            }
        }
        List<Finding> findings = new ArrayList<>();
        unmapped.forEach((account, orgs) -> orgs.forEach((org, sums) -> {
            EstablishmentRef e = byOrg.get(org);
            Object where = e == null ? (Object) ("AD_Org_ID " + org) : e.toString();
            findings.add(finding(Finding.Code.UNMAPPED_ACCOUNT, e == null ? 0 : e.establishmentId(), account,
                    MessageKeys.FIN_ACCOUNT_UNMAPPED, account, where, fiscalYear, sums[0], sums[1]));
        }));
        return findings;
    }

    /** Budget groups without postings and postings without budget, per establishment × section × group. */
    static List<Finding> budgetCoverage(ErrdStatement statement) {
        List<Finding> findings = new ArrayList<>();
        for (ErrdPart part : statement.establishments()) {
            Set<BudgetSection> sections = part.sections();
            for (BudgetSection s : sections) {
                for (FunctionalGroup g : FunctionalGroup.values()) {
                    boolean budgeted = part.forecast().has(s, g) && part.forecast().group(s, g).signum() != 0;
                    boolean posted = part.actual().has(s, g) && !part.detail(s, g).isEmpty();
                    if (budgeted && !posted) {
                        findings.add(finding(Finding.Code.BUDGET_WITHOUT_POSTINGS, part.establishmentId(), null,
                                MessageKeys.FIN_BUDGET_WITHOUT_POSTINGS, part.establishment().toString(), g, s,
                                statement.fiscalYear(), part.forecast().group(s, g)));
                    } else if (posted && !budgeted && part.actual().group(s, g).signum() != 0) {
                        findings.add(finding(Finding.Code.POSTINGS_WITHOUT_BUDGET, part.establishmentId(), null,
                                MessageKeys.FIN_POSTINGS_WITHOUT_BUDGET, part.establishment().toString(), g, s,
                                statement.fiscalYear(), part.actual().group(s, g)));
                    }
                }
            }
        }
        return findings;
    }

    /**
     * The arithmetic of the statement: in every part and every section, résultat = produits − charges (actual and
     * forecast), and the consolidated part is the sum of the establishments.
     */
    public static List<Finding> checkStatement(ErrdStatement statement) {
        List<Finding> findings = new ArrayList<>();
        List<ErrdPart> parts = new ArrayList<>(statement.establishments());
        parts.add(statement.consolidated());
        for (ErrdPart p : parts) {
            Object scope = p.establishment() == null ? Label.of(MessageKeys.FIN_SCOPE_CONSOLIDATED)
                    : p.establishment().toString();
            checkTotals(findings, p.establishmentId(), scope, p.actual().income(), p.actual().charges(),
                    p.actual().result());
            checkTotals(findings, p.establishmentId(), scope, p.forecast().income(), p.forecast().charges(),
                    p.forecast().result());
            for (BudgetSection s : p.sections()) {
                checkTotals(findings, p.establishmentId(), scope, p.actual().income(s), p.actual().charges(s),
                        p.actual().result(s));
            }
        }
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (ErrdPart p : statement.establishments()) {
            sums.merge("income", p.actual().income(), BigDecimal::add);
            sums.merge("charges", p.actual().charges(), BigDecimal::add);
        }
        BigDecimal income = sums.getOrDefault("income", BigDecimal.ZERO);
        BigDecimal charges = sums.getOrDefault("charges", BigDecimal.ZERO);
        if (income.compareTo(statement.consolidated().actual().income()) != 0
                || charges.compareTo(statement.consolidated().actual().charges()) != 0) {
            findings.add(finding(Finding.Code.RESULT_MISMATCH, 0, null, MessageKeys.FIN_RESULT_MISMATCH,
                    Label.of(MessageKeys.FIN_SCOPE_CONSOLIDATED), statement.consolidated().actual().result(),
                    income, charges, income.subtract(charges)));
        }
        return findings;
    }

    /**
     * Checks totals computed elsewhere (a report, an SQL query): the finding when résultat ≠ produits − charges,
     * none otherwise.
     */
    public static List<Finding> checkTotals(Object scope, BigDecimal income, BigDecimal charges, BigDecimal result) {
        List<Finding> findings = new ArrayList<>();
        checkTotals(findings, 0, scope, income, charges, result);
        return findings;
    }

    private static void checkTotals(List<Finding> findings, int establishmentId, Object scope, BigDecimal income,
            BigDecimal charges, BigDecimal result) {
        BigDecimal expected = Ratios.nz(income).subtract(Ratios.nz(charges));
        if (result == null || expected.compareTo(result) != 0) {
            findings.add(finding(Finding.Code.RESULT_MISMATCH, establishmentId, null,
                    MessageKeys.FIN_RESULT_MISMATCH, scope, result, income, charges, expected));
        }
    }

    /**
     * The résultat of all class 6/7 postings of the perimeter's organisations against the consolidated résultat
     * of the statement: a gap is the amount left out by unmapped accounts.
     */
    static List<Finding> ledgerResultGap(int fiscalYear, Collection<LedgerBalance> yearFlows,
            ErrdStatement statement) {
        Set<Integer> orgs = new java.util.HashSet<>();
        statement.establishments().forEach(p -> {
            if (p.establishment().hasOrg()) {
                orgs.add(p.establishment().orgId());
            }
        });
        BigDecimal ledger = BigDecimal.ZERO;
        for (LedgerBalance r : yearFlows) {
            if (r.isIncomeStatement() && orgs.contains(r.orgId())) {
                ledger = ledger.add(r.creditBalance());
            }
        }
        BigDecimal stated = statement.consolidated().actual().result();
        if (ledger.compareTo(stated) != 0) {
            return List.of(finding(Finding.Code.LEDGER_RESULT_GAP, 0, null, MessageKeys.FIN_LEDGER_RESULT_GAP,
                    fiscalYear, ledger, stated, ledger.subtract(stated)));
        }
        return List.of();
    }

    /** The balance-sheet check: trésorerie of class 5 against FRNG − BFR. */
    public static List<Finding> checkBalanceSheet(int fiscalYear, FinancialAnalysis analysis) {
        if (!analysis.hasBalanceSheet() || analysis.balanceGap().signum() == 0) {
            return List.of();
        }
        return List.of(finding(Finding.Code.BALANCE_SHEET_UNBALANCED, 0, null,
                MessageKeys.FIN_BALANCE_SHEET_UNBALANCED, fiscalYear, analysis.cash(), analysis.cashFromFrng(),
                analysis.balanceGap()));
    }

    private static Finding finding(Finding.Code code, int establishmentId, String account, String key,
            Object... args) {
        return new Finding(code, Violation.of(key, null, args), establishmentId, account);
    }
}
