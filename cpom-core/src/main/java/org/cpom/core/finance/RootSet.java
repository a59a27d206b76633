package org.cpom.core.finance;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * A set of accounts named by their roots: an account belongs to the set when it starts with one of
 * {@code include} and with none of {@code exclude}. "16 except 165, 1688, 169" is
 * {@code RootSet.of(List.of("16"), List.of("165", "1688", "169"))}.
 */
public record RootSet(String name, List<String> include, List<String> exclude) {

    public RootSet {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public static RootSet of(String name, List<String> include, List<String> exclude) {
        return new RootSet(name, include, exclude);
    }

    public static RootSet of(String name, String... include) {
        return new RootSet(name, List.of(include), List.of());
    }

    public boolean contains(String account) {
        if (account == null) {
            return false;
        }
        String a = account.trim();
        return include.stream().anyMatch(a::startsWith) && exclude.stream().noneMatch(a::startsWith);
    }

    /** The rows of the set, in the order given: the accounts behind a figure, for a drill-down. */
    public List<LedgerBalance> rows(Collection<LedgerBalance> rows) {
        return rows.stream().filter(r -> contains(r.account())).toList();
    }

    /** Σ (debit − credit) of the rows of the set. */
    public BigDecimal debitBalance(Collection<LedgerBalance> rows) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LedgerBalance r : rows) {
            if (contains(r.account())) {
                sum = sum.add(r.debitBalance());
            }
        }
        return sum;
    }

    /** Σ (credit − debit) of the rows of the set. */
    public BigDecimal creditBalance(Collection<LedgerBalance> rows) {
        return debitBalance(rows).negate();
    }

    /** Σ debit of the rows of the set (e.g. the capital repaid: debit flow of the loan accounts). */
    public BigDecimal debits(Collection<LedgerBalance> rows) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LedgerBalance r : rows) {
            if (contains(r.account())) {
                sum = sum.add(r.debit());
            }
        }
        return sum;
    }

    /** "16 − (165, 1688, 169)": the set as documents and SQL comments write it. */
    @Override
    public String toString() {
        return String.join(", ", include) + (exclude.isEmpty() ? "" : " − (" + String.join(", ", exclude) + ")");
    }
}
