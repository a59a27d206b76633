package org.cpom.core.model;

import org.cpom.core.rule.Coded;

/** CPOM_Establishment.TariffAuthority: who sets the establishment's tariff. */
public enum TariffAuthority implements Coded {
    /** Agence régionale de santé. */
    ARS("ARS"),
    /** Département (conseil départemental). */
    DEPARTEMENT("DEP"),
    /** Joint ARS and département. */
    JOINT("JOI"),
    /** Préfet. */
    PREFET("PRE");

    private final String code;

    TariffAuthority(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Constant for a stored code; null for null/blank, IllegalArgumentException for an unknown code. */
    public static TariffAuthority fromCode(String code) {
        return Coded.fromCode(TariffAuthority.class, code);
    }
}
