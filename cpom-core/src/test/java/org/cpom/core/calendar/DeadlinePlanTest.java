package org.cpom.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.core.calendar.CalendarFixtures.byKey;
import static org.cpom.core.calendar.CalendarFixtures.input;
import static org.cpom.core.calendar.CalendarFixtures.keys;
import static org.cpom.core.calendar.CalendarFixtures.member;
import static org.cpom.core.calendar.CalendarFixtures.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.amendment.AmendmentRules;
import org.cpom.core.i18n.Language;
import org.cpom.core.model.ActionStatus;
import org.cpom.core.model.Amendment;
import org.cpom.core.model.Contract;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.TariffAuthority;
import org.junit.jupiter.api.Test;

class DeadlinePlanTest {

    private static final DeadlineCalendarSettings S = DeadlineCalendarSettings.defaults();
    private static final CalendarInput IN = input(LegalBasis.L313_12_2,
            member(101, "ESAT Les Tilleuls", "246", TariffAuthority.ARS));
    private static final LocalDate TODAY = LocalDate.of(2029, 5, 2);

    /** The calendar as first stored (ids 1..n), with the ERRD 2025 and the EPRD 2026 done and a user's own row. */
    private static List<Deadline> storedCalendar() {
        DeadlinePlan first = DeadlinePlan.merge(List.of(), DeadlineGenerator.generate(IN, S, Language.FR));
        assertThat(first.updates()).isEmpty();
        assertThat(first.removals()).isEmpty();
        List<Deadline> rows = store(List.of(), first, 1);
        rows.set(rows.indexOf(byKey(rows, "ERRD/2025")), byKey(rows, "ERRD/2025").withDone(LocalDate.of(2026, 4, 20)));
        rows.set(rows.indexOf(byKey(rows, "EPRD/2026")), byKey(rows, "EPRD/2026").withDone(LocalDate.of(2026, 6, 1)));
        rows.add(userDeadline());
        return rows;
    }

    private static Deadline userDeadline() {
        return new Deadline(999, null, DeadlineType.USER, 2026, "Visite de conformité ARS", LocalDate.of(2026, 9, 15),
                null, Responsible.CONTRACT_MANAGER, 0, 101, 0, 0, null, false, null);
    }

    @Test
    void recomputingAnUnchangedContractChangesNothing() {
        List<Deadline> stored = storedCalendar();
        DeadlinePlan again = DeadlinePlan.merge(stored, DeadlineGenerator.generate(IN, S, Language.FR));
        assertThat(again.isEmpty()).isTrue();
        assertThat(again.kept()).hasSameSizeAs(stored).contains(userDeadline());
    }

    @Test
    void prorogationIntoASixthYearAddsItsDeadlinesAndKeepsTheDoneRequest() {
        List<Deadline> stored = storedCalendar();
        // the prorogation was requested on time: the RENW/2029 deadline is done
        stored.set(stored.indexOf(byKey(stored, "RENW/2029")),
                byKey(stored, "RENW/2029").withDone(LocalDate.of(2029, 5, 2)));
        Amendment prorogation = new Amendment(77, 1000, 1, LocalDate.of(2029, 5, 2), "Prorogation d’un an",
                LocalDate.of(2030, 12, 31), null, false, null, null, null, true);
        Contract prorogued = AmendmentRules.apply(prorogation, IN.contract(), TODAY).contract();
        assertThat(prorogued.extended()).isTrue();

        DeadlinePlan plan = DeadlinePlan.merge(stored,
                DeadlineGenerator.generate(IN.withContract(prorogued), S, Language.FR));

        // the 6th year's cycle, year 5 becomes an ordinary year with its dialogue, a new end to prepare
        assertThat(keys(plan.inserts())).containsExactlyInAnyOrder("EPRD/2030", "ERRD/2030", "ACTF/2030",
                "ANRV/2029", "FEVL/2030", "RENW/2030", "INDV/61/2030");
        assertThat(byKey(plan.inserts(), "RENW/2030").dueDate()).isEqualTo(LocalDate.of(2030, 6, 30));
        // an extended contract cannot be prorogued again: only a renewal
        assertThat(byKey(plan.inserts(), "RENW/2030").name()).isEqualTo("Demande de renouvellement (fin 31/12/2030)");
        assertThat(byKey(plan.inserts(), "FEVL/2030").dueDate()).isEqualTo(LocalDate.of(2030, 3, 31));
        // the final evaluation of 2029 is no longer due (not done): removed; the done request stays done
        assertThat(keys(plan.removals())).containsExactly("FEVL/2029");
        assertThat(plan.updates()).isEmpty();
        assertThat(plan.kept()).contains(byKey(stored, "RENW/2029"), byKey(stored, "ERRD/2025"), userDeadline());

        List<Deadline> after = store(stored, plan, 500);
        assertThat(byKey(after, "RENW/2029").done()).isTrue();
        assertThat(DeadlinePlan.merge(after, DeadlineGenerator.generate(IN.withContract(prorogued), S, Language.FR))
                .isEmpty()).isTrue();
    }

    @Test
    void avenantMovingTheEndDateMovesTheEndOfContractDeadlines() {
        List<Deadline> stored = storedCalendar();
        // an avenant ends the contract on 30 September 2029 instead of 31 December
        Amendment avenant = new Amendment(78, 1000, 2, LocalDate.of(2027, 3, 1), "Fin anticipée au 30/09/2029",
                LocalDate.of(2029, 9, 30), null, false, null, null, null);
        Contract shortened = AmendmentRules.apply(avenant, IN.contract(), LocalDate.of(2027, 3, 1)).contract();

        DeadlinePlan plan = DeadlinePlan.merge(stored,
                DeadlineGenerator.generate(IN.withContract(shortened), S, Language.FR));

        assertThat(plan.inserts()).isEmpty();
        assertThat(plan.removals()).isEmpty();
        assertThat(plan.updates()).extracting(u -> u.target().key()).containsExactlyInAnyOrder("FEVL/2029",
                "RENW/2029");
        DeadlinePlan.Update renewal = plan.updates().stream().filter(u -> u.target().key().equals("RENW/2029"))
                .findFirst().orElseThrow();
        assertThat(renewal.existing().dueDate()).isEqualTo(LocalDate.of(2029, 6, 30));
        assertThat(renewal.target().dueDate()).isEqualTo(LocalDate.of(2029, 3, 30));
        assertThat(renewal.target().id()).isEqualTo(renewal.existing().id());
        assertThat(renewal.target().name()).isEqualTo("Demande de prorogation ou de renouvellement (fin 30/09/2029)");
        DeadlinePlan.Update evaluation = plan.updates().stream().filter(u -> u.target().key().equals("FEVL/2029"))
                .findFirst().orElseThrow();
        assertThat(evaluation.target().dueDate()).isEqualTo(LocalDate.of(2028, 12, 30));
    }

    @Test
    void avenantCuttingAYearRemovesOnlyWhatIsNotDone() {
        List<Deadline> stored = storedCalendar();
        // the 2028 EPRD was filed early (done) before an avenant ends the contract on 31 December 2027
        stored.set(stored.indexOf(byKey(stored, "EPRD/2028")),
                byKey(stored, "EPRD/2028").withDone(LocalDate.of(2027, 12, 1)));
        Contract cut = IN.contract().withDateTo(LocalDate.of(2027, 12, 31));

        DeadlinePlan plan = DeadlinePlan.merge(stored, DeadlineGenerator.generate(IN.withContract(cut), S,
                Language.FR));

        // 2028 and 2029 leave the period; 2027 is now the last year: its final evaluation replaces the mid-term
        // review; the done EPRD 2028 stays
        assertThat(keys(plan.removals())).containsExactlyInAnyOrder("EPRD/2029", "ERRD/2028", "ERRD/2029",
                "ACTF/2029", "ACTF/2028", "MIDR/2027", "ANRV/2028", "FEVL/2029", "RENW/2029", "INDV/61/2028",
                "INDV/61/2029");
        assertThat(keys(plan.inserts())).containsExactlyInAnyOrder("FEVL/2027", "RENW/2027");
        assertThat(byKey(plan.inserts(), "RENW/2027").dueDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(plan.updates()).isEmpty();
        assertThat(plan.kept()).contains(byKey(stored, "EPRD/2028"), byKey(stored, "ANRV/2026"), userDeadline());
    }

    @Test
    void actionSheetDueDateChangeUpdatesItsDeadlineThenDoneStaysDone() {
        List<Deadline> stored = storedCalendar();
        CalendarInput moved = IN.withActionSheets(
                List.of(CalendarFixtures.sheet(LocalDate.of(2028, 3, 31), ActionStatus.LATE)));

        DeadlinePlan plan = DeadlinePlan.merge(stored, DeadlineGenerator.generate(moved, S, Language.FR));

        assertThat(plan.inserts()).isEmpty();
        assertThat(plan.removals()).isEmpty();
        assertThat(plan.updates()).hasSize(1);
        DeadlinePlan.Update u = plan.updates().get(0);
        assertThat(u.existing().key()).isEqualTo("ACTS/41");
        assertThat(u.existing().dueDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(u.target().dueDate()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(u.target().fiscalYear()).isEqualTo(2028);
        assertThat(u.target().id()).isEqualTo(u.existing().id());

        // the sheet is marked done: its deadline becomes done, and stays done when the sheet is later abandoned
        List<Deadline> afterMove = store(stored, plan, 500);
        CalendarInput done = IN.withActionSheets(
                List.of(CalendarFixtures.sheet(LocalDate.of(2028, 3, 31), ActionStatus.DONE)));
        DeadlinePlan donePlan = DeadlinePlan.merge(afterMove, DeadlineGenerator.generate(done, S, Language.FR));
        assertThat(donePlan.updates()).hasSize(1);
        assertThat(donePlan.updates().get(0).target().done()).isTrue();
        assertThat(donePlan.updates().get(0).target().dueDate()).isEqualTo(LocalDate.of(2028, 3, 31));
        List<Deadline> afterDone = store(afterMove, donePlan, 600);

        CalendarInput abandoned = IN.withActionSheets(
                List.of(CalendarFixtures.sheet(LocalDate.of(2028, 3, 31), ActionStatus.ABANDONED)));
        DeadlinePlan abandonPlan = DeadlinePlan.merge(afterDone, DeadlineGenerator.generate(abandoned, S,
                Language.FR));
        assertThat(abandonPlan.isEmpty()).isTrue();
        assertThat(byKey(abandonPlan.kept(), "ACTS/41").done()).isTrue();
    }

    @Test
    void abandonedSheetRemovesItsOpenDeadline() {
        List<Deadline> stored = storedCalendar();
        CalendarInput abandoned = IN.withActionSheets(
                List.of(CalendarFixtures.sheet(LocalDate.of(2027, 6, 30), ActionStatus.ABANDONED)));
        DeadlinePlan plan = DeadlinePlan.merge(stored, DeadlineGenerator.generate(abandoned, S, Language.FR));
        assertThat(keys(plan.removals())).containsExactly("ACTS/41");
        assertThat(plan.inserts()).isEmpty();
        assertThat(plan.updates()).isEmpty();
    }

    @Test
    void aResponsibleUserChosenOnAGeneratedRowIsKept() {
        List<Deadline> stored = new ArrayList<>(storedCalendar());
        Deadline eprd = byKey(stored, "EPRD/2027");
        stored.set(stored.indexOf(eprd), eprd.withUserId(8123));
        assertThat(DeadlinePlan.merge(stored, DeadlineGenerator.generate(IN, S, Language.FR)).isEmpty()).isTrue();
    }
}
