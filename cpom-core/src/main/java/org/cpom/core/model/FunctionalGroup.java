package org.cpom.core.model;

import org.cpom.core.rule.Coded;

/**
 * Functional groups of the ESSMS budget frames (cadres normalisés EPRD/ERRD, M22 nomenclature):
 * three groups of charges and three groups of income.
 */
public enum FunctionalGroup implements Coded {
    /** Charges groupe I: dépenses afférentes à l'exploitation courante. */
    CHARGES_I("C1", true),
    /** Charges groupe II: dépenses afférentes au personnel. */
    CHARGES_II("C2", true),
    /** Charges groupe III: dépenses afférentes à la structure. */
    CHARGES_III("C3", true),
    /** Produits groupe I: produits de la tarification. */
    INCOME_I("P1", false),
    /** Produits groupe II: autres produits relatifs à l'exploitation. */
    INCOME_II("P2", false),
    /** Produits groupe III: produits financiers, exceptionnels et non encaissables. */
    INCOME_III("P3", false);

    private final String code;
    private final boolean charge;

    FunctionalGroup(String code, boolean charge) {
        this.code = code;
        this.charge = charge;
    }

    @Override
    public String code() {
        return code;
    }

    /** True for the charge groups (class 6 accounts), false for income (class 7). */
    public boolean isCharge() {
        return charge;
    }

    public static FunctionalGroup fromCode(String code) {
        return Coded.fromCode(FunctionalGroup.class, code);
    }
}
