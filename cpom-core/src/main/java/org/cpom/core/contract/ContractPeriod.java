package org.cpom.core.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.model.Contract;

/**
 * Period arithmetic of a CPOM. A contract lasts at most 5 years (L313-11 CASF), 6 with the extension:
 * {@code DateTo <= DateFrom + 5 years - 1 day} (+6 years when IsExtended), so 2025-01-01 may end on
 * 2029-12-31 at the latest, 2030-12-31 when extended. The fiscal years of a contract are every calendar year
 * its period touches.
 */
public final class ContractPeriod {

    /** Maximum length in years without the extension. */
    public static final int MAX_YEARS = 5;
    /** Maximum length in years with the extension (IsExtended = Y). */
    public static final int MAX_YEARS_EXTENDED = 6;

    private ContractPeriod() {
    }

    public static int maxYears(boolean extended) {
        return extended ? MAX_YEARS_EXTENDED : MAX_YEARS;
    }

    /** Latest allowed DateTo for a start date. */
    public static LocalDate maxDateTo(LocalDate dateFrom, boolean extended) {
        return dateFrom.plusYears(maxYears(extended)).minusDays(1);
    }

    /** Default end date of a new contract starting on {@code dateFrom}: the full 5 years. */
    public static LocalDate defaultDateTo(LocalDate dateFrom) {
        return maxDateTo(dateFrom, false);
    }

    /**
     * Last day to ask for the extension (6th year): 6 months before the end (model contract of 3 March 2017);
     * after it, a new contract is negotiated. For reminders.
     */
    public static LocalDate extensionDecisionDeadline(Contract c) {
        return c.dateTo().minusMonths(6);
    }

    public static int firstYear(Contract c) {
        return c.dateFrom().getYear();
    }

    public static int lastYear(Contract c) {
        return c.dateTo().getYear();
    }

    /** Fiscal years of the contract, first to last; empty when a date is missing or reversed. */
    public static List<Integer> years(Contract c) {
        List<Integer> years = new ArrayList<>();
        if (c.dateFrom() == null || c.dateTo() == null || c.dateTo().isBefore(c.dateFrom())) {
            return years;
        }
        for (int y = firstYear(c); y <= lastYear(c); y++) {
            years.add(y);
        }
        return years;
    }

    public static boolean containsYear(Contract c, int year) {
        return c.dateFrom() != null && c.dateTo() != null && year >= firstYear(c) && year <= lastYear(c);
    }

    public static boolean contains(Contract c, LocalDate date) {
        return c.dateFrom() != null && c.dateTo() != null && !date.isBefore(c.dateFrom()) && !date.isAfter(c.dateTo());
    }

    /** Rank of a fiscal year in the contract: 1 for the first year. */
    public static int yearNumber(Contract c, int fiscalYear) {
        return fiscalYear - firstYear(c) + 1;
    }

    /** True when two closed periods share at least one day; a null start or end means open on that side. */
    public static boolean overlaps(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2) {
        boolean startsBeforeOtherEnds = to2 == null || from1 == null || !from1.isAfter(to2);
        boolean endsAfterOtherStarts = to1 == null || from2 == null || !to1.isBefore(from2);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }
}
