package org.cpom.core.finance;

import java.util.List;

/**
 * Every account root the financial analysis uses, in one place, so the reports, the SQL and the documentation
 * (docs/financial-analysis.md) can be checked against it. The plan comptable is the one of private ESSMS
 * (arrêté of 11 December 2014) and of the M22 instruction for public ESSMS; both share these roots.
 *
 * <p>Balance-sheet split (bilan financier of the EPRD/ERRD frames, "FDR" sheet): every account of classes 1 and 2
 * and the depreciation accounts 39, 49 and 59 fall in exactly one of {@link #FRI_RESOURCES}, {@link #FRI_USES}
 * and {@link #FRE_RESOURCES} (a test checks the partition), so FRNG = FRI + FRE is the CNSA's "fonds de roulement
 * net global" (Helios ContenuFondDeRoulementNetGlobal: credit balances of classes 1, 2, 39, 49, 59 minus debit
 * balances of classes 1 and 2). Which class-1 accounts finance investment (FRI) and which finance operations
 * (FRE) follows the M22 bilan financier as we read it; where it is our inference the documentation says so.
 */
public final class AccountRoots {

    private AccountRoots() {
    }

    // --- compte de résultat -------------------------------------------------------------------------------

    /** Classes of the compte de résultat. */
    public static final RootSet CHARGES = RootSet.of("charges", "6");
    public static final RootSet INCOME = RootSet.of("produits", "7");

    /** Non-cash charges added back to the résultat in the CAF: 68 dotations, 675 valeur comptable des actifs cédés. */
    public static final RootSet CAF_ADD_BACK = RootSet.of("caf+", "68", "675");
    /**
     * Non-cash or non-operating income taken out of the résultat in the CAF: 78 reprises, 775 produits des
     * cessions, 777 quote-part des subventions d'investissement virée au résultat, 778 autres produits
     * exceptionnels (the CNSA ERRD annexe 8 "Ratios financiers" formula, as Helios publishes it).
     */
    public static final RootSet CAF_TAKE_OUT = RootSet.of("caf-", "78", "775", "777", "778");
    /** Denominator of the taux de CAF: class 7 except 775, 777, 7781 and 78 (709 and 713 count with their sign). */
    public static final RootSet CAF_RATE_INCOME = RootSet.of("produits CAF", List.of("7"),
            List.of("775", "777", "7781", "78"));
    /** Charges courantes (décaissables) for the "in days" figures: class 6 except 68 and 675. */
    public static final RootSet CASH_CHARGES = RootSet.of("charges décaissables", List.of("6"), List.of("68", "675"));

    // --- immobilisations and vétusté -----------------------------------------------------------------------

    /** 213 constructions, 214 constructions sur sol d'autrui (gross value). */
    public static final RootSet BUILDINGS = RootSet.of("constructions", List.of("213", "214"), List.of());
    /** 2813, 2814: amortissements of the constructions. */
    public static final RootSet BUILDINGS_DEPRECIATION = RootSet.of("amortissements constructions", "2813", "2814");
    /** 215 installations techniques, matériel et outillage; 218 autres immobilisations corporelles. */
    public static final RootSet EQUIPMENT = RootSet.of("équipements", "215", "218");
    /** 2815, 2818: amortissements of the équipements. */
    public static final RootSet EQUIPMENT_DEPRECIATION = RootSet.of("amortissements équipements", "2815", "2818");

    // --- debt ----------------------------------------------------------------------------------------------

    /**
     * Emprunts: 16 except 165 (dépôts et cautionnements reçus), 1688 (intérêts courus) and 169 (primes de
     * remboursement). Its credit balance is the outstanding debt; its debit flow of the year is the capital repaid.
     */
    public static final RootSet LOANS = RootSet.of("emprunts", List.of("16"), List.of("165", "1688", "169"));

    // --- bilan financier -----------------------------------------------------------------------------------

    /**
     * Financements stables of the FRI (credit balances): 10 apports, dotations and réserves except the reserves
     * that finance operations (10685 réserve de trésorerie, 10686 réserve de compensation des déficits), 13
     * subventions d'investissement, 14 provisions réglementées, 16 emprunts except 165 and 1688, 17, 28
     * amortissements, 29 dépréciations des immobilisations.
     */
    public static final RootSet FRI_RESOURCES = RootSet.of("financements stables",
            List.of("10", "13", "14", "16", "17", "28", "29"), List.of("10685", "10686", "165", "1688"));
    /** Immobilisations of the FRI (gross, debit balances): class 2 except 28 and 29. */
    public static final RootSet FRI_USES = RootSet.of("immobilisations", List.of("2"), List.of("28", "29"));
    /** Financements stables excluding the accumulated amortissements and dépréciations (28, 29). */
    public static final RootSet STABLE_FUNDING_EX_DEPRECIATION = RootSet.of("financements stables hors amortissements",
            List.of("10", "13", "14", "16", "17"), List.of("10685", "10686", "165", "1688"));
    /**
     * Financements d'exploitation of the FRE (credit balances): 10685, 10686, 11 report à nouveau, 12 résultat, 15
     * provisions pour risques et charges, 165 dépôts reçus, 1688 intérêts courus, 18 comptes de liaison, 19 fonds
     * dédiés, and the dépréciations of current assets 39, 49, 59. The résultat of the years not yet closed into
     * 12 (the cumulative balance of classes 6 and 7) is added by {@link FinancialAnalysis}.
     */
    public static final RootSet FRE_RESOURCES = RootSet.of("financements d'exploitation",
            List.of("10685", "10686", "11", "12", "15", "165", "1688", "18", "19", "39", "49", "59"), List.of());
    /** BFR (debit balances): classes 3 and 4 except their dépréciations 39 and 49. */
    public static final RootSet WORKING_CAPITAL_NEED = RootSet.of("BFR", List.of("3", "4"), List.of("39", "49"));
    /** Trésorerie (debit balances): class 5 except 59; 519 concours bancaires courants count with their sign. */
    public static final RootSet CASH = RootSet.of("trésorerie", List.of("5"), List.of("59"));

    /** Every set, for documentation and tests. */
    public static List<RootSet> all() {
        return List.of(CHARGES, INCOME, CAF_ADD_BACK, CAF_TAKE_OUT, CAF_RATE_INCOME, CASH_CHARGES, BUILDINGS,
                BUILDINGS_DEPRECIATION, EQUIPMENT, EQUIPMENT_DEPRECIATION, LOANS, FRI_RESOURCES, FRI_USES,
                STABLE_FUNDING_EX_DEPRECIATION, FRE_RESOURCES, WORKING_CAPITAL_NEED, CASH);
    }

    /** Days in a year for the "in days of charges courantes" figures. */
    public static final int DAYS_PER_YEAR = 365;
}
