package org.cpom.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.core.calendar.CalendarFixtures.byKey;
import static org.cpom.core.calendar.CalendarFixtures.input;
import static org.cpom.core.calendar.CalendarFixtures.keys;
import static org.cpom.core.calendar.CalendarFixtures.member;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cpom.core.activity.ModulationRisk;
import org.cpom.core.activity.ModulationRule;
import org.cpom.core.i18n.Language;
import org.cpom.core.model.ActionStatus;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.model.TariffAuthority;
import org.junit.jupiter.api.Test;

class DeadlineGeneratorTest {

    private static final DeadlineCalendarSettings DEFAULTS = DeadlineCalendarSettings.defaults();
    private static final PerimeterMember ESAT = member(101, "ESAT Les Tilleuls", "246", TariffAuthority.ARS);
    private static final PerimeterMember EHPAD = member(201, "EHPAD Les Cèdres", "500", TariffAuthority.JOINT);
    private static final PerimeterMember FOYER_DE_VIE = member(301, "Foyer de vie Le Parc", "382",
            TariffAuthority.DEPARTEMENT);
    private static final PerimeterMember CHRS = member(401, "CHRS La Passerelle", "214", TariffAuthority.PREFET);

    /** The common part of every 2025-2029 contract: reviews, end of contract, the sheet and its indicator. */
    private static final List<String> COMMON = List.of("ANRV/2026", "MIDR/2027", "ANRV/2028", "FEVL/2029",
            "RENW/2029", "ACTS/41", "INDV/61/2025", "INDV/61/2026", "INDV/61/2027", "INDV/61/2028", "INDV/61/2029");
    private static final List<String> EPRD_CYCLE = List.of("EPRD/2025", "EPRD/2026", "EPRD/2027", "EPRD/2028",
            "EPRD/2029", "ERRD/2025", "ERRD/2026", "ERRD/2027", "ERRD/2028", "ERRD/2029", "ACTF/2026", "ACTF/2027",
            "ACTF/2028", "ACTF/2029");

    @Test
    void disabilityContractL313_12_2FilesTheEprdCycleEveryYear() {
        List<Deadline> all = DeadlineGenerator.generate(input(LegalBasis.L313_12_2, ESAT), DEFAULTS, Language.EN);

        assertThat(keys(all)).containsExactlyInAnyOrderElementsOf(concat(EPRD_CYCLE, COMMON));
        // EPRD of N: 30 April of N (R314-210, no notification known); ERRD of N: 30 April of N+1 (R314-232 III)
        Deadline eprd = byKey(all, "EPRD/2026");
        assertThat(eprd.dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(eprd.fiscalYear()).isEqualTo(2026);
        assertThat(eprd.responsible()).isEqualTo(Responsible.ACCOUNTANT);
        assertThat(eprd.type()).isEqualTo(DeadlineType.EPRD);
        assertThat(eprd.name()).isEqualTo("EPRD 2026");
        assertThat(eprd.legalReference()).startsWith("R314-210 CASF");
        Deadline errd = byKey(all, "ERRD/2025");
        assertThat(errd.dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(errd.fiscalYear()).isEqualTo(2025);
        // activity forecast of N: 31 October of N-1; none for the first year (its targets are in the contract)
        assertThat(byKey(all, "ACTF/2026").dueDate()).isEqualTo(LocalDate.of(2025, 10, 31));
        // year 3 is the mid-term review, the last year has the final evaluation instead of an annual dialogue
        assertThat(byKey(all, "MIDR/2027").dueDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(byKey(all, "MIDR/2027").name()).isEqualTo("Mid-term review 2027 (year 3)");
        assertThat(byKey(all, "ANRV/2028").responsible()).isEqualTo(Responsible.CONTRACT_MANAGER);
        // end 2029-12-31: final evaluation 9 months before, prorogation request 6 months before
        assertThat(byKey(all, "FEVL/2029").dueDate()).isEqualTo(LocalDate.of(2029, 3, 31));
        Deadline renewal = byKey(all, "RENW/2029");
        assertThat(renewal.dueDate()).isEqualTo(LocalDate.of(2029, 6, 30));
        assertThat(renewal.name()).isEqualTo("Prorogation or renewal request (end 2029-12-31)");
        // the action sheet's due date, for its pilot
        Deadline sheet = byKey(all, "ACTS/41");
        assertThat(sheet.dueDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(sheet.responsible()).isEqualTo(Responsible.PILOT);
        assertThat(sheet.userId()).isEqualTo(CalendarFixtures.PILOT);
        assertThat(sheet.actionSheetId()).isEqualTo(CalendarFixtures.SHEET_ID);
        assertThat(sheet.name()).isEqualTo("Action sheet FA-01");
        // indicator actuals of N with the ERRD; the indicator of a sheet goes to its pilot
        Deadline indicator = byKey(all, "INDV/61/2029");
        assertThat(indicator.dueDate()).isEqualTo(LocalDate.of(2030, 4, 30));
        assertThat(indicator.indicatorId()).isEqualTo(CalendarFixtures.INDICATOR_ID);
        assertThat(indicator.userId()).isEqualTo(CalendarFixtures.PILOT);
        // ordered by due date, every key and text within its column
        assertThat(all).isSortedAccordingTo(java.util.Comparator.comparing(Deadline::dueDate));
        assertThat(all).allSatisfy(d -> {
            assertThat(d.key().length()).isLessThanOrEqualTo(60);
            assertThat(d.name().length()).isLessThanOrEqualTo(60);
            assertThat(d.legalReference().length()).isLessThanOrEqualTo(255);
            assertThat(d.done()).isFalse();
        });
    }

    @Test
    void ehpadContractIvTerFilesTheEprdCycleInFrench() {
        List<Deadline> all = DeadlineGenerator.generate(input(LegalBasis.L313_12_IV_TER, EHPAD), DEFAULTS,
                Language.FR);

        assertThat(keys(all)).containsExactlyInAnyOrderElementsOf(concat(EPRD_CYCLE, COMMON));
        assertThat(byKey(all, "ACTF/2027").name()).isEqualTo("Prévisions d’activité 2027");
        assertThat(byKey(all, "RENW/2029").name())
                .isEqualTo("Demande de prorogation ou de renouvellement (fin 31/12/2029)");
        assertThat(byKey(all, "ERRD/2027").legalReference())
                .isEqualTo("ERRD et annexes : 30 avril de l’année suivante (R314-232 CASF ; campagnes CNSA)");
    }

    @Test
    void generalContractL313_11FilesNoEprdUnlessRequestedForAnEligibleCategory() {
        // an ESAT (5° of L312-1) and a foyer de vie (7°) under L313-11: budget prévisionnel, no EPRD
        List<Deadline> plain = DeadlineGenerator.generate(input(LegalBasis.L313_11, ESAT, FOYER_DE_VIE), DEFAULTS,
                Language.EN);
        assertThat(keys(plain)).containsExactlyInAnyOrderElementsOf(COMMON);

        // the EPRD at the manager's request: the foyer de vie (7°) may take it, so the contract files it
        List<Deadline> requested = DeadlineGenerator.generate(
                input(LegalBasis.L313_11, ESAT, FOYER_DE_VIE).withEprdRequested(true), DEFAULTS, Language.EN);
        assertThat(keys(requested)).containsExactlyInAnyOrderElementsOf(concat(EPRD_CYCLE, COMMON));

        // an ESAT alone cannot opt in under L313-11 (5° is not among 6°, 7°, 9°, 12°)
        List<Deadline> esatOnly = DeadlineGenerator.generate(
                input(LegalBasis.L313_11, ESAT).withEprdRequested(true), DEFAULTS, Language.EN);
        assertThat(keys(esatOnly)).containsExactlyInAnyOrderElementsOf(COMMON);
    }

    @Test
    void chrsContractL313_11_2FilesNoEprdNorErrd() {
        List<Deadline> all = DeadlineGenerator.generate(input(LegalBasis.L313_11_2, CHRS).withEprdRequested(true),
                DEFAULTS, Language.EN);
        assertThat(keys(all)).containsExactlyInAnyOrderElementsOf(COMMON);
        // a CSAPA (9°) in the CHRS contract may take the EPRD on request, as under L313-11
        PerimeterMember csapa = member(402, "CSAPA Le Relais", "197", TariffAuthority.ARS);
        assertThat(keys(DeadlineGenerator.generate(input(LegalBasis.L313_11_2, CHRS, csapa), DEFAULTS, Language.EN)))
                .containsExactlyInAnyOrderElementsOf(COMMON);
        assertThat(keys(DeadlineGenerator.generate(input(LegalBasis.L313_11_2, CHRS, csapa).withEprdRequested(true),
                DEFAULTS, Language.EN))).containsExactlyInAnyOrderElementsOf(concat(EPRD_CYCLE, COMMON));
    }

    @Test
    void eprdFollowsTheLastTariffNotification() {
        Map<Integer, LocalDate> notifications = Map.of(2025, LocalDate.of(2025, 3, 10), 2026,
                LocalDate.of(2026, 5, 12), 2027, LocalDate.of(2027, 6, 20));
        List<Deadline> all = DeadlineGenerator.generate(
                input(LegalBasis.L313_12_2, ESAT).withLastTariffNotifications(notifications), DEFAULTS, Language.EN);
        // 10 March + 30 days = 9 April: never before 30 April
        assertThat(byKey(all, "EPRD/2025").dueDate()).isEqualTo(LocalDate.of(2025, 4, 30));
        // 12 May + 30 days = 11 June
        assertThat(byKey(all, "EPRD/2026").dueDate()).isEqualTo(LocalDate.of(2026, 6, 11));
        // 20 June + 30 days = 20 July: the campaigns' 30 June cap
        assertThat(byKey(all, "EPRD/2027").dueDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        // no notification known: the regulatory date
        assertThat(byKey(all, "EPRD/2028").dueDate()).isEqualTo(LocalDate.of(2028, 4, 30));

        // without the cap, the 30 days run
        DeadlineCalendarSettings noCap = DeadlineCalendarSettings.fromConfig(
                Map.of(DeadlineCalendarSettings.CFG_EPRD_LATEST, "-")::get);
        assertThat(DeadlineGenerator.eprdDueDate(2027, LocalDate.of(2027, 6, 20), noCap))
                .isEqualTo(LocalDate.of(2027, 7, 20));
    }

    @Test
    void homeCareServicesFileTheirActivityForecastBy15MarchOfTheYear() {
        // R314-214: 31 October N-1, but 15 March N for the services autonomie à domicile (L313-1-3)
        PerimeterMember sad = member(501, "SAD Val de Saône", "209", TariffAuthority.JOINT);
        List<Deadline> alone = DeadlineGenerator.generate(input(LegalBasis.L313_12_2, sad), DEFAULTS, Language.EN);
        assertThat(keys(alone)).contains("ACTF/2025/SAD", "ACTF/2029/SAD").doesNotContain("ACTF/2026");
        Deadline first = byKey(alone, "ACTF/2025/SAD");
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(first.fiscalYear()).isEqualTo(2025);
        assertThat(first.name()).isEqualTo("Activity forecast 2025 (home care services)");
        assertThat(first.legalReference()).startsWith("R314-214 CASF");
        // with an ESAT in the same EPRD, both tables
        List<Deadline> mixed = DeadlineGenerator.generate(input(LegalBasis.L313_12_2, ESAT, sad), DEFAULTS,
                Language.EN);
        assertThat(keys(mixed)).contains("ACTF/2026", "ACTF/2026/SAD");
        assertThat(byKey(mixed, "ACTF/2026").dueDate()).isEqualTo(LocalDate.of(2025, 10, 31));
    }

    @Test
    void establishmentJoiningLaterStartsTheEprdInItsYear() {
        PerimeterMember joins2027 = new PerimeterMember(101, "ESAT", "246", TariffAuthority.ARS,
                LocalDate.of(2027, 1, 1), null);
        List<Deadline> all = DeadlineGenerator.generate(
                CalendarInput.of(CalendarFixtures.contract(LegalBasis.L313_12_2), List.of(joins2027), List.of(),
                        List.of()),
                DEFAULTS, Language.EN);
        assertThat(keys(all)).contains("EPRD/2027", "ERRD/2027", "ACTF/2027").doesNotContain("EPRD/2026",
                "ERRD/2026", "ACTF/2026");
    }

    @Test
    void sheetsAbandonedOrWithoutDueDateHaveNoDeadlineDoneSheetsAreDone() {
        CalendarInput in = input(LegalBasis.L313_12_2, ESAT);
        List<Deadline> abandoned = DeadlineGenerator.generate(in.withActionSheets(
                List.of(CalendarFixtures.sheet(LocalDate.of(2027, 6, 30), ActionStatus.ABANDONED))), DEFAULTS,
                Language.EN);
        assertThat(keys(abandoned)).doesNotContain("ACTS/41");
        List<Deadline> noDate = DeadlineGenerator.generate(
                in.withActionSheets(List.of(CalendarFixtures.sheet(null, ActionStatus.PLANNED))), DEFAULTS,
                Language.EN);
        assertThat(keys(noDate)).doesNotContain("ACTS/41");
        List<Deadline> done = DeadlineGenerator.generate(in.withActionSheets(
                List.of(CalendarFixtures.sheet(LocalDate.of(2027, 6, 30), ActionStatus.DONE))), DEFAULTS,
                Language.EN);
        assertThat(byKey(done, "ACTS/41").done()).isTrue();
    }

    @Test
    void modulationRiskBecomesADeadlineWithItsAmount() {
        ModulationRisk.Assessment atRisk = new ModulationRisk.Assessment(101, "ESAT Les Tilleuls", 2026,
                ModulationRisk.Outcome.AT_RISK, ModulationRule.PRO_RATA, new BigDecimal("95"),
                new BigDecimal("87.91"), true, true, new BigDecimal("3.7316"), new BigDecimal("800000"),
                new BigDecimal("29852.63"));
        ModulationRisk.Assessment fine = new ModulationRisk.Assessment(102, "ESAT Le Moulin", 2026,
                ModulationRisk.Outcome.ABOVE_THRESHOLD, ModulationRule.PRO_RATA, new BigDecimal("95"),
                new BigDecimal("97.00"), true, false, BigDecimal.ZERO, new BigDecimal("500000"), BigDecimal.ZERO);
        List<Deadline> all = DeadlineGenerator.generate(
                input(LegalBasis.L313_12_2, ESAT).withModulationRisks(List.of(atRisk, fine)), DEFAULTS, Language.EN);

        Deadline modu = byKey(all, "MODU/101/2026");
        assertThat(keys(all)).doesNotContain("MODU/102/2026");
        assertThat(modu.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(modu.amount()).isEqualByComparingTo("29852.63");
        assertThat(modu.establishmentId()).isEqualTo(101);
        assertThat(modu.name()).isEqualTo("Modulation risk 2026: ESAT Les Tilleuls");
        assertThat(modu.legalReference()).isEqualTo("R314-43-2 III CASF: rate 87.91 % below the objective 95 %: "
                + "cut of at most half the relative gap, 29,852.63 at risk");
        assertThat(DeadlineGenerator.amountAtRisk(all)).isEqualByComparingTo("29852.63");
    }

    @Test
    void settingsComeFromConfigurationAndBadValuesAreRefusedInBothLanguages() {
        DeadlineCalendarSettings s = DeadlineCalendarSettings.fromConfig(Map.of(
                DeadlineCalendarSettings.CFG_EPRD_DUE, "06-30", DeadlineCalendarSettings.CFG_RENEWAL_MONTHS, "8",
                DeadlineCalendarSettings.CFG_ANNUAL_REVIEWS, "N")::get);
        List<Deadline> all = DeadlineGenerator.generate(input(LegalBasis.L313_12_2, ESAT), s, Language.EN);
        assertThat(byKey(all, "EPRD/2025").dueDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(byKey(all, "RENW/2029").dueDate()).isEqualTo(LocalDate.of(2029, 4, 30));
        assertThat(keys(all)).doesNotContain("ANRV/2026", "ANRV/2028").contains("MIDR/2027");

        var bad = org.assertj.core.api.Assertions.catchThrowableOfType(() -> DeadlineCalendarSettings.fromConfig(
                Map.of(DeadlineCalendarSettings.CFG_ERRD_DUE, "04-31",
                        DeadlineCalendarSettings.CFG_MID_TERM_YEAR, "9")::get),
                org.cpom.core.rule.CpomValidationException.class);
        assertThat(bad.getMessage(Language.EN)).isEqualTo(
                "Deadline calendar setting CPOM_DEADLINE_ERRD_DUE: the value 04-31 is not valid (expected MM-dd).\n"
                        + "Deadline calendar setting CPOM_DEADLINE_MID_TERM_YEAR: the value 9 is not valid (expected 1..6).");
        assertThat(bad.getMessage(Language.FR)).isEqualTo(
                "Paramètre de l’échéancier CPOM_DEADLINE_ERRD_DUE : la valeur 04-31 n’est pas valide (attendu : MM-dd).\n"
                        + "Paramètre de l’échéancier CPOM_DEADLINE_MID_TERM_YEAR : la valeur 9 n’est pas valide (attendu : 1..6).");
    }

    @Test
    void incompletePeriodGeneratesNothing() {
        CalendarInput in = input(LegalBasis.L313_12_2, ESAT);
        assertThat(DeadlineGenerator.generate(in.withContract(in.contract().withDateTo(null)), DEFAULTS,
                Language.EN)).isEmpty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
