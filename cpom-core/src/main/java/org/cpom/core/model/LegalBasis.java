package org.cpom.core.model;

import org.cpom.core.rule.Coded;

/** CPOM_Contract.LegalBasis: the CASF article the contract is signed under. */
public enum LegalBasis implements Coded {
    /** Article L313-11 CASF (general basis). */
    L313_11("L11"),
    /** Article L313-12 IV ter CASF (EHPAD/PUV). */
    L313_12_IV_TER("L12"),
    /** Article L313-12-2 CASF (disability, SSIAD/SPASAD). */
    L313_12_2("L122"),
    /** Article L313-11-2 CASF (CHRS). */
    L313_11_2("L112");

    private final String code;

    LegalBasis(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Constant for a stored code; null for null/blank, IllegalArgumentException for an unknown code. */
    public static LegalBasis fromCode(String code) {
        return Coded.fromCode(LegalBasis.class, code);
    }
}
