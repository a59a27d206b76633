package org.cpom.core.model;

import org.cpom.core.rule.Coded;

/**
 * A public authority that can sign a CPOM and commit funds in it: the ARS (for assurance maladie), the
 * département (président du conseil départemental, or the Collectivité de Corse) and the State (préfet, e.g. for
 * CHRS under L313-11-2 CASF). Not stored on its own: it is the party behind {@link Contract#arsBPartnerId()},
 * {@link Contract#departementBPartnerId()} and {@link Contract#stateBPartnerId()}, and the authority behind a
 * {@link Payer}. The code names the message label {@code CPOM_Authority_<code>}.
 */
public enum Authority implements Coded {
    /** Agence régionale de santé (its director general signs; assurance maladie pays). */
    ARS("ARS", "ARS_BPartner_ID"),
    /** Département: the président du conseil départemental signs. */
    DEPARTEMENT("DEP", "Departement_BPartner_ID"),
    /** The State: the préfet signs (CHRS, subsidised activities). */
    STATE("STA", "State_BPartner_ID");

    private final String code;
    private final String partnerColumn;

    Authority(String code, String partnerColumn) {
        this.code = code;
        this.partnerColumn = partnerColumn;
    }

    @Override
    public String code() {
        return code;
    }

    /** The CPOM_Contract column holding this authority's business partner. */
    public String partnerColumn() {
        return partnerColumn;
    }

    public static Authority fromCode(String code) {
        return Coded.fromCode(Authority.class, code);
    }
}
