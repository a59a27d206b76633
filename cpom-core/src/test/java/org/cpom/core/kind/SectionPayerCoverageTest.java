package org.cpom.core.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.budget.AccountCrossing;
import org.cpom.core.budget.AccountGroupMapper;
import org.cpom.core.budget.BudgetRules;
import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.catalogue.KindFixtures;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.contract.SignatureContext;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.AccountGroupMapping;
import org.cpom.core.model.Authority;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.EsmsCategory;
import org.cpom.core.model.Funder;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.Payer;
import org.cpom.core.rule.ValidationResult;
import org.junit.jupiter.api.Test;

/** Tariff sections and payers, budget coverage by membership years, and the account crossings of the frames. */
class SectionPayerCoverageTest {

    @Test
    void payersMapOntoTheLegacyFundersAndBack() {
        for (Funder f : Funder.values()) {
            assertThat(f.defaultPayer().funder()).as(f.name()).isEqualTo(f);
        }
        assertThat(Payer.ASSURANCE_MALADIE.authority()).isEqualTo(Authority.ARS);
        assertThat(Payer.DEPARTEMENT_APA.authority()).isEqualTo(Authority.DEPARTEMENT);
        assertThat(Payer.STATE.authority()).isEqualTo(Authority.STATE);
        assertThat(Payer.STATE_AIDE_AU_POSTE.isCommitted()).isFalse();
        assertThat(Payer.RESIDENTS.isCommitted()).isFalse();
        assertThat(Payer.RESIDENTS.funder()).isEqualTo(Funder.OTHER);
        BudgetLine legacy = new BudgetLine(1, 1, 1, 2025, Funder.OWN, FunctionalGroup.INCOME_II, BudgetSection.MAIN,
                BigDecimal.ONE, null);
        assertThat(legacy.payer()).isEqualTo(Payer.OWN_FUNDS);
        BudgetLine byPayer = BudgetLine.of(1, 1, 1, 2025, Payer.DEPARTEMENT_PCH, FunctionalGroup.INCOME_I,
                BudgetSection.MAIN, BigDecimal.ONE, null);
        assertThat(byPayer.funder()).isEqualTo(Funder.DEPARTEMENT);
        assertThat(Payer.fromCode("AAP")).isEqualTo(Payer.STATE_AIDE_AU_POSTE);
        assertThat(BudgetSection.fromCode("HEBE")).isEqualTo(BudgetSection.EHPAD_ACCOMMODATION);
    }

    @Test
    void labelsSayWhoPaysTheEsatSince2017() {
        assertThat(Payer.ASSURANCE_MALADIE.code()).isEqualTo("AM");
        String fr = org.cpom.core.i18n.Messages.label(Language.FR, Payer.ASSURANCE_MALADIE);
        assertThat(fr).contains("dotation BPAS des ESAT depuis 2017");
        assertThat(org.cpom.core.i18n.Messages.label(Language.FR, Payer.STATE_AIDE_AU_POSTE))
                .contains("aide au poste").contains("depuis 2017");
        assertThat(org.cpom.core.i18n.Messages.label(Language.EN, Payer.STATE_AIDE_AU_POSTE))
                .contains("aide au poste").contains("since 2017");
    }

    @Test
    void sectionsAndPayersFollowTheTernaryTariffAndTheEsatBudgets() {
        Contract c = KindFixtures.ivTer(DocStatus.DRAFTED);
        BudgetLine stateBpas = new BudgetLine(0, c.id(), Fixtures.ESTABLISHMENT_1, 2026, Funder.STATE,
                FunctionalGroup.INCOME_I, BudgetSection.ESAT_SOCIAL, new BigDecimal("1000.00"), null);
        ValidationResult r = BudgetRules.checkSectionAndPayer(stateBpas, c, EsmsCategory.ESAT, "ESAT Les Tilleuls");
        assertThat(r.isValid()).isTrue();
        assertThat(r.warningKeys()).containsExactly(MessageKeys.BUDGET_BPAS_STATE_SINCE_2017);
        BudgetLine aap = BudgetLine.of(0, c.id(), Fixtures.ESTABLISHMENT_1, 2026, Payer.STATE_AIDE_AU_POSTE,
                FunctionalGroup.INCOME_I, BudgetSection.ESAT_COMMERCIAL, new BigDecimal("1000.00"), null);
        ValidationResult ok = BudgetRules.checkSectionAndPayer(aap, c, EsmsCategory.ESAT, "ESAT Les Tilleuls");
        assertThat(ok.isValid()).isTrue();
        assertThat(ok.hasWarnings()).isFalse();
        BudgetLine aapBpas = BudgetLine.of(0, c.id(), Fixtures.ESTABLISHMENT_1, 2026, Payer.STATE_AIDE_AU_POSTE,
                FunctionalGroup.INCOME_I, BudgetSection.ESAT_SOCIAL, new BigDecimal("1000.00"), null);
        assertThat(BudgetRules.checkSectionAndPayer(aapBpas, c, EsmsCategory.ESAT, "ESAT").warningKeys())
                .containsExactly(MessageKeys.BUDGET_AIDE_AU_POSTE_SECTION);
        BudgetLine residentsDependance = KindFixtures.line(0, KindFixtures.EHPAD, 2026, Payer.RESIDENTS,
                FunctionalGroup.INCOME_I, BudgetSection.EHPAD_DEPENDENCY, "100.00");
        assertThat(BudgetRules.checkSectionAndPayer(residentsDependance, c, EsmsCategory.EHPAD, "EHPAD").isValid())
                .as("ticket modérateur dépendance paid by residents").isTrue();
        BudgetLine apaSoins = KindFixtures.line(0, KindFixtures.EHPAD, 2026, Payer.DEPARTEMENT_APA,
                FunctionalGroup.INCOME_I, BudgetSection.EHPAD_CARE, "100.00");
        ValidationResult bad = BudgetRules.checkSectionAndPayer(apaSoins, c, EsmsCategory.EHPAD, "EHPAD Les Glycines");
        assertThat(bad.render(Language.EN)).startsWith("Budget line of contract CPOM-2025-017 (establishment EHPAD Les "
                + "Glycines, 2026): Département: APA does not pay the section Care (EHPAD soins)");
        BudgetLine mismatch = new BudgetLine(0, c.id(), KindFixtures.EHPAD, 2026, Funder.ARS, FunctionalGroup.INCOME_I,
                BudgetSection.EHPAD_DEPENDENCY, BigDecimal.TEN, null, Payer.DEPARTEMENT_APA);
        assertThat(BudgetRules.validate(mismatch, c, java.util.Set.of(KindFixtures.EHPAD), KindFixtures.LABELS)
                .keys()).containsExactly(MessageKeys.BUDGET_PAYER_FUNDER_MISMATCH);
    }

    @Test
    void budgetLinesAreRequiredOnlyForTheYearsEachEstablishmentIsInThePerimeter() {
        Contract ip = KindFixtures.ivTer(DocStatus.IN_PROGRESS);
        SignatureContext ctx = new SignatureContext(ip, KindFixtures.members(), 1, KindFixtures.budget());
        assertThat(ContractRules.checkCanComplete(ctx).isValid()).isTrue();
        assertThat(ContractRules.membershipYears(ip, null, KindFixtures.SSIAD_LEFT)).containsExactly(2025, 2026, 2027);
        assertThat(ContractRules.membershipYears(ip, KindFixtures.HOME_SERVICE_JOINED, null))
                .containsExactly(2027, 2028, 2029);
        assertThat(ContractRules.membershipYears(ip, java.time.LocalDate.of(2031, 1, 1), null)).isEmpty();
        // the legacy rule, which ignores the membership dates, would have demanded 4 more establishment-years
        ValidationResult legacy = ContractRules.checkBudgetCoverage(ip, List.of(KindFixtures.EHPAD, KindFixtures.SSIAD,
                KindFixtures.HOME_SERVICE), KindFixtures.LABELS, KindFixtures.budget());
        assertThat(legacy.violations()).hasSize(4);
        List<BudgetLine> missing = new ArrayList<>(KindFixtures.budget());
        missing.removeIf(l -> l.establishmentId() == KindFixtures.SSIAD && l.fiscalYear() == 2027);
        ValidationResult r = ContractRules.checkMemberBudgetCoverage(ip, KindFixtures.members(), missing);
        assertThat(r.keys()).containsExactly(MessageKeys.CONTRACT_COMPLETE_MISSING_BUDGET);
        assertThat(r.render(Language.FR)).isEqualTo("Le contrat CPOM-2025-017 ne peut pas être signé : "
                + "l’établissement SSIAD du Val n’a aucune ligne de budget pour 2027.");
        BudgetLine late = KindFixtures.line(0, KindFixtures.SSIAD, 2028, Payer.ASSURANCE_MALADIE,
                FunctionalGroup.INCOME_I, BudgetSection.MAIN, "1.00");
        assertThat(BudgetRules.checkMembershipYear(late, ip, KindFixtures.member(KindFixtures.SSIAD))
                .render(Language.EN)).isEqualTo("Budget line of contract CPOM-2025-017: establishment SSIAD du Val "
                        + "is not in the perimeter in 2028 (it is in it from 2025-01-01 to 2027-06-30).");
    }

    @Test
    void theCrossingsOfTheBudgetFramesAreAllowedAndNothingElse() {
        for (AccountCrossing crossing : AccountCrossing.allowed()) {
            for (FunctionalGroup g : crossing.groups()) {
                assertThat(AccountGroupMapper.validate(new AccountGroupMapping(crossing.prefix(), g, null)).isValid())
                        .as(crossing.prefix()).isTrue();
                assertThat(AccountGroupMapper.validate(new AccountGroupMapping(crossing.prefix() + "1", g, null))
                        .isValid()).as("sub-account of " + crossing.prefix()).isTrue();
            }
        }
        assertThat(AccountGroupMapper.validate(AccountGroupMapper.defaultMappings()).isValid()).isTrue();
        ValidationResult staff = AccountGroupMapper.validate(new AccountGroupMapping("64", FunctionalGroup.INCOME_II,
                null));
        assertThat(staff.keys()).containsExactly(MessageKeys.ACCOUNT_GROUP_CLASS_MISMATCH);
        assertThat(staff.render(Language.FR)).contains("le groupe Produits groupe II (autres produits relatifs à "
                + "l’exploitation) ne convient pas").contains("6419").contains("709 → Charges groupe I")
                .doesNotContain("P2").doesNotContain(" C1");
        // a crossing holds only for its own group
        assertThat(AccountGroupMapper.validate(new AccountGroupMapping("6419", FunctionalGroup.INCOME_III, null))
                .isValid()).isFalse();
        assertThat(AccountGroupMapper.validate(new AccountGroupMapping("709", FunctionalGroup.CHARGES_III, null))
                .isValid()).isFalse();
        // crossings map a real account once a client records them
        AccountGroupMapper mapper = new AccountGroupMapper(List.of(
                new AccountGroupMapping("64", FunctionalGroup.CHARGES_II, null),
                new AccountGroupMapping("6419", FunctionalGroup.INCOME_II, null)));
        assertThat(mapper.groupOf("641900")).contains(FunctionalGroup.INCOME_II);
        assertThat(mapper.groupOf("641100")).contains(FunctionalGroup.CHARGES_II);
    }
}
