package org.cpom.core.model;

import org.cpom.core.rule.Coded;

/** CPOM_Review.ReviewKind (dialogue de gestion). */
public enum ReviewKind implements Coded {
    /** Annual review, any year of the contract. */
    ANNUAL("ANN"),
    /** Mid-term review, year 3 only. */
    MID_TERM("MID"),
    /** Final review, year 5 (or 6 when extended). */
    FINAL("FIN");

    private final String code;

    ReviewKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Constant for a stored code; null for null/blank, IllegalArgumentException for an unknown code. */
    public static ReviewKind fromCode(String code) {
        return Coded.fromCode(ReviewKind.class, code);
    }
}
