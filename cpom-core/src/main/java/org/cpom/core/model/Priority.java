package org.cpom.core.model;

import org.cpom.core.rule.Coded;

/** CPOM_ActionSheet.Priority. */
public enum Priority implements Coded {
    /** High. */
    HIGH("1"),
    /** Medium. */
    MEDIUM("2"),
    /** Low. */
    LOW("3");

    private final String code;

    Priority(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Constant for a stored code; null for null/blank, IllegalArgumentException for an unknown code. */
    public static Priority fromCode(String code) {
        return Coded.fromCode(Priority.class, code);
    }
}
