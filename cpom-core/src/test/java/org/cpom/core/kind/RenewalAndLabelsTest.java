package org.cpom.core.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cpom.core.budget.AccountGroupMapper;
import org.cpom.core.budget.BudgetRules;
import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.contract.RenewalPlanner;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.Messages;
import org.cpom.core.model.AccountGroupMapping;
import org.cpom.core.model.ActionStatus;
import org.cpom.core.model.Authority;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.Contract;
import org.cpom.core.model.Direction;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.EsmsCategory;
import org.cpom.core.model.Funder;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.IndicatorSource;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.Payer;
import org.cpom.core.model.PerimeterLine;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.model.Priority;
import org.cpom.core.model.ReviewKind;
import org.cpom.core.model.TariffAuthority;
import org.cpom.core.rule.Coded;
import org.junit.jupiter.api.Test;

/** The renewal proposes the legal basis that applies now; messages name list values by their labels. */
class RenewalAndLabelsTest {

    @Test
    void renewalOfAnL313_11EsatContractProposesL313_12_2WithTheReason() {
        Contract old = Fixtures.contract(DocStatus.CLOSED).withLegalBasis(LegalBasis.L313_11);
        List<PerimeterMember> stillIn = List.of(new PerimeterMember(Fixtures.ESTABLISHMENT_1, "ESAT Les Tilleuls",
                EsmsCategory.ESAT, TariffAuthority.ARS, null, null));
        RenewalPlanner.LegalBasisProposal p = RenewalPlanner.proposeLegalBasis(old, stillIn);
        assertThat(p.current()).isEqualTo(LegalBasis.L313_11);
        assertThat(p.proposed()).isEqualTo(LegalBasis.L313_12_2);
        assertThat(p.changed()).isTrue();
        assertThat(p.reason().render(Language.FR)).isEqualTo("Renouvellement du contrat CPOM-2025-001 : le fondement "
                + "juridique proposé est L313-12-2 du CASF (services sous tarification ARS) au lieu de L313-11 du CASF "
                + "(droit commun), car le périmètre comprend des établissements ou services pour personnes handicapées "
                + "ou un SSIAD sous tarification ARS, dont le CPOM est obligatoire au titre de l’article L313-12-2 du "
                + "CASF depuis la LFSS 2016. Merci de le confirmer.");
        // the user confirms: the plan carries the confirmed basis, not the old one
        RenewalPlanner.Plan plan = RenewalPlanner.plan(old,
                List.of(new PerimeterLine(1, old.id(), Fixtures.ESTABLISHMENT_1, null, null)), List.of(), List.of(),
                p.proposed());
        assertThat(plan.contract().legalBasis()).isEqualTo(LegalBasis.L313_12_2);
        assertThat(plan.contract().dateFrom()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(plan.establishmentIds()).containsExactly(Fixtures.ESTABLISHMENT_1);
        RenewalPlanner.LegalBasisProposal kept = RenewalPlanner.proposeLegalBasis(
                old.withLegalBasis(LegalBasis.L313_12_2), stillIn);
        assertThat(kept.changed()).isFalse();
        assertThat(kept.reason().render(Language.EN)).startsWith("Renewal of contract CPOM-2025-001: the legal basis "
                + "L313-12-2 CASF (services under ARS tariff) still applies, because");
    }

    @Test
    void everyListValueHasALabelInBothLanguages() {
        List<Class<? extends Coded>> types = List.of(Funder.class, Payer.class, FunctionalGroup.class,
                BudgetSection.class, Authority.class, LegalBasis.class, TariffAuthority.class, DocStatus.class,
                ReviewKind.class, ActionStatus.class, Priority.class, Direction.class, IndicatorSource.class);
        for (Class<? extends Coded> type : types) {
            for (Coded value : type.getEnumConstants()) {
                for (Language l : Language.values()) {
                    assertThat(Messages.has(l, Messages.labelKey(value))).as(Messages.labelKey(value) + " " + l)
                            .isTrue();
                }
            }
        }
        assertThat(Messages.label(Language.FR, Funder.OWN)).isEqualTo("Fonds propres");
        assertThat(Messages.label(Language.FR, FunctionalGroup.CHARGES_III)).startsWith("Charges groupe III");
    }

    @Test
    void messagesNeverShowCodesOrHashIds() {
        Contract c = Fixtures.draft();
        BudgetLine own = new BudgetLine(0, c.id(), 999, 2026, Funder.OWN, FunctionalGroup.CHARGES_III,
                BudgetSection.MAIN, new BigDecimal("1.00"), null);
        String fr = BudgetRules.checkUnique(own, c, List.of(own.withAmount(BigDecimal.TEN)), Fixtures.LABELS)
                .render(Language.FR);
        assertThat(fr).contains("Fonds propres").contains("Charges groupe III (structure)").contains("Budget principal")
                .contains("(sans nom, identifiant 999)").doesNotContain("OWN").doesNotContain("C3")
                .doesNotContain("MAIN").doesNotContain("#");
        String mapping = AccountGroupMapper.validate(new AccountGroupMapping("73", FunctionalGroup.CHARGES_II, null))
                .render(Language.EN);
        assertThat(mapping).contains("group Charges group II (staff) does not fit").doesNotContain(" C2 ");
        var sheet = Fixtures.actionSheet();
        var unnumbered = new org.cpom.core.model.ActionSheet(601, c.id(), 501, " ", null, null, null, 0, null, null,
                null, null, null, null, null, null);
        assertThat(unnumbered.label()).isEqualTo("n° 601");
        assertThat(sheet.label()).isEqualTo("FA-01");
        var e = Fixtures.establishment();
        var noName = new org.cpom.core.model.Establishment(e.id(), e.clientId(), e.orgId(), null, e.finessEJ(), null,
                null, 0, null, null, null, null, null, null, 0, null, null);
        assertThat(noName.label()).isEqualTo("n° 101");
        String esat = BudgetRules.checkSection(Fixtures.budget().get(0), c, "500").render(Language.FR);
        assertThat(esat).contains("BPAS (budget principal d’activité sociale)");
    }
}
