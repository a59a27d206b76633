package org.cpom.core.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpom.core.finess.Finess;
import org.cpom.core.model.ActionSheet;
import org.cpom.core.model.ActionStatus;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.Establishment;
import org.cpom.core.model.Funder;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.Priority;
import org.cpom.core.model.TariffAuthority;

/**
 * A small valid world the hostile catalogue perturbs: client 11, contract 1000 (2025-01-01 to 2029-12-31,
 * L313-12-2, ARS partner 2001) with establishments 101 and 102 (ESAT in Rhône, 69) and axis 501.
 * Every value here passes every rule; each hostile case breaks exactly one thing.
 */
public final class Fixtures {

    public static final int CLIENT_ID = 11;
    public static final int CONTRACT_ID = 1000;
    public static final int ESTABLISHMENT_1 = 101;
    public static final int ESTABLISHMENT_2 = 102;
    public static final int AXIS_ID = 501;
    public static final int PILOT_USER_ID = 3001;
    public static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    public static final LocalDate TO = LocalDate.of(2029, 12, 31);

    /** Valid FINESS numbers (key computed by the rule under test's own algorithm, prefix 69 = Rhône). */
    public static final String FINESS_EG_1 = withKey("69000101");
    public static final String FINESS_EG_2 = withKey("69000102");
    public static final String FINESS_EJ = withKey("69000900");

    public static final Set<Integer> PERIMETER = Set.of(ESTABLISHMENT_1, ESTABLISHMENT_2);
    public static final Map<Integer, String> LABELS = Map.of(ESTABLISHMENT_1, "ESAT Les Tilleuls",
            ESTABLISHMENT_2, "ESAT Le Moulin");

    private Fixtures() {
    }

    public static String withKey(String first8) {
        return first8 + Finess.computeKey(first8);
    }

    public static Establishment establishment() {
        return new Establishment(ESTABLISHMENT_1, CLIENT_ID, 51, FINESS_EG_1, FINESS_EJ, "ESAT Les Tilleuls",
                "Établissement et service d’aide par le travail", 0, new BigDecimal("80"), new BigDecimal("75"), 251,
                "Adultes en situation de handicap", "69", TariffAuthority.ARS, 0, LocalDate.of(2010, 3, 1),
                LocalDate.of(2040, 2, 28));
    }

    /** A contract in the given status, total = sum of {@link #budget()}. */
    public static Contract contract(DocStatus status) {
        return new Contract(CONTRACT_ID, CLIENT_ID, "CPOM-2025-001", "CPOM MESSIDOR 2025-2029",
                "Contrat pluriannuel", LegalBasis.L313_12_2, 2000, 2001, 0, FROM, TO,
                status == DocStatus.COMPLETED || status == DocStatus.CLOSED ? LocalDate.of(2024, 12, 15) : null,
                false, sumOfBudget(), 102, "Diagnostic partagé", status);
    }

    public static Contract draft() {
        return contract(DocStatus.DRAFTED);
    }

    public static Contract signed() {
        return contract(DocStatus.COMPLETED);
    }

    /** One line per establishment × year (2 × 5 = 10 lines of 100,000.00 each). */
    public static List<BudgetLine> budget() {
        List<BudgetLine> lines = new ArrayList<>();
        int id = 9000;
        for (int est : new int[] {ESTABLISHMENT_1, ESTABLISHMENT_2}) {
            for (int year = 2025; year <= 2029; year++) {
                // the BPAS dotation of an ESAT, paid by assurance maladie (ARS) since 2017
                lines.add(new BudgetLine(++id, CONTRACT_ID, est, year, Funder.ARS, FunctionalGroup.INCOME_I,
                        BudgetSection.ESAT_SOCIAL, new BigDecimal("100000.00"), null));
            }
        }
        return lines;
    }

    static BigDecimal sumOfBudget() {
        return new BigDecimal("1000000.00");
    }

    public static BudgetLine budgetLine() {
        return new BudgetLine(0, CONTRACT_ID, ESTABLISHMENT_1, 2026, Funder.ARS, FunctionalGroup.CHARGES_II,
                BudgetSection.MAIN, new BigDecimal("1234.56"), "Personnel");
    }

    public static ActionSheet actionSheet() {
        return new ActionSheet(601, CONTRACT_ID, AXIS_ID, "FA-01", "Développer l’inclusion en milieu ordinaire",
                "Augmenter les mises à disposition", "Prospection des entreprises", PILOT_USER_ID, "Cap emploi",
                LocalDate.of(2025, 3, 1), LocalDate.of(2027, 6, 30), ActionStatus.IN_PROGRESS, null,
                new BigDecimal("40"), new BigDecimal("15000"), Priority.HIGH);
    }
}
