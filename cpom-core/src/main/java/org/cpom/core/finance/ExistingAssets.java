package org.cpom.core.finance;

import java.math.BigDecimal;

/**
 * What the assets and loans already on the books weigh on each forecast year, as the caller gives it (e.g. the
 * last actual year's flows: 68 dotations, 777 quote-part of subsidies, capital repaid on 16), held constant over
 * the plan. The budget lines are assumed to include {@code annualDepreciation} in charges groupe III and
 * {@code annualSubsidyWriteBack} in produits groupe III.
 *
 * @param annualDepreciation     dotations aux amortissements et provisions of the existing assets (68)
 * @param annualSubsidyWriteBack non-cash produits of the existing assets (777, 78)
 * @param annualLoanRepayment    capital repaid each year on the existing loans (stops when they are repaid)
 */
public record ExistingAssets(BigDecimal annualDepreciation, BigDecimal annualSubsidyWriteBack,
        BigDecimal annualLoanRepayment) {

    public static final ExistingAssets NONE = new ExistingAssets(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public ExistingAssets {
        annualDepreciation = Ratios.nz(annualDepreciation);
        annualSubsidyWriteBack = Ratios.nz(annualSubsidyWriteBack);
        annualLoanRepayment = Ratios.nz(annualLoanRepayment);
    }

    /** From the last actual year: 68 and (78 + 777) flows of the year, and its capital repaid. */
    public static ExistingAssets fromActuals(FinancialAnalysis lastYear, java.util.Collection<LedgerBalance> flows) {
        java.util.List<LedgerBalance> rows = java.util.List.copyOf(flows);
        BigDecimal depreciation = RootSet.of("68", "68").debitBalance(rows);
        BigDecimal writeBack = RootSet.of("78, 777", "78", "777").creditBalance(rows);
        return new ExistingAssets(depreciation, writeBack, lastYear.capitalRepaid());
    }
}
