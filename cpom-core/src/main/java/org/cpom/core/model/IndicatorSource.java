package org.cpom.core.model;

import org.cpom.core.rule.Coded;

/** CPOM_Indicator.IndicatorSource. */
public enum IndicatorSource implements Coded {
    /** Entered by hand. */
    MANUAL("M"),
    /** Computed from ERP data. */
    COMPUTED("C");

    private final String code;

    IndicatorSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Constant for a stored code; null for null/blank, IllegalArgumentException for an unknown code. */
    public static IndicatorSource fromCode(String code) {
        return Coded.fromCode(IndicatorSource.class, code);
    }
}
