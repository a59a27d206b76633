package org.cpom.core.catalogue;

import static org.cpom.core.catalogue.Fixtures.CLIENT_ID;
import static org.cpom.core.catalogue.Fixtures.CONTRACT_ID;
import static org.cpom.core.catalogue.Fixtures.FROM;
import static org.cpom.core.catalogue.Fixtures.TO;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cpom.core.contract.CommitmentCalculator;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.EsmsCategory;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.Payer;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.model.TariffAuthority;

/**
 * A valid joint ARS + département contract under IV ter of L313-12 CASF, 2025–2029: an EHPAD (ternary tariff,
 * joint tariff authority), an SSIAD that leaves on 30 June 2027 and a service autonomie à domicile (SAAS, joint
 * tariff) that joins on 1 July 2027 when the SSIAD merges into it. Its budget has lines by section and payer, and
 * its TotalAmt is the authorities' commitment. The contract-kind hostile cases perturb it.
 */
public final class KindFixtures {

    public static final int EHPAD = 103;
    public static final int SSIAD = 104;
    public static final int HOME_SERVICE = 105;
    public static final int ARS_PARTNER = 2001;
    public static final int DEPARTEMENT_PARTNER = 2002;
    public static final int STATE_PARTNER = 2003;
    public static final LocalDate SSIAD_LEFT = LocalDate.of(2027, 6, 30);
    public static final LocalDate HOME_SERVICE_JOINED = LocalDate.of(2027, 7, 1);

    public static final Map<Integer, String> LABELS = Map.of(EHPAD, "EHPAD Les Glycines", SSIAD, "SSIAD du Val",
            HOME_SERVICE, "Service autonomie à domicile du Val");

    private KindFixtures() {
    }

    /** The IV ter contract in the given status, TotalAmt = the commitment of {@link #budget()}. */
    public static Contract ivTer(DocStatus status) {
        Contract c = new Contract(CONTRACT_ID, CLIENT_ID, "CPOM-2025-017", "CPOM EHPAD et domicile du Val 2025-2029",
                "Contrat conjoint ARS et département", LegalBasis.L313_12_IV_TER, 2000, ARS_PARTNER,
                DEPARTEMENT_PARTNER, FROM, TO,
                status == DocStatus.COMPLETED || status == DocStatus.CLOSED ? LocalDate.of(2024, 12, 15) : null,
                false, BigDecimal.ZERO, 102, "Diagnostic partagé", status, 0);
        return c.withTotalAmt(CommitmentCalculator.compute(c, budget()).total());
    }

    public static List<PerimeterMember> members() {
        return List.of(
                new PerimeterMember(EHPAD, LABELS.get(EHPAD), EsmsCategory.EHPAD, TariffAuthority.JOINT, null, null),
                new PerimeterMember(SSIAD, LABELS.get(SSIAD), EsmsCategory.SSIAD, TariffAuthority.ARS, null,
                        SSIAD_LEFT),
                new PerimeterMember(HOME_SERVICE, LABELS.get(HOME_SERVICE), EsmsCategory.SAAS, TariffAuthority.JOINT,
                        HOME_SERVICE_JOINED, null));
    }

    /** The member of an establishment id. */
    public static PerimeterMember member(int establishmentId) {
        return members().stream().filter(m -> m.establishmentId() == establishmentId).findFirst().orElseThrow();
    }

    /**
     * Per year: the EHPAD's soins (assurance maladie), dépendance (APA), hébergement (residents and aide sociale)
     * and care staff charges; the SSIAD's dotation up to 2027; the home service's assurance maladie and PCH from
     * 2027.
     */
    public static List<BudgetLine> budget() {
        List<BudgetLine> lines = new ArrayList<>();
        int id = 9100;
        for (int year = 2025; year <= 2029; year++) {
            lines.add(line(++id, EHPAD, year, Payer.ASSURANCE_MALADIE, FunctionalGroup.INCOME_I,
                    BudgetSection.EHPAD_CARE, "1200000.00"));
            lines.add(line(++id, EHPAD, year, Payer.DEPARTEMENT_APA, FunctionalGroup.INCOME_I,
                    BudgetSection.EHPAD_DEPENDENCY, "300000.00"));
            lines.add(line(++id, EHPAD, year, Payer.RESIDENTS, FunctionalGroup.INCOME_I,
                    BudgetSection.EHPAD_ACCOMMODATION, "1500000.00"));
            lines.add(line(++id, EHPAD, year, Payer.DEPARTEMENT_AIDE_SOCIALE, FunctionalGroup.INCOME_I,
                    BudgetSection.EHPAD_ACCOMMODATION, "200000.00"));
            lines.add(line(++id, EHPAD, year, Payer.ASSURANCE_MALADIE, FunctionalGroup.CHARGES_II,
                    BudgetSection.EHPAD_CARE, "1000000.00"));
            if (year <= 2027) {
                lines.add(line(++id, SSIAD, year, Payer.ASSURANCE_MALADIE, FunctionalGroup.INCOME_I,
                        BudgetSection.MAIN, "500000.00"));
            }
            if (year >= 2027) {
                lines.add(line(++id, HOME_SERVICE, year, Payer.ASSURANCE_MALADIE, FunctionalGroup.INCOME_I,
                        BudgetSection.MAIN, "300000.00"));
                lines.add(line(++id, HOME_SERVICE, year, Payer.DEPARTEMENT_PCH, FunctionalGroup.INCOME_I,
                        BudgetSection.MAIN, "250000.00"));
            }
        }
        return lines;
    }

    public static BudgetLine line(int id, int establishmentId, int year, Payer payer, FunctionalGroup group,
            BudgetSection section, String amount) {
        return BudgetLine.of(id, CONTRACT_ID, establishmentId, year, payer, group, section, new BigDecimal(amount),
                null);
    }

    /** TRE_R66 category of a fixture establishment. */
    public static String categoryOf(int establishmentId) {
        return member(establishmentId).finessCategory();
    }
}
