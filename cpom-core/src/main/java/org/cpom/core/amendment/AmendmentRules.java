package org.cpom.core.amendment;

import java.math.BigDecimal;
import java.time.LocalDate;

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
        if (a.newDateTo() != null && c.dateFrom() != null) {
            if (!a.newDateTo().isAfter(c.dateFrom())) {
                b.add(MessageKeys.AMENDMENT_DATE_BEFORE_START, "NewDateTo", a.label(), a.newDateTo(), c.dateFrom());
            } else {
                LocalDate max = ContractPeriod.maxDateTo(c.dateFrom(), c.extended());
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
        Amendment applied = new Amendment(a.id(), a.contractId(), a.amendmentNo(), a.dateDoc(), a.description(),
                a.newDateTo(), a.amtChange(), true, today, c.dateTo(), c.totalAmt());
        return new Application(amended, applied);
    }
}
