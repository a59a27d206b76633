package org.cpom.core.model;

import org.cpom.core.rule.Coded;

/** CPOM_ActionSheet.ActionStatus. */
public enum ActionStatus implements Coded {
    /** Planned. */
    PLANNED("PL"),
    /** In progress. */
    IN_PROGRESS("IP"),
    /** Done. */
    DONE("DO"),
    /** Late (past due, not done). */
    LATE("LA"),
    /** Abandoned (needs a reason). */
    ABANDONED("AB");

    private final String code;

    ActionStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Constant for a stored code; null for null/blank, IllegalArgumentException for an unknown code. */
    public static ActionStatus fromCode(String code) {
        return Coded.fromCode(ActionStatus.class, code);
    }
}
