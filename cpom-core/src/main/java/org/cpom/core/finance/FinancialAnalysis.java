package org.cpom.core.finance;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.cpom.core.budget.BudgetVariance;

/**
 * The financial analysis of one year from the books: CAF, bilan financier (FRI, FRE, FRNG, BFR, trésorerie), their
 * value in days of charges courantes, and the ratios of the tableau de bord de la performance and of the EPRD/ERRD
 * "ratios financiers" sheet. Formulas and sources: docs/financial-analysis.md; accounts: {@link AccountRoots}.
 *
 * <p>Inputs: the year's flows (Dr/Cr sums of the year, every class: classes 6 and 7 for the résultat and the CAF,
 * class 1 for the capital repaid) and the closing balances (cumulative Dr/Cr up to the year end, every class).
 * The scope is whatever rows the caller passes (one establishment's organisation or the whole perimeter).
 *
 * <p>Amounts are exact; ratios are rounded once to 2 decimals HALF_UP ({@link Ratios}). Rates are percentages
 * (3.45 = 3.45 %), durations in years, "days" in days of charges courantes. A ratio whose denominator is zero is
 * null (undefined); apurement and durée apparente de la dette are null when the CAF is zero or negative (the
 * exploitation does not repay the debt), a coverage of the BFR is null when there is no BFR to cover (BFR ≤ 0).
 */
public record FinancialAnalysis(
        /* compte de résultat */
        BigDecimal income,
        BigDecimal charges,
        BigDecimal result,
        BigDecimal cafAddBack,
        BigDecimal cafTakeOut,
        BigDecimal caf,
        BigDecimal cafRateIncome,
        BigDecimal cafRate,
        BigDecimal cashCharges,
        /* bilan financier */
        boolean hasBalanceSheet,
        BigDecimal stableFunding,
        BigDecimal fixedAssets,
        BigDecimal fri,
        BigDecimal unclosedResult,
        BigDecimal fre,
        BigDecimal frng,
        BigDecimal workingCapitalNeed,
        BigDecimal cash,
        BigDecimal cashFromFrng,
        BigDecimal frngDays,
        BigDecimal workingCapitalNeedDays,
        BigDecimal cashDays,
        BigDecimal workingCapitalCoverage,
        /* vétusté */
        BigDecimal buildingsGross,
        BigDecimal buildingsDepreciation,
        BigDecimal buildingsWear,
        BigDecimal equipmentGross,
        BigDecimal equipmentDepreciation,
        BigDecimal equipmentWear,
        /* debt */
        BigDecimal loans,
        BigDecimal stableFundingExDepreciation,
        BigDecimal financialIndependence,
        BigDecimal capitalRepaid,
        BigDecimal debtRepayment,
        BigDecimal apparentDebtYears,
        /* forecasts */
        BigDecimal revenueAttainment,
        BigDecimal expenseAttainment) {

    /** The analysis without the comparison with the forecast (taux d'atteinte null). */
    public static FinancialAnalysis compute(Collection<LedgerBalance> yearFlows,
            Collection<LedgerBalance> closingBalances) {
        return compute(yearFlows, closingBalances, null);
    }

    /**
     * Computes the analysis.
     *
     * @param yearFlows       Dr/Cr sums of the year (every class)
     * @param closingBalances cumulative Dr/Cr up to the year end (every class; classes 6 and 7 hold the résultats
     *                        not yet closed into 12)
     * @param errd            the ERRD part of the same scope, for the taux d'atteinte des prévisions; may be null
     */
    public static FinancialAnalysis compute(Collection<LedgerBalance> yearFlows,
            Collection<LedgerBalance> closingBalances, ErrdPart errd) {
        List<LedgerBalance> flows = List.copyOf(yearFlows);
        List<LedgerBalance> closing = List.copyOf(closingBalances);

        // compte de résultat from the classes themselves, independent of the group mapping
        BigDecimal income = AccountRoots.INCOME.creditBalance(flows);
        BigDecimal charges = AccountRoots.CHARGES.debitBalance(flows);
        BigDecimal result = income.subtract(charges);
        BigDecimal addBack = AccountRoots.CAF_ADD_BACK.debitBalance(flows);
        BigDecimal takeOut = AccountRoots.CAF_TAKE_OUT.creditBalance(flows);
        BigDecimal caf = result.add(addBack).subtract(takeOut);
        BigDecimal cafRateIncome = AccountRoots.CAF_RATE_INCOME.creditBalance(flows);
        BigDecimal cashCharges = AccountRoots.CASH_CHARGES.debitBalance(flows);

        // bilan financier
        boolean hasBalanceSheet = closing.stream().anyMatch(r -> r.accountClass() >= 1 && r.accountClass() <= 5);
        BigDecimal stableFunding = AccountRoots.FRI_RESOURCES.creditBalance(closing);
        BigDecimal fixedAssets = AccountRoots.FRI_USES.debitBalance(closing);
        BigDecimal fri = stableFunding.subtract(fixedAssets);
        // résultats of the years not yet closed into 12 (iDempiere has no year-end closing entry of its own)
        BigDecimal unclosedResult = AccountRoots.INCOME.creditBalance(closing)
                .subtract(AccountRoots.CHARGES.debitBalance(closing));
        BigDecimal fre = AccountRoots.FRE_RESOURCES.creditBalance(closing).add(unclosedResult);
        BigDecimal frng = fri.add(fre);
        BigDecimal bfr = AccountRoots.WORKING_CAPITAL_NEED.debitBalance(closing);
        BigDecimal cash = AccountRoots.CASH.debitBalance(closing);
        BigDecimal cashFromFrng = frng.subtract(bfr);

        BigDecimal buildingsGross = AccountRoots.BUILDINGS.debitBalance(closing);
        BigDecimal buildingsDep = AccountRoots.BUILDINGS_DEPRECIATION.creditBalance(closing);
        BigDecimal equipmentGross = AccountRoots.EQUIPMENT.debitBalance(closing);
        BigDecimal equipmentDep = AccountRoots.EQUIPMENT_DEPRECIATION.creditBalance(closing);

        BigDecimal loans = AccountRoots.LOANS.creditBalance(closing);
        BigDecimal stableExDep = AccountRoots.STABLE_FUNDING_EX_DEPRECIATION.creditBalance(closing);
        BigDecimal repaid = AccountRoots.LOANS.debits(flows);
        boolean cafPositive = caf.signum() > 0;

        BigDecimal revenueAttainment = null;
        BigDecimal expenseAttainment = null;
        if (errd != null) {
            BudgetVariance in = errd.income();
            BudgetVariance out = errd.charges();
            revenueAttainment = in.percentConsumed();
            expenseAttainment = out.percentConsumed();
        }
        return new FinancialAnalysis(income, charges, result, addBack, takeOut, caf, cafRateIncome,
                Ratios.percent(caf, cafRateIncome), cashCharges,
                hasBalanceSheet, stableFunding, fixedAssets, fri, unclosedResult, fre, frng, bfr, cash, cashFromFrng,
                Ratios.days(frng, cashCharges), Ratios.days(bfr, cashCharges), Ratios.days(cash, cashCharges),
                bfr.signum() > 0 ? Ratios.percent(cash, bfr) : null,
                buildingsGross, buildingsDep, Ratios.percent(buildingsDep, buildingsGross),
                equipmentGross, equipmentDep, Ratios.percent(equipmentDep, equipmentGross),
                loans, stableExDep, Ratios.percent(loans, stableExDep), repaid,
                cafPositive ? Ratios.percent(repaid, caf) : null,
                cafPositive ? Ratios.divide(loans, caf) : null,
                revenueAttainment, expenseAttainment);
    }

    /**
     * The analysis of one establishment: the rows of its organisation only (none when it has no organisation),
     * compared with its ERRD part.
     */
    public static FinancialAnalysis forEstablishment(ErrdStatement errd, EstablishmentRef establishment,
            Collection<LedgerBalance> yearFlows, Collection<LedgerBalance> closingBalances) {
        java.util.Set<Integer> orgs = establishment.hasOrg() ? java.util.Set.of(establishment.orgId())
                : java.util.Set.of();
        return compute(ofOrgs(yearFlows, orgs), ofOrgs(closingBalances, orgs),
                errd == null ? null : errd.establishment(establishment.establishmentId()).orElse(null));
    }

    /**
     * The analysis of the perimeter consolidated: the rows of the establishments' organisations (as the
     * consolidated ERRD, postings of other organisations are left out), compared with the consolidated ERRD.
     */
    public static FinancialAnalysis forPerimeter(ErrdStatement errd, Collection<EstablishmentRef> establishments,
            Collection<LedgerBalance> yearFlows, Collection<LedgerBalance> closingBalances) {
        java.util.Set<Integer> orgs = new java.util.HashSet<>();
        establishments.forEach(e -> {
            if (e.hasOrg()) {
                orgs.add(e.orgId());
            }
        });
        return compute(ofOrgs(yearFlows, orgs), ofOrgs(closingBalances, orgs),
                errd == null ? null : errd.consolidated());
    }

    private static List<LedgerBalance> ofOrgs(Collection<LedgerBalance> rows, java.util.Set<Integer> orgs) {
        return rows.stream().filter(r -> orgs.contains(r.orgId())).toList();
    }

    /**
     * Trésorerie from the accounts (class 5) minus trésorerie as FRNG − BFR: zero when the balances given are a
     * complete, balanced trial balance; anything else means missing accounts or an unbalanced extraction.
     */
    public BigDecimal balanceGap() {
        return cash.subtract(cashFromFrng);
    }

    /** The value of one computed measure of the dictionary list CPOM_ComputedMeasure (ledger measures). */
    public BigDecimal measure(LedgerMeasure measure) {
        return switch (measure) {
            case CAF_RATE -> cafRate;
            case BUILDINGS_WEAR -> buildingsWear;
            case EQUIPMENT_WEAR -> equipmentWear;
            case FINANCIAL_INDEPENDENCE -> financialIndependence;
            case DEBT_REPAYMENT -> debtRepayment;
            case APPARENT_DEBT_DURATION -> apparentDebtYears;
            case WORKING_CAPITAL_COVERAGE -> workingCapitalCoverage;
            case FRNG_DAYS -> frngDays;
            case CASH_DAYS -> cashDays;
            case REVENUE_ATTAINMENT -> revenueAttainment;
            case EXPENSE_ATTAINMENT -> expenseAttainment;
        };
    }
}
