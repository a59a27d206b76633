package org.cpom.core.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cpom.core.catalogue.KindFixtures;
import org.cpom.core.contract.ContractKindRules;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.EsmsCategory;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.model.TariffAuthority;
import org.cpom.core.rule.ValidationResult;
import org.junit.jupiter.api.Test;

/** Legal basis, signatories and categories of each kind of CPOM (docs/cpom-kinds.md). */
class ContractKindRulesTest {

    private static final int ARS = KindFixtures.ARS_PARTNER;
    private static final int DEP = KindFixtures.DEPARTEMENT_PARTNER;
    private static final int STATE = KindFixtures.STATE_PARTNER;

    private static Contract contract(LegalBasis basis, int ars, int dep, int state) {
        return KindFixtures.ivTer(DocStatus.DRAFTED).withLegalBasis(basis).withParties(ars, dep, state);
    }

    private static PerimeterMember member(String name, String category, TariffAuthority authority) {
        return new PerimeterMember(200, name, category, authority, null, null);
    }

    @Test
    void ivTerNeedsTheArsAndThePresidentOfTheDepartement() {
        assertThat(ContractRules.validate(contract(LegalBasis.L313_12_IV_TER, ARS, DEP, 0)).isValid()).isTrue();
        ValidationResult arsAlone = ContractRules.validate(contract(LegalBasis.L313_12_IV_TER, ARS, 0, 0));
        assertThat(arsAlone.keys()).containsExactly(MessageKeys.KIND_IV_TER_NEEDS_DEPARTEMENT);
        assertThat(arsAlone.violations().get(0).field()).isEqualTo("Departement_BPartner_ID");
        assertThat(arsAlone.render(Language.FR)).isEqualTo("Contrat CPOM-2025-017 : un CPOM du IV ter de l’article "
                + "L313-12 du CASF (EHPAD) est signé conjointement par l’ARS et le président du conseil départemental ; "
                + "le champ Département (autorité) est obligatoire.");
        assertThat(ContractRules.validate(contract(LegalBasis.L313_12_IV_TER, 0, DEP, 0)).keys())
                .containsExactly(MessageKeys.KIND_IV_TER_NEEDS_ARS);
    }

    @Test
    void l313_12_2IsArsLedAndJoinedByTheDepartementWhereCompetenceIsJoint() {
        Contract arsOnly = contract(LegalBasis.L313_12_2, ARS, 0, 0);
        PerimeterMember esat = member("ESAT Les Tilleuls", EsmsCategory.ESAT, TariffAuthority.ARS);
        PerimeterMember fam = member("FAM Les Tournesols", "437", TariffAuthority.JOINT);
        assertThat(ContractKindRules.checkPerimeter(arsOnly, List.of(esat)).isValid()).isTrue();
        ValidationResult joint = ContractKindRules.checkPerimeter(arsOnly, List.of(esat, fam));
        assertThat(joint.keys()).containsExactly(MessageKeys.KIND_AUTHORITY_NOT_PARTY);
        assertThat(joint.render(Language.EN)).isEqualTo("Contract CPOM-2025-017: establishment FAM Les Tournesols is "
                + "tariffed by ARS and département jointly, so Département (président du conseil départemental) must "
                + "be a party to the contract.");
        Contract joined = contract(LegalBasis.L313_12_2, ARS, DEP, 0);
        assertThat(ContractKindRules.checkPerimeter(joined, List.of(esat, fam)).isValid()).isTrue();
        assertThat(ContractRules.validate(contract(LegalBasis.L313_12_2, 0, DEP, 0)).keys())
                .containsExactly(MessageKeys.KIND_L313_12_2_NEEDS_ARS);
    }

    @Test
    void chrsContractIsSignedByThePrefetSoTheStateIsAPossibleParty() {
        Contract stateOnly = contract(LegalBasis.L313_11_2, 0, 0, STATE);
        assertThat(ContractRules.validate(stateOnly).isValid()).as("the préfet alone is an authority").isTrue();
        PerimeterMember chrs = member("CHRS La Passerelle", EsmsCategory.CHRS, TariffAuthority.PREFET);
        assertThat(ContractKindRules.checkPerimeter(stateOnly, List.of(chrs)).isValid()).isTrue();
        assertThat(ContractRules.validate(contract(LegalBasis.L313_11_2, ARS, 0, 0)).keys())
                .containsExactly(MessageKeys.KIND_CHRS_NEEDS_STATE);
        // another tariff authority co-signs for its establishments
        PerimeterMember foyer = member("Foyer de vie Les Cèdres", "382", TariffAuthority.DEPARTEMENT);
        assertThat(ContractKindRules.checkPerimeter(stateOnly, List.of(chrs, foyer)).keys())
                .containsExactly(MessageKeys.KIND_AUTHORITY_NOT_PARTY);
        assertThat(ContractKindRules.checkPerimeter(contract(LegalBasis.L313_11_2, 0, DEP, STATE),
                List.of(chrs, foyer)).isValid()).isTrue();
    }

    @Test
    void aNewContractHasNoDefaultLegalBasisAndNoAuthorityIsRejected() {
        assertThat(ContractRules.validate(contract(null, ARS, DEP, 0)).keys())
                .containsExactly(MessageKeys.CONTRACT_LEGAL_BASIS_MISSING);
        assertThat(ContractRules.validate(contract(LegalBasis.L313_11, 0, 0, 0)).keys())
                .containsExactly(MessageKeys.CONTRACT_NO_AUTHORITY);
    }

    @Test
    void anSsiadIsTariffedByTheArsAlone() {
        assertThat(ContractKindRules.checkTariffAuthority(EsmsCategory.SSIAD, TariffAuthority.ARS, "SSIAD").isValid())
                .isTrue();
        ValidationResult dep = ContractKindRules.checkTariffAuthority(" 354 ", TariffAuthority.DEPARTEMENT,
                "SSIAD du Val");
        assertThat(dep.keys()).containsExactly(MessageKeys.KIND_SSIAD_TARIFF_ARS_ONLY);
        assertThat(dep.render(Language.FR)).isEqualTo("Établissement SSIAD du Val : un SSIAD est tarifé par l’ARS seule "
                + "(ses soins sont payés par l’assurance maladie), pas par Département.");
        ValidationResult ehpadArs = ContractKindRules.checkTariffAuthority(EsmsCategory.EHPAD, TariffAuthority.ARS,
                "EHPAD");
        assertThat(ehpadArs.isValid()).isTrue();
        assertThat(ehpadArs.warningKeys()).containsExactly(MessageKeys.KIND_EHPAD_TARIFF_NOT_JOINT);
    }

    @Test
    void unusualCombinationsAreWarningsNotErrors() {
        Contract l122 = contract(LegalBasis.L313_12_2, ARS, DEP, 0);
        PerimeterMember ehpad = member("EHPAD Les Glycines", EsmsCategory.EHPAD, TariffAuthority.JOINT);
        ValidationResult r = ContractKindRules.checkPerimeter(l122, List.of(ehpad));
        assertThat(r.isValid()).isTrue();
        assertThat(r.warningKeys()).containsExactly(MessageKeys.KIND_EHPAD_OUTSIDE_IV_TER);
        assertThat(r.render(Language.EN)).isEmpty();
        assertThat(r.renderWarnings(Language.EN)).isEqualTo("Contract CPOM-2025-017: establishment EHPAD Les "
                + "Glycines, an EHPAD, is in a contract under L313-12-2 CASF (services under ARS tariff); EHPAD CPOMs "
                + "are concluded under IV ter of L313-12 CASF.");
        PerimeterMember esat = member("ESAT Les Tilleuls", EsmsCategory.ESAT, TariffAuthority.ARS);
        assertThat(ContractKindRules.checkPerimeter(contract(LegalBasis.L313_11, ARS, 0, 0), List.of(esat))
                .warningKeys()).containsExactly(MessageKeys.KIND_SHOULD_BE_L313_12_2);
        PerimeterMember saad = member("SAAD du Val", EsmsCategory.SAA, TariffAuthority.DEPARTEMENT);
        assertThat(ContractKindRules.checkPerimeter(l122, List.of(saad)).warningKeys())
                .containsExactly(MessageKeys.KIND_L313_12_2_NOT_ARS);
        PerimeterMember chrs = member("CHRS", EsmsCategory.CHRS, TariffAuthority.PREFET);
        ValidationResult chrsInGeneral = ContractKindRules.checkPerimeter(contract(LegalBasis.L313_11, 0, 0, STATE),
                List.of(chrs));
        assertThat(chrsInGeneral.isValid()).isTrue();
        assertThat(chrsInGeneral.warningKeys()).containsExactly(MessageKeys.KIND_CHRS_OUTSIDE_L313_11_2);
        // warnings survive and() and the builder, and never throw
        ValidationResult both = r.and(chrsInGeneral);
        assertThat(both.warnings()).hasSize(2);
        both.throwIfInvalid();
    }

    @Test
    void theKindOfTheContractNeedsItsCategoryInThePerimeter() {
        Contract ivTer = contract(LegalBasis.L313_12_IV_TER, ARS, DEP, 0);
        PerimeterMember ssiad = member("SSIAD du Val", EsmsCategory.SSIAD, TariffAuthority.ARS);
        assertThat(ContractKindRules.checkPerimeter(ivTer, List.of(ssiad)).keys())
                .containsExactly(MessageKeys.KIND_IV_TER_NO_EHPAD);
        assertThat(ContractKindRules.checkPerimeter(ivTer, List.of()).isValid()).as("empty perimeter: said elsewhere")
                .isTrue();
        assertThat(ContractKindRules.checkPerimeter(ivTer, KindFixtures.members()).isValid()).isTrue();
    }

    @Test
    void applicableBasisFollowsThePerimeter() {
        PerimeterMember ehpad = member("E", EsmsCategory.EHPAD, TariffAuthority.JOINT);
        PerimeterMember esat = member("A", EsmsCategory.ESAT, TariffAuthority.ARS);
        PerimeterMember foyer = member("F", "382", TariffAuthority.DEPARTEMENT);
        PerimeterMember chrs = member("C", EsmsCategory.CHRS, TariffAuthority.PREFET);
        PerimeterMember ssiad = member("S", EsmsCategory.SSIAD, TariffAuthority.ARS);
        assertThat(ContractKindRules.applicableBasis(List.of(esat, ehpad))).isEqualTo(LegalBasis.L313_12_IV_TER);
        assertThat(ContractKindRules.applicableBasis(List.of(esat))).isEqualTo(LegalBasis.L313_12_2);
        assertThat(ContractKindRules.applicableBasis(List.of(ssiad))).isEqualTo(LegalBasis.L313_12_2);
        assertThat(ContractKindRules.applicableBasis(List.of(foyer))).isEqualTo(LegalBasis.L313_11);
        assertThat(ContractKindRules.applicableBasis(List.of(chrs, foyer))).isEqualTo(LegalBasis.L313_11_2);
        assertThat(ContractKindRules.applicableBasis(List.of())).isEqualTo(LegalBasis.L313_11);
    }
}
