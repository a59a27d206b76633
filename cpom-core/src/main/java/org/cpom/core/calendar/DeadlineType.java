package org.cpom.core.calendar;

import org.cpom.core.rule.Coded;

/** CPOM_Deadline.DeadlineType (list CPOM_DeadlineType). */
public enum DeadlineType implements Coded {
    /** État des prévisions de recettes et de dépenses of year N. */
    EPRD("EPRD"),
    /** État réalisé des recettes et des dépenses of year N (filed in N+1). */
    ERRD("ERRD"),
    /** Activity forecast (annexe activité of the EPRD of N, filed in N-1). */
    ACTIVITY_FORECAST("ACTF"),
    /** Annual dialogue de gestion. */
    ANNUAL_REVIEW("ANRV"),
    /** Year-3 mid-term review. */
    MID_TERM_REVIEW("MIDR"),
    /** Final evaluation (last year). */
    FINAL_EVALUATION("FEVL"),
    /** Prorogation or renewal request (at least 6 months before the end). */
    RENEWAL_REQUEST("RENW"),
    /** An action sheet's due date. */
    ACTION_SHEET("ACTS"),
    /** Indicator actuals due. */
    INDICATOR_VALUES("INDV"),
    /** Activity below the modulation threshold: the dotation is at risk. */
    MODULATION("MODU"),
    /** A deadline a user added (never generated). */
    USER("USER");

    private final String code;

    DeadlineType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Constant for a stored code; null for null/blank, IllegalArgumentException for an unknown code. */
    public static DeadlineType fromCode(String code) {
        return Coded.fromCode(DeadlineType.class, code);
    }
}
