package org.cpom.core.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cpom.core.budget.BudgetRules;
import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.catalogue.KindFixtures;
import org.cpom.core.contract.Commitment;
import org.cpom.core.contract.CommitmentCalculator;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Authority;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.Funder;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.Payer;
import org.cpom.core.rule.ValidationResult;
import org.junit.jupiter.api.Test;

/** The contract's commitment: what each signatory authority funds, not all of produits groupe I. */
class CommitmentTest {

    /** French number formatting groups digits with a narrow no-break space. */
    static String spaces(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void commitmentIsPerAuthorityAndLeavesResidentsOut() {
        Contract c = KindFixtures.ivTer(DocStatus.IN_PROGRESS);
        Commitment commitment = CommitmentCalculator.compute(c, KindFixtures.budget());
        // ARS: EHPAD soins 1.2 M × 5, SSIAD 0.5 M × 3 (2025–2027), home service 0.3 M × 3 (2027–2029)
        assertThat(commitment.of(Authority.ARS)).isEqualByComparingTo("8400000.00");
        // département: APA 0.3 M and aide sociale 0.2 M × 5, PCH 0.25 M × 3
        assertThat(commitment.of(Authority.DEPARTEMENT)).isEqualByComparingTo("3250000.00");
        assertThat(commitment.of(Authority.STATE)).isEqualByComparingTo("0");
        assertThat(commitment.total()).isEqualByComparingTo("11650000.00");
        assertThat(commitment.notCommitted()).as("residents' hébergement").isEqualByComparingTo("7500000.00");
        assertThat(commitment.notParties()).isEmpty();
        // the old rule (all produits groupe I) overstated it by 64 %
        assertThat(ContractRules.sumFundedAmounts(KindFixtures.budget())).isEqualByComparingTo("19150000.00");
        assertThat(spaces(commitment.render(Language.FR)))
                .isEqualTo("ARS 8 400 000,00 ; Département (président du conseil départemental) 3 250 000,00");
        assertThat(ContractRules.checkCommitment(c, KindFixtures.budget()).isValid()).isTrue();
    }

    @Test
    void chargesFinancialIncomeAndUncommittedPayersDoNotCount() {
        Contract c = KindFixtures.ivTer(DocStatus.IN_PROGRESS);
        List<BudgetLine> lines = List.of(
                KindFixtures.line(1, KindFixtures.EHPAD, 2025, Payer.ASSURANCE_MALADIE, FunctionalGroup.CHARGES_II,
                        BudgetSection.EHPAD_CARE, "100.00"),
                KindFixtures.line(2, KindFixtures.EHPAD, 2025, Payer.ASSURANCE_MALADIE, FunctionalGroup.INCOME_III,
                        BudgetSection.EHPAD_CARE, "10.00"),
                KindFixtures.line(3, KindFixtures.EHPAD, 2025, Payer.OWN_FUNDS, FunctionalGroup.INCOME_II,
                        BudgetSection.EHPAD_ACCOMMODATION, "20.00"),
                KindFixtures.line(4, KindFixtures.EHPAD, 2025, Payer.DEPARTEMENT, FunctionalGroup.INCOME_II,
                        BudgetSection.EHPAD_DEPENDENCY, "30.00"),
                new BudgetLine(5, c.id(), KindFixtures.EHPAD, 2025, null, FunctionalGroup.INCOME_I, null,
                        eur("999.00"), null));
        Commitment commitment = CommitmentCalculator.compute(c, lines);
        assertThat(commitment.total()).isEqualByComparingTo("30.00");
        assertThat(commitment.notCommitted()).isEqualByComparingTo("20.00");
    }

    @Test
    void theDepartementFundsDependanceAndHebergementOfOneEhpadInOneYear() {
        Contract c = KindFixtures.ivTer(DocStatus.DRAFTED);
        BudgetLine apa = KindFixtures.line(0, KindFixtures.EHPAD, 2026, Payer.DEPARTEMENT_APA,
                FunctionalGroup.INCOME_I, BudgetSection.EHPAD_DEPENDENCY, "300000.00");
        BudgetLine aideSociale = KindFixtures.line(0, KindFixtures.EHPAD, 2026, Payer.DEPARTEMENT_AIDE_SOCIALE,
                FunctionalGroup.INCOME_I, BudgetSection.EHPAD_ACCOMMODATION, "200000.00");
        BudgetLine residents = KindFixtures.line(0, KindFixtures.EHPAD, 2026, Payer.RESIDENTS,
                FunctionalGroup.INCOME_I, BudgetSection.EHPAD_ACCOMMODATION, "1500000.00");
        assertThat(apa.funder()).isEqualTo(aideSociale.funder()).isEqualTo(Funder.DEPARTEMENT);
        ValidationResult batch = BudgetRules.validateBatch(c, Set.of(KindFixtures.EHPAD), KindFixtures.LABELS,
                List.of(apa, aideSociale, residents), List.of());
        assertThat(batch.isValid()).as(batch.toString()).isTrue();
        // even in one section, two département payers are two lines
        BudgetLine otherDep = KindFixtures.line(0, KindFixtures.EHPAD, 2026, Payer.DEPARTEMENT,
                FunctionalGroup.INCOME_I, BudgetSection.EHPAD_ACCOMMODATION, "1.00");
        assertThat(BudgetRules.validateBatch(c, Set.of(KindFixtures.EHPAD), KindFixtures.LABELS,
                List.of(aideSociale, otherDep), List.of()).isValid()).isTrue();
        assertThat(apa.key()).isNotEqualTo(aideSociale.key());
        assertThat(aideSociale.key().funder()).isEqualTo(Funder.DEPARTEMENT);
    }

    @Test
    void signatureChecksTotalAgainstTheCommitmentAndNamesEachAuthority() {
        Contract c = KindFixtures.ivTer(DocStatus.IN_PROGRESS).withTotalAmt(eur("19150000.00"));
        ValidationResult r = ContractRules.checkCommitment(c, KindFixtures.budget());
        assertThat(r.keys()).containsExactly(MessageKeys.CONTRACT_COMMITMENT_MISMATCH);
        assertThat(r.render(Language.EN)).startsWith("Contract CPOM-2025-017: the field Total amount (19,150,000.00) "
                + "differs from the commitment of its authorities (11,650,000.00: ARS 8,400,000.00; Département "
                + "(président du conseil départemental) 3,250,000.00); difference 7,500,000.00.");
    }

    @Test
    void anAuthorityFundingWithoutBeingAPartyIsAWarning() {
        // legacy ESAT data: BPAS dotation entered as State money in an ARS-only contract
        Contract c = Fixtures.contract(DocStatus.IN_PROGRESS);
        List<BudgetLine> lines = new ArrayList<>();
        Fixtures.budget().forEach(l -> lines.add(new BudgetLine(l.id(), l.contractId(), l.establishmentId(),
                l.fiscalYear(), Funder.STATE, l.functionalGroup(), l.budgetSection(), l.amount(), null)));
        assertThat(lines.get(0).payer()).as("legacy STA reads as the State").isEqualTo(Payer.STATE);
        ValidationResult r = ContractRules.checkCommitment(c, lines);
        assertThat(r.isValid()).isTrue();
        assertThat(r.warningKeys()).containsExactly(MessageKeys.CONTRACT_FUNDER_NOT_PARTY);
        assertThat(spaces(r.renderWarnings(Language.FR))).isEqualTo("Contrat CPOM-2025-001 : État (préfet) finance "
                + "1 000 000,00 de ses lignes budgétaires sans être partie au contrat.");
        Contract withState = c.withParties(c.arsBPartnerId(), 0, 2003);
        assertThat(ContractRules.checkCommitment(withState, lines).hasWarnings()).isFalse();
    }

    @Test
    void aChrsContractCommitsTheStatesDotationAndSubsidies() {
        Contract chrs = KindFixtures.ivTer(DocStatus.IN_PROGRESS).withLegalBasis(LegalBasis.L313_11_2)
                .withParties(0, 0, KindFixtures.STATE_PARTNER);
        List<BudgetLine> lines = List.of(
                KindFixtures.line(1, 106, 2025, Payer.STATE, FunctionalGroup.INCOME_I, BudgetSection.MAIN,
                        "900000.00"),
                KindFixtures.line(2, 106, 2025, Payer.STATE, FunctionalGroup.INCOME_II, BudgetSection.ANNEX,
                        "80000.00"),
                KindFixtures.line(3, 106, 2025, Payer.RESIDENTS, FunctionalGroup.INCOME_I, BudgetSection.MAIN,
                        "40000.00"));
        Commitment commitment = CommitmentCalculator.compute(chrs, lines);
        assertThat(commitment.of(Authority.STATE)).isEqualByComparingTo("980000.00");
        assertThat(commitment.total()).isEqualByComparingTo("980000.00");
        assertThat(commitment.notParties()).isEmpty();
    }
}
