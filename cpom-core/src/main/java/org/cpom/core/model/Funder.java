package org.cpom.core.model;

import org.cpom.core.rule.Coded;

/** CPOM_BudgetLine.Funder. */
public enum Funder implements Coded {
    /** ARS. */
    ARS("ARS"),
    /** Département. */
    DEPARTEMENT("DEP"),
    /** State / ASP (e.g. ESAT BPAS dotation). */
    STATE("STA"),
    /** Own funds. */
    OWN("OWN"),
    /** Other funder. */
    OTHER("OTH");

    private final String code;

    Funder(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Constant for a stored code; null for null/blank, IllegalArgumentException for an unknown code. */
    public static Funder fromCode(String code) {
        return Coded.fromCode(Funder.class, code);
    }
}
