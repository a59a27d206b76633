package org.cpom.core.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.rule.ValidationResult;

/**
 * CPOM_Investment: an investment planned in a fiscal year with its financing.
 *
 * <p>Schedules (straight line, whole years, from the year after {@code fiscalYear}: the asset is assumed to come
 * into service at the end of its year, a simplification of the prorata temporis): depreciation = amount ÷
 * useLifeYears for useLifeYears years; the subsidy is written back to the résultat (777) on the same schedule;
 * the loan is repaid in loanYears equal instalments. Each instalment is rounded to the cent HALF_UP and the last
 * one takes the remainder, so a schedule always sums to its amount.
 *
 * @param establishmentId CPOM_Establishment_ID, 0 when the investment is the gestionnaire's (no establishment)
 * @param loanAmount      LoanAmt (null = 0)
 * @param subsidyAmount   SubsidyAmt (null = 0)
 */
public record PlannedInvestment(int id, int contractId, int establishmentId, int fiscalYear, AssetCategory category,
        String name, BigDecimal amount, int useLifeYears, BigDecimal loanAmount, int loanYears,
        BigDecimal subsidyAmount) {

    public PlannedInvestment {
        amount = amount == null ? BigDecimal.ZERO : amount;
        loanAmount = loanAmount == null ? BigDecimal.ZERO : loanAmount;
        subsidyAmount = subsidyAmount == null ? BigDecimal.ZERO : subsidyAmount;
    }

    /** SelfFinancedAmt = Amount − LoanAmt − SubsidyAmt (autofinancement). */
    public BigDecimal selfFinanced() {
        return amount.subtract(loanAmount).subtract(subsidyAmount);
    }

    /** Dotation aux amortissements of the investment in a year. */
    public BigDecimal depreciation(int year) {
        return instalment(amount, useLifeYears, year);
    }

    /** Quote-part of the subsidy written back to the résultat (777) in a year. */
    public BigDecimal subsidyWriteBack(int year) {
        return instalment(subsidyAmount, useLifeYears, year);
    }

    /** Capital of the loan repaid in a year. */
    public BigDecimal loanRepayment(int year) {
        return instalment(loanAmount, loanYears, year);
    }

    /** Loan capital still due at the end of a year (drawn in fiscalYear). */
    public BigDecimal loanOutstanding(int year) {
        if (year < fiscalYear) {
            return BigDecimal.ZERO;
        }
        BigDecimal due = loanAmount;
        for (int y = fiscalYear + 1; y <= year && y <= fiscalYear + loanYears; y++) {
            due = due.subtract(loanRepayment(y));
        }
        return due;
    }

    private BigDecimal instalment(BigDecimal total, int years, int year) {
        if (total.signum() == 0 || years <= 0 || year <= fiscalYear || year > fiscalYear + years) {
            return BigDecimal.ZERO;
        }
        BigDecimal annual = total.divide(BigDecimal.valueOf(years), 2, RoundingMode.HALF_UP);
        if (year < fiscalYear + years) {
            return annual;
        }
        return total.subtract(annual.multiply(BigDecimal.valueOf(years - 1L)));
    }

    /** Rules of one CPOM_Investment record: amounts not negative, financing within the amount, durations set. */
    public ValidationResult validate() {
        ValidationResult.Builder b = ValidationResult.builder();
        String label = name == null || name.isBlank() ? "n° " + id : name;
        if (amount.signum() < 0 || loanAmount.signum() < 0 || subsidyAmount.signum() < 0) {
            b.add(MessageKeys.FIN_INVESTMENT_NEGATIVE, "Amount", label);
        } else if (loanAmount.add(subsidyAmount).compareTo(amount) > 0) {
            b.add(MessageKeys.FIN_INVESTMENT_FINANCING_ABOVE_AMOUNT, "LoanAmt", label, loanAmount, subsidyAmount,
                    amount);
        }
        if (amount.signum() > 0 && useLifeYears <= 0) {
            b.add(MessageKeys.FIN_INVESTMENT_USE_LIFE, "UseLifeYears", label);
        }
        if (loanAmount.signum() > 0 && loanYears <= 0) {
            b.add(MessageKeys.FIN_INVESTMENT_LOAN_YEARS, "LoanYears", label);
        }
        return b.build();
    }
}
