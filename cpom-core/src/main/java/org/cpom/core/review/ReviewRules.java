package org.cpom.core.review;

import org.cpom.core.contract.ContractPeriod;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Contract;
import org.cpom.core.model.Review;
import org.cpom.core.model.ReviewKind;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.TextRules;

/**
 * Rules of CPOM_Review. The model contract (arrêté of 3 March 2017, art. 5) plans two "dialogues de gestion":
 * a mid-term one in year 3 and a final one in year 5 (year 6 for an extended contract); annual reviews may
 * happen any year of the contract.
 */
public final class ReviewRules {

    private ReviewRules() {
    }

    /**
     * One mid-term and one final review per contract, one annual review per year.
     */
    public static ValidationResult checkUnique(Review r, Contract c, java.util.Collection<Review> others) {
        if (r.reviewKind() == null) {
            return ValidationResult.ok();
        }
        for (Review o : others) {
            if ((o.id() != r.id() || r.id() == 0) && o.contractId() == r.contractId() && o.reviewKind() == r.reviewKind()
                    && (r.reviewKind() != ReviewKind.ANNUAL || o.fiscalYear() == r.fiscalYear())) {
                return ValidationResult.of(MessageKeys.REVIEW_DUPLICATE, "ReviewKind", c.label(),
                        org.cpom.core.i18n.Label.of("CPOM_ReviewKind_" + r.reviewKind().code()), o.fiscalYear());
            }
        }
        return ValidationResult.ok();
    }

    public static ValidationResult validate(Review r, Contract c) {
        ValidationResult.Builder b = ValidationResult.builder();
        b.add(ContractRules.checkChildEditable(c));
        b.add(TextRules.checkLength("CPOM_Review", "Conclusions", r.conclusions(), c.label()));
        if (r.reviewKind() == null) {
            b.add(TextRules.mandatory("CPOM_Review", "ReviewKind", c.label()));
        }
        if (c.dateFrom() == null || c.dateTo() == null) {
            return b.build();
        }
        if (!ContractPeriod.containsYear(c, r.fiscalYear())) {
            b.add(MessageKeys.REVIEW_YEAR_OUTSIDE, "FiscalYear", c.label(), r.fiscalYear(),
                    ContractPeriod.firstYear(c), ContractPeriod.lastYear(c));
            return b.build();
        }
        int yearNo = ContractPeriod.yearNumber(c, r.fiscalYear());
        int first = ContractPeriod.firstYear(c);
        if (r.reviewKind() == ReviewKind.MID_TERM && yearNo != 3) {
            b.add(MessageKeys.REVIEW_MID_TERM_YEAR, "FiscalYear", c.label(), first + 2, r.fiscalYear());
        }
        if (r.reviewKind() == ReviewKind.FINAL && !(yearNo == 5 || (yearNo == 6 && c.extended()))) {
            b.add(MessageKeys.REVIEW_FINAL_YEAR, "FiscalYear", c.label(), first + 4, r.fiscalYear());
        }
        return b.build();
    }
}
