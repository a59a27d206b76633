package org.cpom.core.budget;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cpom.core.contract.ContractPeriod;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.BudgetKey;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.Contract;
import org.cpom.core.rule.ValidationResult;

/**
 * Computes the budget lines of the CPOM_GenerateBudgetYears process: from the base year's lines and a yearly
 * growth rate (percent), every other contract year gets, for each base line's establishment × funder × group ×
 * section, the amount {@code base × (1 + rate/100)^(year − baseYear)}, rounded to cents HALF_UP once (no
 * compounding of rounding errors). Years before the base year are discounted the same way. Existing lines are
 * never overwritten: the process only creates the missing ones.
 */
public final class BudgetGenerator {

    /** Growth rates accepted, in percent: above -100 (a -100 % rate would zero every year) and at most 100. */
    public static final BigDecimal MIN_RATE_EXCLUSIVE = BigDecimal.valueOf(-100);
    public static final BigDecimal MAX_RATE = BigDecimal.valueOf(100);

    private static final MathContext MC = MathContext.DECIMAL128;

    /** Lines to create and how many already existed. */
    public record Result(List<BudgetLine> created, int alreadyExisting) {
    }

    private BudgetGenerator() {
    }

    public static ValidationResult check(Contract c, int baseYear, BigDecimal growthRatePercent,
            Collection<BudgetLine> existing) {
        ValidationResult.Builder b = ValidationResult.builder();
        if (c.dateFrom() == null || c.dateTo() == null || !ContractPeriod.containsYear(c, baseYear)) {
            b.add(MessageKeys.BUDGET_BASE_YEAR_OUTSIDE, "FiscalYear", c.label(), baseYear,
                    c.dateFrom() == null ? "-" : ContractPeriod.firstYear(c),
                    c.dateTo() == null ? "-" : ContractPeriod.lastYear(c));
            return b.build();
        }
        BigDecimal rate = growthRatePercent == null ? BigDecimal.ZERO : growthRatePercent;
        if (rate.compareTo(MIN_RATE_EXCLUSIVE) <= 0 || rate.compareTo(MAX_RATE) > 0) {
            b.add(MessageKeys.BUDGET_GROWTH_RATE_INVALID, null, c.label(), rate);
        }
        if (existing.stream().noneMatch(l -> l.fiscalYear() == baseYear && l.contractId() == c.id())) {
            b.add(MessageKeys.BUDGET_BASE_YEAR_EMPTY, "FiscalYear", c.label(), baseYear);
        }
        b.add(org.cpom.core.contract.ContractRules.checkChildEditable(c));
        return b.build();
    }

    /**
     * Computes the missing lines.
     *
     * @throws org.cpom.core.rule.CpomValidationException when {@link #check} fails
     */
    public static Result generate(Contract c, int baseYear, BigDecimal growthRatePercent,
            Collection<BudgetLine> existing) {
        check(c, baseYear, growthRatePercent, existing).throwIfInvalid();
        BigDecimal factor = BigDecimal.ONE.add(
                (growthRatePercent == null ? BigDecimal.ZERO : growthRatePercent).divide(BigDecimal.valueOf(100), MC));
        Set<BudgetKey> present = new HashSet<>(existing.size() * 2);
        for (BudgetLine l : existing) {
            present.add(l.key());
        }
        List<BudgetLine> created = new ArrayList<>();
        int already = 0;
        for (BudgetLine base : existing) {
            if (base.fiscalYear() != baseYear || base.contractId() != c.id()) {
                continue;
            }
            BigDecimal amount = base.amount() == null ? BigDecimal.ZERO : base.amount();
            for (int year : ContractPeriod.years(c)) {
                if (year == baseYear) {
                    continue;
                }
                BudgetKey key = base.key().withYear(year);
                if (present.contains(key)) {
                    already++;
                    continue;
                }
                present.add(key);
                created.add(new BudgetLine(0, c.id(), base.establishmentId(), year, base.funder(),
                        base.functionalGroup(), base.budgetSection(), grow(amount, factor, year - baseYear),
                        base.description(), base.payer()));
            }
        }
        return new Result(List.copyOf(created), already);
    }

    /** {@code amount × factor^years}, rounded to cents HALF_UP; negative years divide. */
    public static BigDecimal grow(BigDecimal amount, BigDecimal factor, int years) {
        BigDecimal power = factor.pow(Math.abs(years), MC);
        BigDecimal value = years >= 0 ? amount.multiply(power, MC) : amount.divide(power, MC);
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
