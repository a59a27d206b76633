package org.cpom.core.finance;

import java.math.BigDecimal;
import java.util.Objects;

import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.FunctionalGroup;

/**
 * Debit and credit sums of one account of one organisation, as the ledger layer returns them (cpom_ledger): either
 * the flows of one fiscal year (the compte de résultat, the capital repaid) or the cumulative sums up to the year
 * end (the balance sheet). The same record serves both; the caller says which collection is which.
 *
 * @param orgId   AD_Org_ID of the postings (the establishment's organisation)
 * @param account C_ElementValue.Value, e.g. "6111"
 * @param group   functional group of the account by the client's mapping; null for an unmapped account and for
 *                the balance-sheet classes 1 to 5
 * @param section budget or tariff section of the account's mapping; null means the main budget
 * @param debit   sum of AmtAcctDr (null read as zero)
 * @param credit  sum of AmtAcctCr (null read as zero)
 */
public record LedgerBalance(int orgId, String account, FunctionalGroup group, BudgetSection section,
        BigDecimal debit, BigDecimal credit) {

    public LedgerBalance {
        Objects.requireNonNull(account, "account");
        account = account.trim();
        debit = debit == null ? BigDecimal.ZERO : debit;
        credit = credit == null ? BigDecimal.ZERO : credit;
    }

    /** A row as the SQL layer reads it: the group and section by their stored codes (null or blank = none). */
    public static LedgerBalance ofCodes(int orgId, String account, String groupCode, String sectionCode,
            BigDecimal debit, BigDecimal credit) {
        return new LedgerBalance(orgId, account, FunctionalGroup.fromCode(groupCode),
                BudgetSection.fromCode(sectionCode), debit, credit);
    }

    /** A balance-sheet row or an unmapped row: no group, no section. */
    public static LedgerBalance of(int orgId, String account, BigDecimal debit, BigDecimal credit) {
        return new LedgerBalance(orgId, account, null, null, debit, credit);
    }

    /** Debit minus credit: positive for a debit balance (an asset, a charge). */
    public BigDecimal debitBalance() {
        return debit.subtract(credit);
    }

    /** Credit minus debit: positive for a credit balance (a liability, an income). */
    public BigDecimal creditBalance() {
        return credit.subtract(debit);
    }

    /**
     * The amount as the compte de résultat shows it: charges = debit − credit, produits = credit − debit, whatever
     * the account's class (a class-6 account mapped to produits, such as 6419, counts its credit). Null for an
     * unmapped row.
     */
    public BigDecimal groupAmount() {
        if (group == null) {
            return null;
        }
        return group.isCharge() ? debitBalance() : creditBalance();
    }

    /** The section, the main budget when none is given (CPOM_AccountGroup.BudgetSection empty = MAIN). */
    public BudgetSection sectionOrMain() {
        return section == null ? BudgetSection.MAIN : section;
    }

    /** First digit of the account: 1 to 7 for the plan comptable classes, 0 when not a digit. */
    public int accountClass() {
        char c = account.isEmpty() ? ' ' : account.charAt(0);
        return c >= '0' && c <= '9' ? c - '0' : 0;
    }

    /** True for the compte de résultat classes 6 and 7. */
    public boolean isIncomeStatement() {
        int c = accountClass();
        return c == 6 || c == 7;
    }

    /** True when the account starts with {@code root}. */
    public boolean isUnder(String root) {
        return account.startsWith(root);
    }
}
