package org.cpom.core.finance;

import org.cpom.core.rule.Coded;

/** CPOM_Investment.AssetCategory (list CPOM_AssetCategory). */
public enum AssetCategory implements Coded {
    /** Constructions (213, 214). */
    BUILDINGS("BLD"),
    /** Équipements (215, 218). */
    EQUIPMENT("EQP"),
    /** Autres immobilisations. */
    OTHER("OTH");

    private final String code;

    AssetCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static AssetCategory fromCode(String code) {
        return Coded.fromCode(AssetCategory.class, code);
    }
}
