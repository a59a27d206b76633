package org.cpom.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cpom.core.calendar.CalendarFixtures.ACCOUNTANT;
import static org.cpom.core.calendar.CalendarFixtures.MANAGER;
import static org.cpom.core.calendar.CalendarFixtures.PILOT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.calendar.AlertPlanner.AlertPlan;
import org.cpom.core.calendar.AlertPlanner.ContractUsers;
import org.cpom.core.calendar.AlertPlanner.PlannedAlert;
import org.cpom.core.calendar.AlertPlanner.SentAlert;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.core.rule.ValidationResult;
import org.junit.jupiter.api.Test;

class AlertPlannerTest {

    private static final ContractUsers USERS = new ContractUsers(MANAGER, ACCOUNTANT);
    private static final AlertLeadDays LEADS = AlertLeadDays.parse("C-1", "90,30,7");
    private static final String REF = "R314-210 CASF";

    private static Deadline eprd2026(Language unused) {
        return new Deadline(10, "EPRD/2026", DeadlineType.EPRD, 2026, "EPRD 2026", LocalDate.of(2026, 4, 30), REF,
                Responsible.ACCOUNTANT, 0, 0, 0, 0, null, false, null);
    }

    private static Deadline sheet() {
        return new Deadline(11, "ACTS/41", DeadlineType.ACTION_SHEET, 2026, "Fiche action FA-01",
                LocalDate.of(2026, 6, 30), "Échéance de la fiche action", Responsible.PILOT, PILOT, 0, 41, 0, null,
                false, null);
    }

    /** What the process records after sending: one CPOM_DeadlineAlert per planned alert. */
    private static List<SentAlert> record(List<SentAlert> sent, AlertPlan plan) {
        List<SentAlert> all = new ArrayList<>(sent);
        for (PlannedAlert a : plan.alerts()) {
            all.add(new SentAlert(a.deadline().id(), a.deadline().key(), a.userId(), a.leadDays()));
        }
        return all;
    }

    @Test
    void ninetyDaysAheadTheAccountantGetsOneAlertAndASecondRunNothing() {
        LocalDate today = LocalDate.of(2026, 1, 30); // 90 days before 30 April 2026
        AlertPlan first = AlertPlanner.plan("C-1", List.of(eprd2026(Language.EN)), USERS, LEADS, today, List.of());
        assertThat(first.alerts()).hasSize(1);
        PlannedAlert alert = first.alerts().get(0);
        assertThat(alert.userId()).isEqualTo(ACCOUNTANT);
        assertThat(alert.leadDays()).isEqualTo(90);
        assertThat(alert.overdue()).isFalse();
        assertThat(alert.daysLeft()).isEqualTo(90);
        assertThat(alert.messageKey()).isEqualTo(MessageKeys.ALERT_DEADLINE_DUE);
        assertThat(alert.text(Language.EN)).isEqualTo("CPOM C-1: EPRD 2026 is due on 2026-04-30, in 90 days "
                + "(R314-210 CASF).");
        assertThat(alert.text(Language.FR)).isEqualTo("CPOM C-1 : échéance « EPRD 2026 » le 30/04/2026, dans 90 "
                + "jours (R314-210 CASF).");
        assertThat(alert.subject(Language.EN)).isEqualTo("CPOM C-1: EPRD 2026 due on 2026-04-30");
        assertThat(alert.subject(Language.FR)).isEqualTo("CPOM C-1 : « EPRD 2026 », échéance le 30/04/2026");

        List<SentAlert> sent = record(List.of(), first);
        // the same day again, and every day until the 30-day stage: nothing
        assertThat(AlertPlanner.plan("C-1", List.of(eprd2026(Language.EN)), USERS, LEADS, today, sent).alerts())
                .isEmpty();
        assertThat(AlertPlanner.plan("C-1", List.of(eprd2026(Language.EN)), USERS, LEADS, LocalDate.of(2026, 3, 30),
                sent).alerts()).isEmpty();
        // 30 days ahead: the next stage, once
        AlertPlan thirty = AlertPlanner.plan("C-1", List.of(eprd2026(Language.EN)), USERS, LEADS,
                LocalDate.of(2026, 3, 31), sent);
        assertThat(thirty.alerts()).extracting(PlannedAlert::leadDays).containsExactly(30);
        sent = record(sent, thirty);
        assertThat(AlertPlanner.plan("C-1", List.of(eprd2026(Language.EN)), USERS, LEADS, LocalDate.of(2026, 4, 1),
                sent).alerts()).isEmpty();
    }

    @Test
    void aDeadlineFirstSeenLateGetsOnlyItsCurrentStageNotTheMissedOnes() {
        AlertPlan plan = AlertPlanner.plan("C-1", List.of(eprd2026(Language.EN)), USERS, LEADS,
                LocalDate.of(2026, 4, 25), List.of());
        assertThat(plan.alerts()).extracting(PlannedAlert::leadDays).containsExactly(7);
        assertThat(plan.alerts().get(0).text(Language.EN)).isEqualTo("CPOM C-1: EPRD 2026 is due on 2026-04-30, "
                + "in 5 days (R314-210 CASF).");
        // beyond the largest lead: nothing yet
        assertThat(AlertPlanner.plan("C-1", List.of(eprd2026(Language.EN)), USERS, LEADS, LocalDate.of(2026, 1, 29),
                List.of()).alerts()).isEmpty();
    }

    @Test
    void aDoneDeadlineStopsItsAlerts() {
        Deadline done = eprd2026(Language.EN).withDone(LocalDate.of(2026, 4, 2));
        assertThat(AlertPlanner.plan("C-1", List.of(done), USERS, LEADS, LocalDate.of(2026, 4, 25), List.of())
                .alerts()).isEmpty();
        assertThat(AlertPlanner.plan("C-1", List.of(done), USERS, LEADS, LocalDate.of(2026, 6, 1), List.of())
                .alerts()).isEmpty();
    }

    @Test
    void dueTodayAndOverdueAlertsInBothLanguagesOverdueOnceToResponsibleAndManager() {
        AlertPlan today = AlertPlanner.plan("C-1", List.of(sheet()), USERS, AlertLeadDays.parse("C-1", "0"),
                LocalDate.of(2026, 6, 30), List.of());
        assertThat(today.alerts()).hasSize(1);
        assertThat(today.alerts().get(0).userId()).isEqualTo(PILOT);
        assertThat(today.alerts().get(0).leadDays()).isZero();
        assertThat(today.alerts().get(0).text(Language.EN)).isEqualTo(
                "CPOM C-1: Fiche action FA-01 is due today, 2026-06-30 (Échéance de la fiche action).");
        assertThat(today.alerts().get(0).text(Language.FR)).isEqualTo(
                "CPOM C-1 : échéance « Fiche action FA-01 » aujourd’hui, 30/06/2026 (Échéance de la fiche action).");

        LocalDate late = LocalDate.of(2026, 7, 10);
        AlertPlan overdue = AlertPlanner.plan("C-1", List.of(sheet()), USERS, LEADS, late, List.of());
        assertThat(overdue.alerts()).extracting(PlannedAlert::userId).containsExactly(PILOT, MANAGER);
        assertThat(overdue.alerts()).allSatisfy(a -> {
            assertThat(a.leadDays()).isEqualTo(AlertPlanner.OVERDUE);
            assertThat(a.overdue()).isTrue();
        });
        PlannedAlert a = overdue.alerts().get(0);
        assertThat(a.text(Language.EN)).isEqualTo("CPOM C-1: Fiche action FA-01 was due on 2026-06-30, 10 days ago, "
                + "and is not done (Échéance de la fiche action).");
        assertThat(a.text(Language.FR)).isEqualTo("CPOM C-1 : échéance « Fiche action FA-01 » dépassée depuis le "
                + "30/06/2026 (10 jours) et non réalisée (Échéance de la fiche action).");
        assertThat(a.subject(Language.FR)).isEqualTo("CPOM C-1 : « Fiche action FA-01 » en retard depuis le 30/06/2026");
        List<SentAlert> sent = record(List.of(), overdue);
        assertThat(AlertPlanner.plan("C-1", List.of(sheet()), USERS, LEADS, late.plusDays(20), sent).alerts())
                .isEmpty();
    }

    @Test
    void recipientsByExplicitUserRoleAndFallback() {
        Deadline explicit = eprd2026(Language.EN).withUserId(8123);
        assertThat(AlertPlanner.recipient(explicit, USERS)).isEqualTo(8123);
        assertThat(AlertPlanner.recipient(eprd2026(Language.EN), USERS)).isEqualTo(ACCOUNTANT);
        assertThat(AlertPlanner.recipient(sheet(), USERS)).isEqualTo(PILOT);
        // no accountant on the contract: the manager
        assertThat(AlertPlanner.recipient(eprd2026(Language.EN), new ContractUsers(MANAGER, 0))).isEqualTo(MANAGER);
        // nobody at all: reported, not sent
        AlertPlan nobody = AlertPlanner.plan("C-1", List.of(eprd2026(Language.EN)), new ContractUsers(0, 0), LEADS,
                LocalDate.of(2026, 4, 25), List.of());
        assertThat(nobody.alerts()).isEmpty();
        assertThat(nobody.unassigned()).extracting(Deadline::key).containsExactly("EPRD/2026");
    }

    @Test
    void alertsAlreadySentAreMatchedByKeyBeforeTheDeadlineHasAnId() {
        Deadline unsaved = eprd2026(Language.EN).withId(0);
        List<SentAlert> sent = List.of(new SentAlert(0, "EPRD/2026", ACCOUNTANT, 7));
        assertThat(AlertPlanner.plan("C-1", List.of(unsaved), USERS, LEADS, LocalDate.of(2026, 4, 25), sent).alerts())
                .isEmpty();
        // another deadline's alert does not count
        List<SentAlert> other = List.of(new SentAlert(99, "ERRD/2025", ACCOUNTANT, 7));
        assertThat(AlertPlanner.plan("C-1", List.of(eprd2026(Language.EN)), USERS, LEADS, LocalDate.of(2026, 4, 25),
                other).alerts()).hasSize(1);
    }

    @Test
    void leadDaysParseAndHostileValuesAreRefusedInFrenchAndEnglish() {
        assertThat(AlertLeadDays.parse("C-1", " 7, 90 ,30").days()).containsExactly(90, 30, 7);
        assertThat(AlertLeadDays.parse("C-1", null)).isEqualTo(AlertLeadDays.defaults());
        assertThat(AlertLeadDays.parse("C-1", "  ").days()).containsExactly(90, 30, 7);

        ValidationResult notNumber = AlertLeadDays.validate("C-1", "90,abc,7");
        assertThat(notNumber.keys()).containsExactly(MessageKeys.ALERT_LEAD_DAYS_NOT_NUMBER);
        assertThat(notNumber.render(Language.EN)).isEqualTo("Contract C-1: the alert lead days 90,abc,7 hold abc, "
                + "which is not a whole number of days. Write numbers separated by commas, e.g. 90,30,7.");
        assertThat(notNumber.render(Language.FR)).isEqualTo("Contrat C-1 : les délais d’alerte 90,abc,7 contiennent "
                + "abc, qui n’est pas un nombre entier de jours. Écrivez des nombres séparés par des virgules, "
                + "par exemple 90,30,7.");
        assertThat(AlertLeadDays.validate("C-1", "90,,7").keys())
                .containsExactly(MessageKeys.ALERT_LEAD_DAYS_NOT_NUMBER);
        assertThat(AlertLeadDays.validate("C-1", "30.5").keys())
                .containsExactly(MessageKeys.ALERT_LEAD_DAYS_NOT_NUMBER);

        ValidationResult negative = AlertLeadDays.validate("C-1", "90,-5");
        assertThat(negative.render(Language.EN)).isEqualTo("Contract C-1: an alert lead of -5 days is outside 0 to "
                + "730 days.");
        assertThat(negative.render(Language.FR)).isEqualTo("Contrat C-1 : un délai d’alerte de -5 jours est hors de 0 "
                + "à 730 jours.");
        assertThat(AlertLeadDays.validate("C-1", "1000").keys()).containsExactly(MessageKeys.ALERT_LEAD_DAYS_RANGE);

        ValidationResult twice = AlertLeadDays.validate("C-1", "30,90,30");
        assertThat(twice.render(Language.EN)).isEqualTo("Contract C-1: the alert lead of 30 days is given twice.");
        assertThat(twice.render(Language.FR)).isEqualTo("Contrat C-1 : le délai d’alerte de 30 jours est donné deux "
                + "fois.");

        CpomValidationException e = catchThrowableOfType(() -> AlertLeadDays.parse("C-1", "x"),
                CpomValidationException.class);
        assertThat(e.result().keys()).containsExactly(MessageKeys.ALERT_LEAD_DAYS_NOT_NUMBER);
    }
}
