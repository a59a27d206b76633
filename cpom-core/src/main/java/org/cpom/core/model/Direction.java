package org.cpom.core.model;

import org.cpom.core.rule.Coded;

/** CPOM_Indicator.Direction. */
public enum Direction implements Coded {
    /** Higher is better. */
    HIGHER_IS_BETTER("H"),
    /** Lower is better. */
    LOWER_IS_BETTER("L");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Constant for a stored code; null for null/blank, IllegalArgumentException for an unknown code. */
    public static Direction fromCode(String code) {
        return Coded.fromCode(Direction.class, code);
    }
}
