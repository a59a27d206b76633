package org.cpom.core.model;

import java.util.Map;
import java.util.Set;

/**
 * The FINESS categories (ANS table TRE_R66, codes as in CPOM_FinessCategory.Value) a CPOM covers, grouped in the
 * families the contract-kind rules reason on. Codes from the ANS terminology (IG terminologie-de-santé,
 * TRE_R66 / JDV_J55); a category not listed is {@link Family#OTHER} and no kind rule applies to it.
 */
public final class EsmsCategory {

    /** What the law treats alike when it chooses a CPOM's legal basis and parties. */
    public enum Family {
        /** EHPAD (500): IV ter L313-12 CASF, joint ARS (soins) and département (dépendance, hébergement). */
        EHPAD,
        /** SSIAD (354): tariffed by the ARS alone; under L313-12-2. */
        SSIAD,
        /** SAAS (ex-SPASAD, 209) and SAA (ex-SAAD, 460): home care for autonomy. */
        HOME_CARE,
        /** Other services for older people (résidence autonomie 202). */
        OLDER_PEOPLE,
        /** Disability ESMS (2°, 5° and 7° of L312-1 I): ESAT, IME, MAS, FAM, SESSAD, SAVS, SAMSAH… */
        DISABILITY,
        /** CHRS (214), 8° of L312-1 I: L313-11-2. */
        CHRS,
        /** Anything else (or unknown). */
        OTHER
    }

    public static final String EHPAD = "500";
    public static final String SSIAD = "354";
    public static final String SAAS = "209";
    public static final String SAA = "460";
    public static final String CHRS = "214";
    public static final String ESAT = "246";

    private static final Map<Family, Set<String>> CODES = Map.of(
            Family.EHPAD, Set.of(EHPAD),
            Family.SSIAD, Set.of(SSIAD),
            Family.HOME_CARE, Set.of(SAAS, SAA),
            Family.OLDER_PEOPLE, Set.of("202"),
            // ESAT, IME, MAS, FAM, foyer de vie, foyer d'hébergement, foyer polyvalent, EAM, EANM, SAVS, SAMSAH,
            // SESSAD, ITEP, CMPP, CAMSP, polyhandicap, IEM, ESRP, ESPO
            Family.DISABILITY, Set.of(ESAT, "183", "255", "437", "382", "252", "253", "448", "449", "446", "445",
                    "182", "186", "189", "190", "188", "192", "249", "198"),
            Family.CHRS, Set.of(CHRS));

    private EsmsCategory() {
    }

    /** Family of a TRE_R66 code (trimmed); {@link Family#OTHER} for null, blank or unlisted codes. */
    public static Family familyOf(String categoryCode) {
        if (categoryCode == null || categoryCode.isBlank()) {
            return Family.OTHER;
        }
        String code = categoryCode.strip();
        for (Map.Entry<Family, Set<String>> e : CODES.entrySet()) {
            if (e.getValue().contains(code)) {
                return e.getKey();
            }
        }
        return Family.OTHER;
    }

    /** The TRE_R66 codes of a family (empty for OTHER). */
    public static Set<String> codes(Family family) {
        return CODES.getOrDefault(family, Set.of());
    }
}
