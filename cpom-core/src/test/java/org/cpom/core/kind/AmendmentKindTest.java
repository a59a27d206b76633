package org.cpom.core.kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.core.kind.CommitmentTest.spaces;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.amendment.AmendmentContext;
import org.cpom.core.amendment.AmendmentRules;
import org.cpom.core.catalogue.KindFixtures;
import org.cpom.core.contract.CommitmentCalculator;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Amendment;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.IndicatorValue;
import org.cpom.core.model.Review;
import org.cpom.core.model.ReviewKind;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.core.rule.ValidationResult;
import org.junit.jupiter.api.Test;

/** Prorogation into the 6th year, shortening, and the budget/commitment consistency of an avenant. */
class AmendmentKindTest {

    private static final LocalDate SIXTH_YEAR_END = LocalDate.of(2030, 12, 31);

    private static Amendment prorogation(LocalDate requested, LocalDate newDateTo) {
        return new Amendment(0, 1000, 2, requested, "Prorogation", newDateTo, null, false, null, null, null, true);
    }

    @Test
    void aSignedFiveYearContractGainsItsSixthYearByAvenantRequestedSixMonthsBefore() {
        Contract signed = KindFixtures.ivTer(DocStatus.COMPLETED);
        Amendment onDeadline = prorogation(LocalDate.of(2029, 6, 30), SIXTH_YEAR_END);
        assertThat(AmendmentRules.checkCanApply(onDeadline, signed).isValid()).isTrue();
        List<BudgetLine> withSixth = new ArrayList<>(KindFixtures.budget());
        KindFixtures.budget().stream().filter(l -> l.fiscalYear() == 2029)
                .forEach(l -> withSixth.add(l.withAmount(l.amount()).withYear(2030)));
        BigDecimal change = CommitmentCalculator.compute(signed, withSixth).total().subtract(signed.totalAmt());
        Amendment withBudget = new Amendment(0, 1000, 2, LocalDate.of(2029, 3, 1), "Prorogation", SIXTH_YEAR_END,
                change, false, null, null, null, true);
        AmendmentContext ctx = new AmendmentContext(withSixth, List.<IndicatorValue>of(), List.<Review>of());
        AmendmentRules.Application app = AmendmentRules.apply(withBudget, signed, LocalDate.of(2029, 4, 1), ctx);
        assertThat(app.contract().extended()).isTrue();
        assertThat(app.contract().dateTo()).isEqualTo(SIXTH_YEAR_END);
        assertThat(app.contract().totalAmt()).isEqualByComparingTo(CommitmentCalculator.compute(app.contract(),
                withSixth).total());
        assertThat(app.amendment().prorogation()).isTrue();
        assertThat(app.amendment().prevDateTo()).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(ContractRules.checkPeriod(app.contract()).isValid()).isTrue();
        assertThat(ContractRules.checkCommitment(app.contract(), withSixth).isValid()).isTrue();
        // the extended contract cannot be prorogued again
        assertThat(AmendmentRules.checkCanApply(prorogation(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 6, 30)),
                app.contract()).keys()).contains(MessageKeys.AMENDMENT_PROROGATION_ALREADY_EXTENDED);
    }

    @Test
    void aLateRequestIsRejectedWithTheDeadline() {
        Contract signed = KindFixtures.ivTer(DocStatus.COMPLETED);
        ValidationResult r = AmendmentRules.checkCanApply(prorogation(LocalDate.of(2029, 7, 1), SIXTH_YEAR_END),
                signed);
        assertThat(r.keys()).containsExactly(MessageKeys.AMENDMENT_PROROGATION_TOO_LATE);
        assertThat(r.render(Language.FR)).isEqualTo("Avenant n° 2 : la prorogation du contrat CPOM-2025-017 a été "
                + "demandée le 01/07/2029, après le 30/06/2029, 6 mois avant sa fin le 31/12/2029 ; un nouveau "
                + "contrat doit être négocié.");
        // without the prorogation flag a 6th year stays refused, the message says how to get it
        Amendment plain = new Amendment(0, 1000, 2, LocalDate.of(2029, 3, 1), "Avenant", SIXTH_YEAR_END, null, false,
                null, null, null);
        ValidationResult tooLong = AmendmentRules.checkCanApply(plain, signed);
        assertThat(tooLong.keys()).containsExactly(MessageKeys.AMENDMENT_TOO_LONG);
        assertThat(tooLong.render(Language.EN)).endsWith("(a 6th year needs a prorogation amendment).");
    }

    @Test
    void shorteningNamesTheYearsAndWhatHoldsThem() {
        Contract signed = KindFixtures.ivTer(DocStatus.COMPLETED);
        List<Review> reviews = List.of(new Review(1, 1000, 2028, ReviewKind.ANNUAL, LocalDate.of(2028, 6, 1), null),
                new Review(2, 1000, 2029, ReviewKind.FINAL, LocalDate.of(2029, 11, 1), null),
                new Review(3, 1000, 2029, ReviewKind.ANNUAL, LocalDate.of(2029, 5, 1), null));
        List<IndicatorValue> targets = List.of(new IndicatorValue(1, 701, 2029, new BigDecimal("0.9"), null, null),
                new IndicatorValue(2, 701, 2027, new BigDecimal("0.8"), null, null));
        AmendmentContext ctx = new AmendmentContext(KindFixtures.budget(), targets, reviews);
        Amendment to2027 = new Amendment(0, 1000, 3, LocalDate.of(2026, 5, 1), "Fin anticipée",
                LocalDate.of(2027, 12, 31), null, false, null, null, null);
        ValidationResult r = AmendmentRules.checkShortening(to2027, signed, ctx);
        assertThat(r.keys()).containsExactly(MessageKeys.AMENDMENT_SHORTENING_HOLDS_YEARS);
        assertThat(r.render(Language.FR)).isEqualTo("Avenant n° 3 : la nouvelle date de fin 31/12/2027 du contrat "
                + "CPOM-2025-017 supprimerait des années qui portent encore des données (2028 : 7 lignes budgétaires, "
                + "1 revue ; 2029 : 7 lignes budgétaires, 1 cible d’indicateur, 2 revues) ; supprimez-les ou "
                + "déplacez-les d’abord.");
        assertThat(r.render(Language.EN)).contains("(2028: 7 budget lines, 1 review; 2029: 7 budget lines, "
                + "1 indicator target, 2 reviews)");
        assertThatThrownBy(() -> AmendmentRules.apply(to2027, signed, LocalDate.of(2026, 6, 1), ctx))
                .isInstanceOf(CpomValidationException.class);
        // shortening within the last year, or over empty years, is allowed
        Amendment midYear = new Amendment(0, 1000, 3, LocalDate.of(2026, 5, 1), "Fin au 30 juin",
                LocalDate.of(2029, 6, 30), null, false, null, null, null);
        assertThat(AmendmentRules.checkShortening(midYear, signed, ctx).isValid()).isTrue();
        AmendmentContext empty = new AmendmentContext(KindFixtures.budget().stream()
                .filter(l -> l.fiscalYear() <= 2027).toList(), List.<IndicatorValue>of(), List.<Review>of());
        assertThat(AmendmentRules.checkShortening(to2027, signed, empty).isValid()).isTrue();
    }

    @Test
    void anAvenantChangesTheBudgetAndTheCommitmentTogether() {
        Contract signed = KindFixtures.ivTer(DocStatus.COMPLETED);
        List<BudgetLine> raised = new ArrayList<>(KindFixtures.budget());
        raised.replaceAll(l -> l.establishmentId() == KindFixtures.EHPAD && l.fiscalYear() == 2027
                && l.budgetSection() == BudgetSection.EHPAD_CARE && l.isIncome()
                ? l.withAmount(l.amount().add(new BigDecimal("50000.00"))) : l);
        AmendmentContext ctx = new AmendmentContext(raised, List.<IndicatorValue>of(), List.<Review>of());
        Amendment none = new Amendment(0, 1000, 4, LocalDate.of(2027, 2, 1), "CNR", null, null, false, null, null,
                null);
        ValidationResult r = AmendmentRules.checkCanApply(none, signed, ctx);
        assertThat(r.keys()).containsExactly(MessageKeys.AMENDMENT_COMMITMENT_MISMATCH);
        assertThat(spaces(r.render(Language.FR))).endsWith("une variation de montant de 50 000,00.");
        Amendment right = new Amendment(0, 1000, 4, LocalDate.of(2027, 2, 1), "CNR", null, new BigDecimal("50000.00"),
                false, null, null, null);
        AmendmentRules.Application app = AmendmentRules.apply(right, signed, LocalDate.of(2027, 2, 2), ctx);
        assertThat(app.contract().totalAmt()).isEqualByComparingTo("11700000.00");
        assertThat(ContractRules.checkCommitment(app.contract(), raised).isValid()).isTrue();
    }
}
