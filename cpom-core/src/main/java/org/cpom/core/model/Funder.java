package org.cpom.core.model;

import org.cpom.core.rule.Coded;

/**
 * CPOM_BudgetLine.Funder: the legacy, coarse funder of a line. A line now carries a {@link Payer}, which
 * determines its funder; a line stored before payers existed gets {@link #defaultPayer()}.
 */
public enum Funder implements Coded {
    /** ARS. */
    ARS("ARS"),
    /** Département. */
    DEPARTEMENT("DEP"),
    /**
     * State (préfet, ASP). Before 2017 it also paid the ESAT BPAS dotation; since 1 January 2017 that dotation is
     * paid by assurance maladie (ARS) and the State pays only the aide au poste.
     */
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

    /**
     * The payer a legacy line with this funder is read as: ARS → assurance maladie, département → département
     * (other funding), State → State (préfet), own funds → own funds, other → other.
     */
    public Payer defaultPayer() {
        return switch (this) {
            case ARS -> Payer.ASSURANCE_MALADIE;
            case DEPARTEMENT -> Payer.DEPARTEMENT;
            case STATE -> Payer.STATE;
            case OWN -> Payer.OWN_FUNDS;
            case OTHER -> Payer.OTHER;
        };
    }

    /** Constant for a stored code; null for null/blank, IllegalArgumentException for an unknown code. */
    public static Funder fromCode(String code) {
        return Coded.fromCode(Funder.class, code);
    }
}
