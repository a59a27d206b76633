package org.cpom.core.model;

import org.cpom.core.rule.Coded;

/** CPOM_BudgetLine.BudgetSection. */
public enum BudgetSection implements Coded {
    /** Budget principal. */
    MAIN("MAIN"),
    /** Budget annexe. */
    ANNEX("ANNX"),
    /** ESAT budget of social activity (BPAS). */
    ESAT_SOCIAL("BPAS"),
    /** ESAT budget of production and sales (BAPC). */
    ESAT_COMMERCIAL("BAPC");

    private final String code;

    BudgetSection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Constant for a stored code; null for null/blank, IllegalArgumentException for an unknown code. */
    public static BudgetSection fromCode(String code) {
        return Coded.fromCode(BudgetSection.class, code);
    }
}
