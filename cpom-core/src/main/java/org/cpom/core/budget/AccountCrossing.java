package org.cpom.core.budget;

import java.util.List;
import java.util.Set;

import org.cpom.core.model.FunctionalGroup;

/**
 * An account-class crossing the normalised budget frames make: accounts starting with {@code prefix} may be
 * mapped to one of {@code groups} although their class (6 or 7) is the other side.
 *
 * <p>Source: the income statements of the cadres normalisés (EPRD/ERRD, decree 2016-1815; the three functional groups of
 * charges and of produits) and the M22 nomenclature (instruction budgétaire et comptable M22, guide at
 * guidem22.unccas.org), which carry the atténuations de charges (credit balances of class 6: rabais obtained
 * 609/619/629, refunds of staff costs 6419/6429 and of social charges 6459, variation des stocks 603 when
 * credit) in the produits groupe II, "autres produits relatifs à l'exploitation", and the rabais, remises et
 * ristournes granted (709, debit balances of class 7) in the charges groupe I. Medium confidence: the frames
 * were not read account by account in the stored sources; a client can still override a mapping only within
 * this list.
 */
public record AccountCrossing(String prefix, Set<FunctionalGroup> groups, String description) {

    /** The allowed crossings, most specific first. */
    public static List<AccountCrossing> allowed() {
        return List.of(
                new AccountCrossing("603", Set.of(FunctionalGroup.INCOME_II),
                        "Variation des stocks (solde créditeur) : atténuation de charges"),
                new AccountCrossing("609", Set.of(FunctionalGroup.INCOME_II),
                        "Rabais, remises et ristournes obtenus sur achats : atténuation de charges"),
                new AccountCrossing("619", Set.of(FunctionalGroup.INCOME_II),
                        "Rabais, remises et ristournes obtenus sur services extérieurs : atténuation de charges"),
                new AccountCrossing("629", Set.of(FunctionalGroup.INCOME_II),
                        "Rabais, remises et ristournes obtenus sur autres services extérieurs : atténuation de charges"),
                new AccountCrossing("6419", Set.of(FunctionalGroup.INCOME_II),
                        "Remboursements sur rémunérations du personnel non médical : atténuation de charges"),
                new AccountCrossing("6429", Set.of(FunctionalGroup.INCOME_II),
                        "Remboursements sur rémunérations du personnel médical : atténuation de charges"),
                new AccountCrossing("6459", Set.of(FunctionalGroup.INCOME_II),
                        "Remboursements sur charges de sécurité sociale et de prévoyance : atténuation de charges"),
                new AccountCrossing("709", Set.of(FunctionalGroup.CHARGES_I),
                        "Rabais, remises et ristournes accordés : portés en charges"));
    }

    /** True when an account prefix of the other class may map to {@code group} through this crossing. */
    public boolean allows(String accountPrefix, FunctionalGroup group) {
        return accountPrefix != null && accountPrefix.startsWith(prefix) && groups.contains(group);
    }

    /** The crossing allowing this mapping, or null. */
    public static AccountCrossing find(String accountPrefix, FunctionalGroup group) {
        for (AccountCrossing c : allowed()) {
            if (c.allows(accountPrefix, group)) {
                return c;
            }
        }
        return null;
    }
}
