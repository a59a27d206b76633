package org.cpom.core.calendar;

import java.util.Set;

import org.cpom.core.model.EsmsCategory;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.PerimeterMember;

/**
 * Which establishments of a contract file an EPRD (and so an ERRD and the activity annex), by the contract's legal
 * basis and the establishment's FINESS category. Sources and reasoning in docs/deadlines.md:
 * <ul>
 * <li>IV ter L313-12 (EHPAD) and L313-12-2 CASF: the EPRD covers every ESSMS of the contract (R314-210 names
 * these two contracts; one EPRD for the whole perimeter);</li>
 * <li>L313-11 CASF: for the categories 6°, 7°, 9° and 12° of L312-1 I outside those two contracts, the EPRD
 * applies only at the manager's request with the authority's agreement ({@code eprdRequested}); the other
 * categories keep the budget prévisionnel and compte administratif;</li>
 * <li>L313-11-2 CASF (CHRS): the contract "fixe les éléments pluriannuels du budget" by derogation to II and III of
 * L314-7; no EPRD for a CHRS (8°), which files its compte administratif and the national cost survey (ENC AHI,
 * L345-1), not in the CPOM_DeadlineType list yet. The contract is concluded "dans les conditions prévues à
 * l'article L. 313-11" and may include 9° establishments: those may take the EPRD on request as under
 * L313-11.</li>
 * </ul>
 */
public final class EprdScope {

    /**
     * TRE_R66 categories of 6° (older people: EHPAD, résidence autonomie, SAA, SAAS, SSIAD), 7° (adults with
     * disabilities: MAS, FAM, foyers de vie / d'hébergement / polyvalents, EAM, EANM, SAVS, SAMSAH) and 9° (CSAPA,
     * CAARUD, LHSS, ACT, LAM) of L312-1 I: those an L313-11 contract may bring under the EPRD on request.
     */
    public static final Set<String> ON_REQUEST_CATEGORIES = Set.of(EsmsCategory.EHPAD, "202", EsmsCategory.SAA,
            EsmsCategory.SAAS, EsmsCategory.SSIAD, "255", "437", "382", "252", "253", "448", "449", "446", "445",
            "197", "178", "180", "165", "179");

    private EprdScope() {
    }

    /**
     * True when the member files an EPRD under a contract of this basis.
     *
     * @param eprdRequested for an L313-11 or L313-11-2 contract: the manager asked for the EPRD and the authority
     *                      agreed
     */
    public static boolean filesEprd(LegalBasis basis, PerimeterMember member, boolean eprdRequested) {
        if (basis == null) {
            return false;
        }
        return switch (basis) {
            case L313_12_IV_TER, L313_12_2 -> true;
            case L313_11, L313_11_2 -> eprdRequested && member.finessCategory() != null
                    && ON_REQUEST_CATEGORIES.contains(member.finessCategory().strip());
        };
    }
}
