package org.cpom.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cpom.core.action.ActionSheetContext;
import org.cpom.core.action.ActionSheetRules;
import org.cpom.core.amendment.AmendmentRules;
import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.contract.RenewalPlanner;
import org.cpom.core.establishment.EstablishmentFacts;
import org.cpom.core.establishment.EstablishmentRules;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.indicator.IndicatorRules;
import org.cpom.core.model.ActionSheet;
import org.cpom.core.model.ActionStatus;
import org.cpom.core.model.Amendment;
import org.cpom.core.model.Axis;
import org.cpom.core.model.Contract;
import org.cpom.core.model.Direction;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.Establishment;
import org.cpom.core.model.Indicator;
import org.cpom.core.model.IndicatorSource;
import org.cpom.core.model.IndicatorValue;
import org.cpom.core.model.PerimeterLine;
import org.cpom.core.model.Review;
import org.cpom.core.model.ReviewKind;
import org.cpom.core.perimeter.Membership;
import org.cpom.core.perimeter.PerimeterRules;
import org.cpom.core.review.ReviewRules;
import org.cpom.core.rule.ValidationResult;
import org.junit.jupiter.api.Test;

/** Accepting and rejecting cases of the aggregate rules, with the rendered texts checked in both languages. */
class AggregateRulesTest {

    @Test
    void establishmentAcceptsCorsicaAndChecksDepartement() {
        Establishment e = Fixtures.establishment();
        Establishment corsica = new Establishment(1, 11, 5, "2A0000170", "2A0000386", "CH de Bonifacio", null, 0,
                BigDecimal.TEN, BigDecimal.TEN, 366, null, "2A", null, 0, null, null);
        assertThat(EstablishmentRules.validate(corsica).isValid()).isTrue();
        assertThat(EstablishmentRules.defaultDepartement("2B0000020")).isEqualTo("2B");
        ValidationResult r = EstablishmentRules.validate(new Establishment(1, 11, 5, "2A0000170", "2A0000386",
                "CH de Bonifacio", null, 0, null, null, 0, null, "2B", null, 0, null, null));
        assertThat(r.render(Language.EN)).isEqualTo("Establishment CH de Bonifacio: département 2B does not match "
                + "FINESS EG 2A0000170, which belongs to département 2A.");
        assertThat(r.render(Language.FR)).isEqualTo("Établissement CH de Bonifacio : le département 2B ne correspond "
                + "pas au FINESS EG 2A0000170, qui relève du département 2A.");
        assertThat(EstablishmentRules.validate(e, EstablishmentFacts.none(11)).isValid()).isTrue();
        ValidationResult del = EstablishmentRules.checkDelete(e, Optional.of("CPOM-2025-001"));
        assertThat(del.render(Language.FR)).isEqualTo("L’établissement ESAT Les Tilleuls ne peut pas être supprimé : "
                + "il fait partie du périmètre du contrat signé CPOM-2025-001.");
        assertThat(EstablishmentRules.checkDelete(e, Optional.empty()).isValid()).isTrue();
    }

    @Test
    void invalidListCodeNamesRecordFieldAndValue() {
        ValidationResult r = org.cpom.core.text.TextRules.invalidListValue("CPOM_BudgetLine", "FunctionalGroup",
                "C9'; --", "CPOM-2025-001 / ESAT Les Tilleuls / 2026");
        assertThat(r.render(Language.EN)).isEqualTo("Budget line CPOM-2025-001 / ESAT Les Tilleuls / 2026: the value "
                + "\"C9'; --\" is not allowed in the field Functional group.");
        assertThat(r.render(Language.FR)).isEqualTo("Ligne de budget CPOM-2025-001 / ESAT Les Tilleuls / 2026 : la "
                + "valeur « C9'; -- » n’est pas admise dans le champ Groupe fonctionnel.");
    }

    @Test
    void perimeterOverlapIgnoresVoidAndAdjacentContracts() {
        Contract c = Fixtures.draft();
        PerimeterLine line = new PerimeterLine(0, c.id(), 101, null, null);
        Membership before = new Membership(2, "CPOM-2020", DocStatus.CLOSED, 101, LocalDate.of(2020, 1, 1),
                LocalDate.of(2024, 12, 31));
        Membership voided = new Membership(3, "CPOM-V", DocStatus.VOIDED, 101, LocalDate.of(2025, 1, 1), null);
        Membership otherEst = new Membership(4, "CPOM-X", DocStatus.COMPLETED, 102, LocalDate.of(2025, 1, 1), null);
        assertThat(PerimeterRules.validate(line, c, "ESAT Les Tilleuls", List.of(),
                List.of(before, voided, otherEst)).isValid()).isTrue();
        Membership overlapping = new Membership(5, "CPOM-2020", DocStatus.COMPLETED, 101, LocalDate.of(2020, 1, 1),
                LocalDate.of(2025, 1, 1));
        ValidationResult r = PerimeterRules.validate(line, c, "ESAT Les Tilleuls", List.of(), List.of(overlapping));
        assertThat(r.render(Language.EN)).isEqualTo("Establishment ESAT Les Tilleuls is already in contract CPOM-2020 "
                + "(2020-01-01 to 2025-01-01), which overlaps contract CPOM-2025-001 (2025-01-01 to 2029-12-31).");
        assertThat(r.render(Language.FR)).startsWith("L’établissement ESAT Les Tilleuls fait déjà partie du contrat "
                + "CPOM-2020 (du 01/01/2020 au 01/01/2025)");
        // leaving the old contract the day before the new one starts is fine
        PerimeterLine joinsLater = new PerimeterLine(0, c.id(), 101, LocalDate.of(2025, 1, 2), null);
        assertThat(PerimeterRules.checkOverlap(joinsLater, c, "E", List.of(overlapping)).isValid()).isTrue();
    }

    @Test
    void actionSheetRulesAndLateFlagging() {
        ActionSheetContext ctx = new ActionSheetContext(Fixtures.signed(), Fixtures.CONTRACT_ID, Fixtures.PERIMETER);
        ActionSheet a = Fixtures.actionSheet();
        assertThat(ActionSheetRules.validate(a, ctx).isValid()).isTrue();
        ActionSheet done = new ActionSheet(1, a.contractId(), a.axisId(), "FA-02", "Titre", null, null, 0, null,
                null, LocalDate.of(2026, 1, 1), ActionStatus.DONE, null, new BigDecimal("100.00"), null, null);
        assertThat(ActionSheetRules.validate(done, ctx).isValid()).isTrue();
        ActionSheet halfDone = new ActionSheet(1, a.contractId(), a.axisId(), "FA-02", "Titre", null, null, 0, null,
                null, LocalDate.of(2026, 1, 1), ActionStatus.DONE, null, new BigDecimal("50"), null, null);
        ValidationResult r = ActionSheetRules.validate(halfDone, ctx);
        assertThat(r.render(Language.EN)).isEqualTo("Action sheet FA-02: a done action must be at 100 % progress (value 50).");
        assertThat(r.render(Language.FR)).isEqualTo("Fiche action FA-02 : une action réalisée doit être avancée à 100 % (valeur 50).");
        LocalDate today = LocalDate.of(2027, 7, 1);
        List<ActionSheet> late = ActionSheetRules.toFlagLate(List.of(a, done, a.withActionStatus(ActionStatus.ABANDONED),
                a.withActionStatus(ActionStatus.LATE), a.withActionStatus(ActionStatus.PLANNED)), today);
        assertThat(late).hasSize(2).allMatch(s -> s.actionStatus() == ActionStatus.LATE);
        assertThat(ActionSheetRules.isLate(a, LocalDate.of(2027, 6, 30))).isFalse();
    }

    @Test
    void indicatorTargetsForEveryYear() {
        Contract c = Fixtures.signed();
        Indicator i = new Indicator(1, c.id(), 0, "Taux d’occupation", null, "%", Direction.HIGHER_IS_BETTER,
                new BigDecimal("0.8"), 2024, IndicatorSource.COMPUTED, true);
        List<IndicatorValue> values = List.of(new IndicatorValue(1, 1, 2025, BigDecimal.ONE, null, null),
                new IndicatorValue(2, 1, 2026, BigDecimal.ONE, null, null),
                new IndicatorValue(3, 1, 2027, BigDecimal.ONE, null, null),
                new IndicatorValue(4, 1, 2028, BigDecimal.ONE, BigDecimal.ONE, null));
        assertThat(IndicatorRules.yearsWithoutTarget(c, values)).containsExactly(2029);
        ValidationResult r = IndicatorRules.checkTargets(i, c, values);
        assertThat(r.render(Language.EN)).isEqualTo("Indicator Taux d’occupation is active but has no target value for 2029.");
        assertThat(r.render(Language.FR)).isEqualTo("L’indicateur Taux d’occupation est actif mais n’a pas de valeur cible pour 2029.");
        Indicator inactive = new Indicator(1, c.id(), 0, "X", null, null, null, null, null, null, false);
        assertThat(IndicatorRules.checkTargets(inactive, c, List.of()).isValid()).isTrue();
    }

    @Test
    void amendmentApplyKeepsHistory() {
        Contract c = Fixtures.signed();
        Amendment a = new Amendment(1, c.id(), 1, LocalDate.of(2027, 1, 1), "Avenant 1", null,
                new BigDecimal("25000.50"), false, null, null, null);
        AmendmentRules.Application app = AmendmentRules.apply(a, c, LocalDate.of(2027, 1, 15));
        assertThat(app.contract().totalAmt()).isEqualByComparingTo("1025000.50");
        assertThat(app.contract().dateTo()).isEqualTo(c.dateTo());
        assertThat(app.amendment().processed()).isTrue();
        assertThat(app.amendment().prevTotalAmt()).isEqualByComparingTo("1000000.00");
        assertThat(app.amendment().prevDateTo()).isEqualTo(c.dateTo());
        assertThat(app.amendment().dateApplied()).isEqualTo(LocalDate.of(2027, 1, 15));
        // extension by one year is allowed once the contract carries the extension flag
        Amendment extend = new Amendment(2, c.id(), 2, LocalDate.of(2029, 5, 1), "Prorogation", LocalDate.of(2030, 12, 31),
                null, false, null, null, null);
        assertThat(AmendmentRules.checkCanApply(extend, c).keys()).containsExactly(MessageKeys.AMENDMENT_TOO_LONG);
        assertThat(AmendmentRules.checkCanApply(extend, c.withExtended(true)).isValid()).isTrue();
        ValidationResult again = AmendmentRules.checkCanApply(app.amendment(), app.contract());
        assertThat(again.render(Language.EN)).isEqualTo("Amendment n° 1 was already applied on 2027-01-15.");
        assertThat(again.render(Language.FR)).isEqualTo("L’avenant n° 1 a déjà été appliqué le 15/01/2027.");
    }

    @Test
    void reviewKindsByContractYear() {
        Contract c = Fixtures.signed();
        assertThat(ReviewRules.validate(new Review(0, c.id(), 2027, ReviewKind.MID_TERM, null, null), c).isValid()).isTrue();
        assertThat(ReviewRules.validate(new Review(0, c.id(), 2029, ReviewKind.FINAL, null, null), c).isValid()).isTrue();
        Contract extended = c.withDateTo(LocalDate.of(2030, 12, 31)).withExtended(true);
        assertThat(ReviewRules.validate(new Review(0, c.id(), 2030, ReviewKind.FINAL, null, null), extended).isValid()).isTrue();
        ValidationResult r = ReviewRules.validate(new Review(0, c.id(), 2026, ReviewKind.MID_TERM, null, null), c);
        assertThat(r.render(Language.EN)).isEqualTo("Review of contract CPOM-2025-001: a mid-term review belongs to "
                + "year 3 of the contract (2027), not 2026.");
        assertThat(r.render(Language.FR)).isEqualTo("Dialogue de gestion du contrat CPOM-2025-001 : la revue à "
                + "mi-parcours a lieu la 3e année du contrat (2027), pas en 2026.");
    }

    @Test
    void uniquenessOfReviewsSheetsAndAmendments() {
        Contract c = Fixtures.signed();
        Review ann2026 = new Review(1, c.id(), 2026, ReviewKind.ANNUAL, null, null);
        Review ann2027 = new Review(0, c.id(), 2027, ReviewKind.ANNUAL, null, null);
        assertThat(ReviewRules.checkUnique(ann2027, c, List.of(ann2026)).isValid()).isTrue();
        assertThat(ReviewRules.checkUnique(ann2026, c, List.of(ann2026)).isValid()).isTrue(); // itself
        ValidationResult r = ReviewRules.checkUnique(new Review(0, c.id(), 2026, ReviewKind.ANNUAL, null, null), c,
                List.of(ann2026));
        assertThat(r.render(Language.EN)).isEqualTo("Review of contract CPOM-2025-001: there is already one annual review for 2026.");
        assertThat(r.render(Language.FR)).isEqualTo("Dialogue de gestion du contrat CPOM-2025-001 : il existe déjà une revue de type annuelle pour 2026.");
        ActionSheet a = Fixtures.actionSheet();
        assertThat(ActionSheetRules.checkUniqueValue(a, c, List.of(a)).isValid()).isTrue();
        assertThat(AmendmentRules.nextAmendmentNo(List.of())).isEqualTo(1);
        assertThat(org.cpom.core.contract.ContractPeriod.extensionDecisionDeadline(c)).isEqualTo(LocalDate.of(2029, 6, 30));
    }

    @Test
    void renewalStartsTheDayAfterAndCopiesOpenWork() {
        Contract c = Fixtures.contract(DocStatus.CLOSED);
        List<PerimeterLine> perimeter = List.of(new PerimeterLine(1, c.id(), 101, null, null),
                new PerimeterLine(2, c.id(), 102, null, LocalDate.of(2027, 6, 30)));
        List<Axis> axes = List.of(new Axis(501, c.id(), 10, "Inclusion", null));
        ActionSheet open = Fixtures.actionSheet();
        List<ActionSheet> sheets = List.of(open, open.withActionStatus(ActionStatus.DONE),
                open.withActionStatus(ActionStatus.LATE), open.withActionStatus(ActionStatus.ABANDONED));
        RenewalPlanner.Plan plan = RenewalPlanner.plan(c, perimeter, axes, sheets);
        assertThat(plan.contract().dateFrom()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(plan.contract().dateTo()).isEqualTo(LocalDate.of(2034, 12, 31));
        assertThat(plan.contract().docStatus()).isEqualTo(DocStatus.DRAFTED);
        assertThat(plan.establishmentIds()).containsExactly(101);
        assertThat(plan.axes()).hasSize(1);
        assertThat(plan.actionSheets()).hasSize(2).allMatch(s -> s.actionStatus() == ActionStatus.PLANNED
                && s.dueDate() == null && s.axisId() == 501);
    }
}
