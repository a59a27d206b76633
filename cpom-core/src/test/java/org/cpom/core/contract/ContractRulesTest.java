package org.cpom.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.rule.ValidationResult;
import org.junit.jupiter.api.Test;

class ContractRulesTest {

    @Test
    void maximumDurationIsFiveYearsMinusOneDaySixWithExtension() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        assertThat(ContractPeriod.maxDateTo(from, false)).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(ContractPeriod.maxDateTo(from, true)).isEqualTo(LocalDate.of(2030, 12, 31));
        Contract fiveYears = Fixtures.draft();
        assertThat(ContractRules.validate(fiveYears).isValid()).isTrue();
        Contract sixExtended = fiveYears.withDateTo(LocalDate.of(2030, 12, 31)).withExtended(true);
        assertThat(ContractRules.validate(sixExtended).isValid()).isTrue();
        ValidationResult six = ContractRules.validate(fiveYears.withDateTo(LocalDate.of(2030, 12, 31)));
        assertThat(six.keys()).containsExactly(MessageKeys.CONTRACT_TOO_LONG);
        assertThat(six.render(Language.EN)).isEqualTo("Contract CPOM-2025-001: the period 2025-01-01 to 2030-12-31 is "
                + "longer than 5 years; the latest end date allowed is 2029-12-31 (6 years only with the extension flag).");
        assertThat(six.render(Language.FR)).isEqualTo("Contrat CPOM-2025-001 : la période du 01/01/2025 au 31/12/2030 "
                + "dépasse 5 ans ; la date de fin la plus tardive possible est le 31/12/2029 (6 ans seulement avec la prorogation).");
    }

    @Test
    void statusTransitions() {
        Contract c = Fixtures.draft();
        assertThat(DocStatusRules.checkTransition(c, DocStatus.DRAFTED, DocStatus.IN_PROGRESS).isValid()).isTrue();
        assertThat(DocStatusRules.checkTransition(c, DocStatus.IN_PROGRESS, DocStatus.COMPLETED).isValid()).isTrue();
        assertThat(DocStatusRules.checkTransition(c, DocStatus.COMPLETED, DocStatus.CLOSED).isValid()).isTrue();
        assertThat(DocStatusRules.checkTransition(c, DocStatus.DRAFTED, DocStatus.VOIDED).isValid()).isTrue();
        assertThat(DocStatusRules.checkTransition(c, DocStatus.IN_PROGRESS, DocStatus.VOIDED).isValid()).isTrue();
        assertThat(DocStatusRules.checkTransition(c, DocStatus.IN_PROGRESS, DocStatus.INVALID).isValid()).isTrue();
        assertThat(DocStatusRules.checkTransition(c, DocStatus.INVALID, DocStatus.IN_PROGRESS).isValid()).isTrue();
        assertThat(DocStatusRules.checkTransition(c, DocStatus.INVALID, DocStatus.COMPLETED).isValid()).isFalse();
        assertThat(DocStatusRules.checkTransition(c, DocStatus.COMPLETED, DocStatus.INVALID).isValid()).isFalse();
        ValidationResult jump = DocStatusRules.checkTransition(c, DocStatus.DRAFTED, DocStatus.CLOSED);
        assertThat(jump.render(Language.EN)).isEqualTo("Contract CPOM-2025-001: the status cannot go from Drafted to Closed.");
        assertThat(jump.render(Language.FR)).isEqualTo("Contrat CPOM-2025-001 : le statut ne peut pas passer de Brouillon à Clos.");
    }

    @Test
    void completionNeedsBudgetForEveryEstablishmentAndYearAndMatchingTotal() {
        Contract ip = Fixtures.contract(DocStatus.IN_PROGRESS);
        assertThat(ContractRules.checkCanComplete(ip, Fixtures.PERIMETER, Fixtures.LABELS, 2, Fixtures.budget())
                .isValid()).isTrue();
        ValidationResult r = ContractRules.checkCanComplete(ip.withTotalAmt(new BigDecimal("1000000.00")),
                List.of(Fixtures.ESTABLISHMENT_1, Fixtures.ESTABLISHMENT_2, 103), Fixtures.LABELS, 2, Fixtures.budget());
        assertThat(r.keys()).containsOnly(MessageKeys.CONTRACT_COMPLETE_MISSING_BUDGET);
        assertThat(r.violations()).hasSize(5);
        assertThat(r.render(Language.FR)).contains("l’établissement (sans nom, identifiant 103) n’a aucune ligne de budget pour 2029")
                .doesNotContain("#");
        ValidationResult total = ContractRules.checkTotal(ip.withTotalAmt(new BigDecimal("1000100")), Fixtures.budget());
        assertThat(total.render(Language.EN)).isEqualTo("Contract CPOM-2025-001: the field Total amount (1,000,100.00) "
                + "differs from the sum of its tariff revenue budget lines (income group I, the funders’ commitment: 1,000,000.00); difference 100.00.");
        assertThat(total.render(Language.FR)).contains("Montant total").contains("écart 100,00");
    }

    @Test
    void signedHeaderIsLockedExceptThroughAmendments() {
        Contract signed = Fixtures.signed();
        Contract renamed = new Contract(signed.id(), signed.clientId(), signed.documentNo(), "Nouveau nom",
                "Nouvelle description", signed.legalBasis(), signed.managingBodyBPartnerId(), signed.arsBPartnerId(),
                signed.departementBPartnerId(), signed.dateFrom(), signed.dateTo(), signed.dateSigned(),
                signed.extended(), signed.totalAmt(), signed.currencyId(), signed.sharedDiagnosis(), signed.docStatus());
        assertThat(ContractRules.checkHeaderChange(signed, renamed, false).isValid()).isTrue();
        Contract amended = signed.withDateTo(LocalDate.of(2030, 12, 31)).withExtended(true)
                .withTotalAmt(new BigDecimal("1200000.000"));
        assertThat(ContractRules.checkHeaderChange(signed, amended, true).isValid()).isTrue();
        ValidationResult r = ContractRules.checkHeaderChange(signed, amended, false);
        assertThat(r.violations()).extracting(v -> v.field()).containsExactly("DateTo", "IsExtended", "TotalAmt");
        assertThat(r.render(Language.FR)).contains("le champ Date de fin ne peut être modifié que par avenant");
        assertThat(ContractRules.checkHeaderChange(signed, signed.withTotalAmt(new BigDecimal("1000000")), false)
                .isValid()).isTrue();
    }
}
