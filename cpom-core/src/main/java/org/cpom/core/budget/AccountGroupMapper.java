package org.cpom.core.budget;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.AccountGroupMapping;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.rule.ValidationResult;

/**
 * Maps an account (C_ElementValue.Value) to an EPRD/ERRD functional group: the mapping whose AccountPrefix is the
 * longest prefix of the account wins (so "6111" can differ from "611" and "61"). Immutable once built.
 *
 * <p>Default mapping ({@link #defaultMappings()}) for the chart of accounts of private ESSMS (plan comptable des
 * établissements et services sociaux et médico-sociaux privés, arrêté of 11 December 2014; the functional-group
 * frames of the EPRD/ERRD, "M22" nomenclature for public ESSMS). Group names as in the CNSA ERRD frames
 * (Helios InfoBulle ContenuCompteDeRésultat, github.com/DNUM-SocialGouv/helios):
 * <ul>
 * <li>C1 charges afférentes à l'exploitation courante: 60 (purchases, incl. 6066 medical supplies),
 * 611 (sous-traitance générale: 6111 medical, 6112 medico-social services), 6242 (transport of users),
 * 6281/6282/6283 (outsourced laundry, food, cleaning);</li>
 * <li>C2 charges afférentes au personnel: 621 (external staff), 631 and 633 (taxes on pay), 64 (staff costs);</li>
 * <li>C3 charges afférentes à la structure: 61 except 611, 62 except the above, 63 other taxes (635, 637),
 * 65, 66, 67, 68 (incl. 6556 head-office costs, depreciation and provisions);</li>
 * <li>P1 produits de la tarification: 73;</li>
 * <li>P2 autres produits relatifs à l'exploitation: 70, 71, 72, 74, 75;</li>
 * <li>P3 produits financiers, exceptionnels et non encaissables: 76, 77, 78, 79.</li>
 * </ul>
 * The legal source of the account lists is the interministerial arrêté of 8 August 2002 on the composition of the
 * functional groups (I of L315-15 CASF), published with instruction n° 02-074-M22 of 12 September 2002. We could
 * not read its account tables in the stored sources, so the account-level split of sub-accounts (6242, 628x) is
 * the usual cadre budgétaire practice, not verified line by line: it is a default that each client overrides in
 * CPOM_AccountGroup, which is why the mapping is data, not code. A client mapping must keep class 6 in charges
 * and class 7 in produits, except the crossings the frames make ({@link AccountCrossing#allowed()}).
 */
public final class AccountGroupMapper {

    private static final Pattern PREFIX = Pattern.compile("[0-9]{1,20}");

    private static final List<AccountGroupMapping> DEFAULTS = List.of(
            m("60", FunctionalGroup.CHARGES_I, "Achats"),
            m("611", FunctionalGroup.CHARGES_I, "Sous-traitance générale (prestations médicales, médico-sociales)"),
            m("6242", FunctionalGroup.CHARGES_I, "Transports d'usagers"),
            m("6281", FunctionalGroup.CHARGES_I, "Blanchissage à l'extérieur"),
            m("6282", FunctionalGroup.CHARGES_I, "Alimentation à l'extérieur"),
            m("6283", FunctionalGroup.CHARGES_I, "Nettoyage à l'extérieur"),
            m("621", FunctionalGroup.CHARGES_II, "Personnel extérieur à l'établissement"),
            m("631", FunctionalGroup.CHARGES_II, "Impôts, taxes et versements assimilés sur rémunérations (administration des impôts)"),
            m("633", FunctionalGroup.CHARGES_II, "Impôts, taxes et versements assimilés sur rémunérations (autres organismes)"),
            m("64", FunctionalGroup.CHARGES_II, "Charges de personnel"),
            m("61", FunctionalGroup.CHARGES_III, "Services extérieurs (hors sous-traitance générale)"),
            m("62", FunctionalGroup.CHARGES_III, "Autres services extérieurs"),
            m("63", FunctionalGroup.CHARGES_III, "Autres impôts et taxes"),
            m("635", FunctionalGroup.CHARGES_III, "Autres impôts, taxes (administration des impôts)"),
            m("637", FunctionalGroup.CHARGES_III, "Autres impôts, taxes (autres organismes)"),
            m("65", FunctionalGroup.CHARGES_III, "Autres charges de gestion courante (dont 6556 frais de siège)"),
            m("66", FunctionalGroup.CHARGES_III, "Charges financières"),
            m("67", FunctionalGroup.CHARGES_III, "Charges exceptionnelles"),
            m("68", FunctionalGroup.CHARGES_III, "Dotations aux amortissements, dépréciations et provisions"),
            m("73", FunctionalGroup.INCOME_I, "Produits de la tarification"),
            m("70", FunctionalGroup.INCOME_II, "Ventes de produits, prestations de services"),
            m("71", FunctionalGroup.INCOME_II, "Production stockée"),
            m("72", FunctionalGroup.INCOME_II, "Production immobilisée"),
            m("74", FunctionalGroup.INCOME_II, "Subventions d'exploitation"),
            m("75", FunctionalGroup.INCOME_II, "Autres produits de gestion courante"),
            m("76", FunctionalGroup.INCOME_III, "Produits financiers"),
            m("77", FunctionalGroup.INCOME_III, "Produits exceptionnels"),
            m("78", FunctionalGroup.INCOME_III, "Reprises sur amortissements, dépréciations et provisions"),
            m("79", FunctionalGroup.INCOME_III, "Transferts de charges"));

    private final Map<String, FunctionalGroup> byPrefix;
    private final int longestPrefix;

    public AccountGroupMapper(Collection<AccountGroupMapping> mappings) {
        Map<String, FunctionalGroup> map = new HashMap<>();
        int longest = 0;
        for (AccountGroupMapping mapping : mappings) {
            map.put(mapping.accountPrefix(), mapping.functionalGroup());
            longest = Math.max(longest, mapping.accountPrefix().length());
        }
        this.byPrefix = Map.copyOf(map);
        this.longestPrefix = longest;
    }

    private static AccountGroupMapping m(String prefix, FunctionalGroup group, String description) {
        return new AccountGroupMapping(prefix, group, description);
    }

    /** The default ESSMS mapping (see class comment), e.g. to seed CPOM_AccountGroup of a new client. */
    public static List<AccountGroupMapping> defaultMappings() {
        return DEFAULTS;
    }

    public static AccountGroupMapper defaultMapper() {
        return new AccountGroupMapper(DEFAULTS);
    }

    /** Group of an account by longest matching prefix; empty for accounts outside the mapping (classes 1–5...). */
    public Optional<FunctionalGroup> groupOf(String accountValue) {
        if (accountValue == null) {
            return Optional.empty();
        }
        String account = accountValue.trim();
        for (int len = Math.min(longestPrefix, account.length()); len > 0; len--) {
            FunctionalGroup g = byPrefix.get(account.substring(0, len));
            if (g != null) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /**
     * Validates a client's mapping table: digits only, 1–20 characters, no prefix twice, charge groups on class 6
     * and income groups on class 7.
     */
    public static ValidationResult validate(Collection<AccountGroupMapping> mappings) {
        ValidationResult.Builder b = ValidationResult.builder();
        Set<String> seen = new HashSet<>();
        for (AccountGroupMapping mapping : mappings) {
            b.add(validate(mapping));
            String p = mapping.accountPrefix();
            if (p != null && !seen.add(p)) {
                b.add(MessageKeys.ACCOUNT_PREFIX_DUPLICATE, "AccountPrefix", p);
            }
        }
        return b.build();
    }

    /** Rules of one CPOM_AccountGroup record. */
    public static ValidationResult validate(AccountGroupMapping mapping) {
        ValidationResult.Builder b = ValidationResult.builder();
        String p = mapping.accountPrefix();
        b.add(org.cpom.core.text.TextRules.checkLength("CPOM_AccountGroup", "Description", mapping.description(),
                p == null ? "" : p));
        if (p == null || !PREFIX.matcher(p).matches()) {
            b.add(MessageKeys.ACCOUNT_PREFIX_INVALID, "AccountPrefix",
                    org.cpom.core.text.TextRules.shorten(p == null ? "" : p));
            return b.build();
        }
        if (mapping.functionalGroup() == null) {
            b.add(org.cpom.core.text.TextRules.mandatory("CPOM_AccountGroup", "FunctionalGroup", p));
            return b.build();
        }
        char accountClass = p.charAt(0);
        boolean fits = mapping.functionalGroup().isCharge() ? accountClass == '6' : accountClass == '7';
        // the budget frames cross some accounts (atténuations de charges in produits, rabais granted in charges)
        if (!fits && AccountCrossing.find(p, mapping.functionalGroup()) == null) {
            b.add(MessageKeys.ACCOUNT_GROUP_CLASS_MISMATCH, "FunctionalGroup", p, String.valueOf(accountClass),
                    mapping.functionalGroup(), crossingsSummary());
        }
        return b.build();
    }

    /** Message argument listing the allowed crossings, by account prefix and group label. */
    static org.cpom.core.i18n.Localizable crossingsSummary() {
        return language -> {
            // "603, 609, … → Produits groupe II (…); 709 → Charges groupe I (…)"
            Map<FunctionalGroup, List<String>> byGroup = new java.util.EnumMap<>(FunctionalGroup.class);
            for (AccountCrossing c : AccountCrossing.allowed()) {
                c.groups().forEach(g -> byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(c.prefix()));
            }
            java.util.StringJoiner j = new java.util.StringJoiner(language == org.cpom.core.i18n.Language.FR ? " ; "
                    : "; ");
            byGroup.forEach((g, prefixes) -> j.add(String.join(", ", prefixes) + " → "
                    + org.cpom.core.i18n.Messages.formatArg(language, g)));
            return j.toString();
        };
    }

    /** Prefixes of the defaults, for tests and documentation. */
    static List<String> defaultPrefixes() {
        List<String> list = new ArrayList<>();
        DEFAULTS.forEach(d -> list.add(d.accountPrefix()));
        return list;
    }
}
