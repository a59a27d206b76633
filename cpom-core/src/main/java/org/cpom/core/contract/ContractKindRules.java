package org.cpom.core.contract;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Authority;
import org.cpom.core.model.Contract;
import org.cpom.core.model.EsmsCategory;
import org.cpom.core.model.EsmsCategory.Family;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.model.TariffAuthority;
import org.cpom.core.rule.ValidationResult;

/**
 * The kinds of CPOM (docs/cpom-kinds.md): which authorities must sign a contract of a given legal basis, which
 * establishments it may hold, and which combinations are unusual enough to warn about.
 *
 * <ul>
 * <li>L313-11 CASF: the general basis, with the tariff authority or authorities of its establishments.</li>
 * <li>IV ter of L313-12 (EHPAD/PUV): signed by the DG of the ARS <b>and</b> the président du conseil
 * départemental; may include the manager's other ESMS under either authority.</li>
 * <li>L313-12-2 (disability ESMS, SSIAD/SAAS under ARS tariff): ARS-led, joined by the département where the
 * tariff competence is joint.</li>
 * <li>L313-11-2 (CHRS): signed by the préfet; other tariff authorities co-sign for their establishments.</li>
 * </ul>
 * Whatever the basis, every authority that sets the tariff of an establishment in the perimeter must be a party.
 */
public final class ContractKindRules {

    private ContractKindRules() {
    }

    /**
     * Party rules that need only the header (checked on every save): the signatories the legal basis requires.
     * No legal basis yet: nothing to check here (the mandatory rule reports it).
     */
    public static ValidationResult checkParties(Contract c) {
        ValidationResult.Builder b = ValidationResult.builder();
        LegalBasis basis = c.legalBasis();
        if (basis == null) {
            return b.build();
        }
        String label = c.label();
        switch (basis) {
            case L313_12_IV_TER -> {
                b.addIf(!c.isParty(Authority.ARS), MessageKeys.KIND_IV_TER_NEEDS_ARS, "ARS_BPartner_ID", label);
                b.addIf(!c.isParty(Authority.DEPARTEMENT), MessageKeys.KIND_IV_TER_NEEDS_DEPARTEMENT,
                        "Departement_BPartner_ID", label);
            }
            case L313_12_2 -> b.addIf(!c.isParty(Authority.ARS), MessageKeys.KIND_L313_12_2_NEEDS_ARS,
                    "ARS_BPartner_ID", label);
            case L313_11_2 -> b.addIf(!c.isParty(Authority.STATE), MessageKeys.KIND_CHRS_NEEDS_STATE,
                    "State_BPartner_ID", label);
            case L313_11 -> {
                // general basis: any authority (at least one, checked by ContractRules.validate)
            }
        }
        return b.build();
    }

    /** The authorities that must sign for an establishment under this tariff authority. */
    public static Set<Authority> requiredAuthorities(TariffAuthority tariffAuthority) {
        if (tariffAuthority == null) {
            return EnumSet.noneOf(Authority.class);
        }
        return switch (tariffAuthority) {
            case ARS -> EnumSet.of(Authority.ARS);
            case DEPARTEMENT -> EnumSet.of(Authority.DEPARTEMENT);
            case JOINT -> EnumSet.of(Authority.ARS, Authority.DEPARTEMENT);
            case PREFET -> EnumSet.of(Authority.STATE);
        };
    }

    /**
     * Tariff-authority rule of one establishment, independent of any contract (checked on the establishment's
     * save): an SSIAD is tariffed by the ARS alone (its forfait soins is paid by assurance maladie).
     *
     * @param categoryCode TRE_R66 code of its FINESS category (may be null)
     */
    public static ValidationResult checkTariffAuthority(String categoryCode, TariffAuthority tariffAuthority,
            String establishmentLabel) {
        Family family = EsmsCategory.familyOf(categoryCode);
        if (family == Family.SSIAD && tariffAuthority != null && tariffAuthority != TariffAuthority.ARS) {
            return ValidationResult.of(MessageKeys.KIND_SSIAD_TARIFF_ARS_ONLY, "TariffAuthority", establishmentLabel,
                    tariffAuthority);
        }
        if (family == Family.EHPAD && tariffAuthority != null && tariffAuthority != TariffAuthority.JOINT) {
            return ValidationResult.warning(MessageKeys.KIND_EHPAD_TARIFF_NOT_JOINT, "TariffAuthority",
                    establishmentLabel, tariffAuthority);
        }
        return ValidationResult.ok();
    }

    /**
     * Rules between the header and the perimeter (checked when an establishment joins and at signature):
     * errors for what the law excludes, warnings for unusual combinations.
     */
    public static ValidationResult checkPerimeter(Contract c, Collection<PerimeterMember> members) {
        return checkParties(c).and(checkMembers(c, members));
    }

    /** {@link #checkPerimeter} without the header-only party rules (already run by ContractRules.validate). */
    public static ValidationResult checkMembers(Contract c, Collection<PerimeterMember> members) {
        ValidationResult.Builder b = ValidationResult.builder();
        String label = c.label();
        LegalBasis basis = c.legalBasis();
        boolean anyEhpad = false;
        boolean anyChrs = false;
        for (PerimeterMember m : members) {
            Family family = m.family();
            anyEhpad |= family == Family.EHPAD;
            anyChrs |= family == Family.CHRS;
            b.add(checkTariffAuthority(m.finessCategory(), m.tariffAuthority(), m.label()));
            for (Authority a : requiredAuthorities(m.tariffAuthority())) {
                b.addIf(!c.isParty(a), MessageKeys.KIND_AUTHORITY_NOT_PARTY, a.partnerColumn(), label, m.label(),
                        m.tariffAuthority(), a);
            }
            if (basis == null) {
                continue;
            }
            if (family == Family.EHPAD && basis != LegalBasis.L313_12_IV_TER) {
                b.warn(MessageKeys.KIND_EHPAD_OUTSIDE_IV_TER, "LegalBasis", label, m.label(), basis);
            }
            if (family == Family.CHRS && basis != LegalBasis.L313_11_2) {
                b.warn(MessageKeys.KIND_CHRS_OUTSIDE_L313_11_2, "LegalBasis", label, m.label(), basis);
            }
            boolean underArs = m.tariffAuthority() == TariffAuthority.ARS
                    || m.tariffAuthority() == TariffAuthority.JOINT;
            if (basis == LegalBasis.L313_11 && underArs
                    && (family == Family.DISABILITY || family == Family.SSIAD)) {
                b.warn(MessageKeys.KIND_SHOULD_BE_L313_12_2, "LegalBasis", label, m.label());
            }
            if (basis == LegalBasis.L313_12_2 && m.tariffAuthority() != null && !underArs) {
                b.warn(MessageKeys.KIND_L313_12_2_NOT_ARS, "CPOM_Establishment_ID", label, m.label(),
                        m.tariffAuthority());
            }
        }
        if (!members.isEmpty() && basis == LegalBasis.L313_12_IV_TER && !anyEhpad) {
            b.add(MessageKeys.KIND_IV_TER_NO_EHPAD, "LegalBasis", label);
        }
        if (!members.isEmpty() && basis == LegalBasis.L313_11_2 && !anyChrs) {
            b.add(MessageKeys.KIND_CHRS_NO_CHRS, "LegalBasis", label);
        }
        return b.build();
    }

    /**
     * The legal basis the law gives today to a contract with this perimeter: IV ter L313-12 as soon as it holds
     * an EHPAD; L313-11-2 when it holds a CHRS; L313-12-2 when it holds a disability ESMS or an SSIAD under ARS
     * (or joint) tariff; otherwise L313-11. Used by the renewal, which proposes it for the user to confirm.
     */
    public static LegalBasis applicableBasis(Collection<PerimeterMember> members) {
        boolean chrs = false;
        boolean arsDisability = false;
        for (PerimeterMember m : members) {
            Family family = m.family();
            if (family == Family.EHPAD) {
                return LegalBasis.L313_12_IV_TER;
            }
            chrs |= family == Family.CHRS;
            boolean underArs = m.tariffAuthority() == TariffAuthority.ARS
                    || m.tariffAuthority() == TariffAuthority.JOINT;
            arsDisability |= underArs && (family == Family.DISABILITY || family == Family.SSIAD
                    || family == Family.HOME_CARE && m.tariffAuthority() == TariffAuthority.JOINT);
        }
        if (chrs) {
            return LegalBasis.L313_11_2;
        }
        return arsDisability ? LegalBasis.L313_12_2 : LegalBasis.L313_11;
    }
}
