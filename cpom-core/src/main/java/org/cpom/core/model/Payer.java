package org.cpom.core.model;

import org.cpom.core.rule.Coded;

/**
 * CPOM_BudgetLine.Payer: who actually pays the money of a budget line. Finer than the legacy {@link Funder}
 * (which it determines: {@link #funder()}), and it says which signatory authority commits the line
 * ({@link #authority()}), which is what the contract's commitment adds up (see
 * {@code org.cpom.core.contract.CommitmentCalculator}).
 *
 * <p>Since 1 January 2017 the operating dotation of an ESAT (BPAS) is paid by assurance maladie: the ARS sets it
 * and the CPAM pays it; the State (ASP) pays only the aide au poste of the disabled workers (LFSS 2017, art. 46
 * of the bill). Residents' and users' payments (hébergement, participation) are produits groupe I but no
 * authority commits them; nor does any authority commit the aide au poste, a statutory per-worker aid.
 */
public enum Payer implements Coded {
    /** Assurance maladie through the ARS: soins, SSIAD, disability ESMS, ESAT BPAS dotation since 2017. */
    ASSURANCE_MALADIE("AM", Funder.ARS, Authority.ARS),
    /** Département: APA (allocation personnalisée d'autonomie), e.g. the EHPAD forfait global dépendance. */
    DEPARTEMENT_APA("APA", Funder.DEPARTEMENT, Authority.DEPARTEMENT),
    /** Département: PCH (prestation de compensation du handicap). */
    DEPARTEMENT_PCH("PCH", Funder.DEPARTEMENT, Authority.DEPARTEMENT),
    /** Département: aide sociale (e.g. hébergement of habilitated places). */
    DEPARTEMENT_AIDE_SOCIALE("ASD", Funder.DEPARTEMENT, Authority.DEPARTEMENT),
    /** Département, other funding (dotation, forfait, subsidy). */
    DEPARTEMENT("DEP", Funder.DEPARTEMENT, Authority.DEPARTEMENT),
    /** Residents or users (hébergement tariff, ticket modérateur, participation). Not committed. */
    RESIDENTS("USR", Funder.OTHER, null),
    /** The State through the préfet: CHRS dotation, subsidised activities. */
    STATE("ETA", Funder.STATE, Authority.STATE),
    /** The State (ASP): aide au poste of ESAT workers, its only ESAT funding since 2017. Not committed. */
    STATE_AIDE_AU_POSTE("AAP", Funder.STATE, null),
    /** Own funds of the managing body. Not committed. */
    OWN_FUNDS("OWN", Funder.OWN, null),
    /** Other payers (other public bodies, donors, sales). Not committed. */
    OTHER("OTH", Funder.OTHER, null);

    private final String code;
    private final Funder funder;
    private final Authority authority;

    Payer(String code, Funder funder, Authority authority) {
        this.code = code;
        this.funder = funder;
        this.authority = authority;
    }

    @Override
    public String code() {
        return code;
    }

    /** The legacy CPOM_BudgetLine.Funder value of this payer (kept for reports and the old unique key). */
    public Funder funder() {
        return funder;
    }

    /** The signatory authority committing this payer's lines, or null when no authority commits them. */
    public Authority authority() {
        return authority;
    }

    /** True when a signatory authority commits the line (it counts in the contract's commitment). */
    public boolean isCommitted() {
        return authority != null;
    }

    /** True for the département's payers (APA, PCH, aide sociale, other). */
    public boolean isDepartement() {
        return authority == Authority.DEPARTEMENT;
    }

    public static Payer fromCode(String code) {
        return Coded.fromCode(Payer.class, code);
    }
}
