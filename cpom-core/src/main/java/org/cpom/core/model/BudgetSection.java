package org.cpom.core.model;

import org.cpom.core.rule.Coded;

/**
 * CPOM_BudgetLine.BudgetSection: the budget or tariff section a line belongs to. An ESAT keeps two budgets
 * (R344-9 to R344-11 CASF): BPAS and BAPC. An EHPAD has a ternary tariff (decree 2016-1814 of 21 December 2016):
 * soins (forfait global soins, assurance maladie through the ARS), dépendance (forfait global dépendance, the
 * département's APA, plus the residents' ticket modérateur) and hébergement (residents, with the département's
 * aide sociale for habilitated places). Other establishments use the main budget and annex budgets.
 */
public enum BudgetSection implements Coded {
    /** Budget principal. */
    MAIN("MAIN"),
    /** Budget annexe. */
    ANNEX("ANNX"),
    /** ESAT budget of social activity (BPAS). */
    ESAT_SOCIAL("BPAS"),
    /** ESAT budget of production and sales (BAPC). */
    ESAT_COMMERCIAL("BAPC"),
    /** EHPAD section soins (forfait global soins). */
    EHPAD_CARE("SOIN"),
    /** EHPAD section dépendance (forfait global dépendance, tarif dépendance). */
    EHPAD_DEPENDENCY("DEPE"),
    /** EHPAD section hébergement (tarif hébergement). */
    EHPAD_ACCOMMODATION("HEBE");

    private final String code;

    BudgetSection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isEsat() {
        return this == ESAT_SOCIAL || this == ESAT_COMMERCIAL;
    }

    public boolean isEhpad() {
        return this == EHPAD_CARE || this == EHPAD_DEPENDENCY || this == EHPAD_ACCOMMODATION;
    }

    /** Constant for a stored code; null for null/blank, IllegalArgumentException for an unknown code. */
    public static BudgetSection fromCode(String code) {
        return Coded.fromCode(BudgetSection.class, code);
    }
}
