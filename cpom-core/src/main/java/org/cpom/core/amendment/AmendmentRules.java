package org.cpom.core.amendment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cpom.core.contract.Commitment;
import org.cpom.core.contract.CommitmentCalculator;
import org.cpom.core.contract.ContractPeriod;
import org.cpom.core.contract.DocStatusRules;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Amendment;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.TextRules;

/**
 * Amendments (avenants): the only way to change a signed contract's end date or total amount. Applying one
 * returns the amended contract and the amendment with the previous values kept (PrevDateTo, PrevTotalAmt), so
 * the history stays in CPOM_Amendment.
 */
public final class AmendmentRules {

    /** Outcome of {@link #apply}: the contract to save and the amendment to save (Processed = Y, history set). */
    public record Application(Contract contract, Amendment amendment) {
    }

    private AmendmentRules() {
    }

    /** Field rules checked when the amendment record is saved. */
    public static ValidationResult validate(Amendment a, Contract c) {
        ValidationResult.Builder b = ValidationResult.builder();
        b.add(TextRules.checkLength("CPOM_Amendment", "Description", a.description(), a.label()));
        if (a.contractId() != c.id()) {
            b.add(MessageKeys.AMENDMENT_OTHER_CONTRACT, "CPOM_Contract_ID", a.label(), c.label());
        }
        if (c.docStatus() != DocStatus.COMPLETED) {
            b.add(MessageKeys.AMENDMENT_CONTRACT_NOT_SIGNED, null, a.label(), c.label(),
                    DocStatusRules.label(c.docStatus() == null ? DocStatus.DRAFTED : c.docStatus()));
        }
        b.add(checkEffects(a, c));
        return b.build();
    }

    /** AmendmentNo is unique within the contract. */
    public static ValidationResult checkUniqueNo(Amendment a, Contract c, java.util.Collection<Amendment> others) {
        for (Amendment other : others) {
            if ((other.id() != a.id() || a.id() == 0) && other.contractId() == a.contractId()
                    && other.amendmentNo() == a.amendmentNo()) {
                return ValidationResult.of(MessageKeys.AMENDMENT_NO_DUPLICATE, "AmendmentNo", a.label(), c.label());
            }
        }
        return ValidationResult.ok();
    }

    /** Next free amendment number of a contract (1 for the first), to default AmendmentNo. */
    public static int nextAmendmentNo(java.util.Collection<Amendment> existing) {
        int max = 0;
        for (Amendment a : existing) {
            max = Math.max(max, a.amendmentNo());
        }
        return max + 1;
    }

    /** Checks the amendment may be applied now: signed contract, not yet applied, effects keep the rules. */
    public static ValidationResult checkCanApply(Amendment a, Contract c) {
        ValidationResult.Builder b = ValidationResult.builder();
        if (a.processed()) {
            b.add(MessageKeys.AMENDMENT_ALREADY_APPLIED, "Processed", a.label(),
                    a.dateApplied() == null ? "-" : a.dateApplied());
            return b.build();
        }
        b.add(validate(a, c));
        return b.build();
    }

    private static ValidationResult checkEffects(Amendment a, Contract c) {
        ValidationResult.Builder b = ValidationResult.builder();
        if (a.prorogation()) {
            b.add(checkProrogation(a, c));
        }
        if (a.newDateTo() != null && c.dateFrom() != null) {
            if (!a.newDateTo().isAfter(c.dateFrom())) {
                b.add(MessageKeys.AMENDMENT_DATE_BEFORE_START, "NewDateTo", a.label(), a.newDateTo(), c.dateFrom());
            } else {
                LocalDate max = ContractPeriod.maxDateTo(c.dateFrom(), c.extended() || a.prorogation());
                if (a.newDateTo().isAfter(max)) {
                    b.add(MessageKeys.AMENDMENT_TOO_LONG, "NewDateTo", a.label(), a.newDateTo(), c.label(), max);
                }
            }
        }
        if (a.amtChange() != null) {
            BigDecimal newTotal = newTotal(c, a);
            if (newTotal.signum() < 0) {
                b.add(MessageKeys.AMENDMENT_TOTAL_NEGATIVE, "AmtChange", a.label(), a.amtChange(), newTotal);
            }
        }
        return b.build();
    }

    /**
     * The prorogation of a signed 5-year contract into its 6th year (L313-11 CASF: "durée maximale de cinq ans,
     * prorogeable dans la limite d'une sixième année"): the contract is not extended yet and currently ends in
     * its 5th year; the avenant gives a new end date in the 6th year; it was requested (DateDoc) at least 6 months
     * before the current end (model contract of the arrêté of 3 March 2017, art. on the duration: without a
     * request 6 months before expiry, a new contract is negotiated).
     */
    public static ValidationResult checkProrogation(Amendment a, Contract c) {
        ValidationResult.Builder b = ValidationResult.builder();
        if (c.dateFrom() == null || c.dateTo() == null) {
            return b.build();
        }
        if (c.extended()) {
            b.add(MessageKeys.AMENDMENT_PROROGATION_ALREADY_EXTENDED, "IsProrogation", a.label(), c.label(),
                    c.dateTo());
            return b.build();
        }
        LocalDate fiveYears = ContractPeriod.maxDateTo(c.dateFrom(), false);
        if (!c.dateTo().isAfter(fiveYears.minusYears(1))) {
            b.add(MessageKeys.AMENDMENT_PROROGATION_NOT_FIVE_YEARS, "IsProrogation", a.label(), c.label(),
                    c.dateFrom(), c.dateTo());
        }
        if (a.newDateTo() == null) {
            b.add(MessageKeys.AMENDMENT_PROROGATION_NO_DATE, "NewDateTo", a.label(), c.label(),
                    ContractPeriod.maxDateTo(c.dateFrom(), true));
        } else if (!a.newDateTo().isAfter(fiveYears)) {
            b.add(MessageKeys.AMENDMENT_PROROGATION_NOT_SIXTH_YEAR, "NewDateTo", a.label(), a.newDateTo(), c.label(),
                    fiveYears);
        }
        LocalDate deadline = ContractPeriod.extensionDecisionDeadline(c);
        if (a.dateDoc() == null || a.dateDoc().isAfter(deadline)) {
            b.add(MessageKeys.AMENDMENT_PROROGATION_TOO_LATE, "DateDoc", a.label(), c.label(),
                    a.dateDoc() == null ? "-" : a.dateDoc(), deadline, c.dateTo());
        }
        return b.build();
    }

    /**
     * An amendment may not move the end date before years that already hold budget lines, indicator targets or
     * reviews: the message lists each year cut and what holds it ("2029 : 13 lignes budgétaires, 2 revues").
     */
    public static ValidationResult checkShortening(Amendment a, Contract c, AmendmentContext ctx) {
        if (a.newDateTo() == null || c.dateTo() == null || !a.newDateTo().isBefore(c.dateTo())) {
            return ValidationResult.ok();
        }
        int lastKept = a.newDateTo().getYear();
        YearHoldings holdings = new YearHoldings();
        for (var line : ctx.budgetLines()) {
            if (line.fiscalYear() > lastKept) {
                holdings.budgetLine(line.fiscalYear());
            }
        }
        for (var value : ctx.indicatorValues()) {
            if (value.fiscalYear() > lastKept && (value.targetValue() != null || value.actualValue() != null)) {
                holdings.indicatorTarget(value.fiscalYear());
            }
        }
        for (var review : ctx.reviews()) {
            if (review.fiscalYear() > lastKept) {
                holdings.review(review.fiscalYear());
            }
        }
        if (holdings.isEmpty()) {
            return ValidationResult.ok();
        }
        return ValidationResult.of(MessageKeys.AMENDMENT_SHORTENING_HOLDS_YEARS, "NewDateTo", a.label(), c.label(),
                a.newDateTo(), holdings);
    }

    /**
     * The avenant changes the budget and the commitment together: once applied, the contract's TotalAmt
     * (current total + AmtChange) must equal the commitment computed from the budget lines as they will stand
     * ({@link CommitmentCalculator}). The message gives the amount change that would make them agree.
     */
    public static ValidationResult checkCommitment(Amendment a, Contract c, AmendmentContext ctx) {
        BigDecimal after = newTotal(c, a);
        Contract amended = a.newDateTo() == null ? c : c.withDateTo(a.newDateTo());
        Commitment commitment = CommitmentCalculator.compute(amended, ctx.budgetLines());
        if (after.compareTo(commitment.total()) == 0) {
            return ValidationResult.ok();
        }
        BigDecimal current = c.totalAmt() == null ? BigDecimal.ZERO : c.totalAmt();
        return ValidationResult.of(MessageKeys.AMENDMENT_COMMITMENT_MISMATCH, "AmtChange", a.label(), c.label(),
                scaled(after), scaled(commitment.total()), commitment, scaled(commitment.total().subtract(current)));
    }

    /** Every rule of applying the amendment with the contract's records: {@link #checkCanApply(Amendment, Contract)},
     * shortening, and budget/commitment consistency. */
    public static ValidationResult checkCanApply(Amendment a, Contract c, AmendmentContext ctx) {
        ValidationResult first = checkCanApply(a, c);
        if (a.processed()) {
            return first;
        }
        return first.and(checkShortening(a, c, ctx)).and(checkCommitment(a, c, ctx));
    }

    /**
     * Applies the amendment after {@link #checkCanApply(Amendment, Contract, AmendmentContext)}: the new end date,
     * the new total (which then equals the commitment of the lines), IsExtended for a prorogation.
     *
     * @throws org.cpom.core.rule.CpomValidationException when a rule fails
     */
    public static Application apply(Amendment a, Contract c, LocalDate today, AmendmentContext ctx) {
        checkCanApply(a, c, ctx).throwIfInvalid();
        return apply(a, c, today);
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(Math.max(2, amount.scale()));
    }

    private static BigDecimal newTotal(Contract c, Amendment a) {
        BigDecimal total = c.totalAmt() == null ? BigDecimal.ZERO : c.totalAmt();
        return a.amtChange() == null ? total : total.add(a.amtChange());
    }

    /**
     * Applies the amendment: new DateTo (when given), TotalAmt + AmtChange (when given); the amendment gets
     * Processed, DateApplied = {@code today}, PrevDateTo and PrevTotalAmt.
     *
     * @throws org.cpom.core.rule.CpomValidationException when {@link #checkCanApply} fails
     */
    public static Application apply(Amendment a, Contract c, LocalDate today) {
        checkCanApply(a, c).throwIfInvalid();
        Contract amended = c;
        if (a.newDateTo() != null) {
            amended = amended.withDateTo(a.newDateTo());
        }
        if (a.amtChange() != null) {
            amended = amended.withTotalAmt(newTotal(c, a));
        }
        if (a.prorogation()) {
            amended = amended.withExtended(true);
        }
        Amendment applied = new Amendment(a.id(), a.contractId(), a.amendmentNo(), a.dateDoc(), a.description(),
                a.newDateTo(), a.amtChange(), true, today, c.dateTo(), c.totalAmt(), a.prorogation());
        return new Application(amended, applied);
    }
}
