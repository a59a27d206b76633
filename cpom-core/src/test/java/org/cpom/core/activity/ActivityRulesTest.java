package org.cpom.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.model.TariffAuthority;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.core.rule.ValidationResult;
import org.junit.jupiter.api.Test;

/** Each hostile activity row breaks one rule and gets one clear message in French and in English. */
class ActivityRulesTest {

    private static final Contract CONTRACT = new Contract(1000, 11, "C-1", "CPOM test", null, LegalBasis.L313_12_2,
            900, 2001, 0, LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31), LocalDate.of(2024, 12, 15), false,
            new BigDecimal("1000000.00"), 102, null, DocStatus.COMPLETED);
    private static final PerimeterMember MAS = new PerimeterMember(101, "MAS Les Sources", "255", TariffAuthority.ARS,
            null, LocalDate.of(2028, 6, 30));

    /** A valid row: 40 places open 365 days in 2026, 13,140 days for a 14,000 target, 6,000 at 30 June. */
    private static ActivityRecord valid() {
        return new ActivityRecord(5, 1000, 101, 2026, ActivityUnit.DAYS, new BigDecimal("14000"),
                new BigDecimal("13140"), new BigDecimal("6000"), LocalDate.of(2026, 6, 30), new BigDecimal("40"), 365,
                new BigDecimal("12"), new BigDecimal("95"), new BigDecimal("2500000"), "MAS 2026");
    }

    private static ValidationResult check(UnaryOperator<ActivityRecord> change) {
        return ActivityRules.validate(change.apply(valid()), CONTRACT, MAS);
    }

    private static void assertOne(ValidationResult r, String key, String en, String fr) {
        assertThat(r.keys()).containsExactly(key);
        assertThat(r.render(Language.EN)).isEqualTo(en);
        assertThat(r.render(Language.FR)).isEqualTo(fr);
        // what a process gets: an exception carrying both languages, before anything is written
        CpomValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(r::throwIfInvalid,
                CpomValidationException.class);
        assertThat(e.getMessage(Language.FR)).isEqualTo(fr);
    }

    @Test
    void theValidRowPasses() {
        assertThat(ActivityRules.validate(valid(), CONTRACT, MAS).isValid()).isTrue();
        assertThat(ActivityRules.checkUnique(valid(), CONTRACT, MAS.label(), List.of(valid())).isValid()).isTrue();
    }

    @Test
    void negativeQuantities() {
        assertOne(check(r -> r.withTarget(new BigDecimal("-5"))), MessageKeys.ACTIVITY_NEGATIVE,
                "Contract C-1, establishment MAS Les Sources, year 2026: Activity target cannot be negative (-5).",
                "Contrat C-1, établissement MAS Les Sources, année 2026 : valeur négative refusée pour « Objectif d’activité » (-5).");
        assertOne(check(r -> r.withActual(new BigDecimal("-1")).withToDate(null, null)),
                MessageKeys.ACTIVITY_NEGATIVE,
                "Contract C-1, establishment MAS Les Sources, year 2026: Activity of the year cannot be negative (-1).",
                "Contrat C-1, établissement MAS Les Sources, année 2026 : valeur négative refusée pour « Activité de l’année » (-1).");
        assertOne(check(r -> r.withAdmissions(new BigDecimal("-3"))), MessageKeys.ACTIVITY_NEGATIVE,
                "Contract C-1, establishment MAS Les Sources, year 2026: Admissions cannot be negative (-3).",
                "Contrat C-1, établissement MAS Les Sources, année 2026 : valeur négative refusée pour « Admissions » (-3).");
        assertOne(check(r -> r.withModulation(null, new BigDecimal("-10.50"))), MessageKeys.ACTIVITY_NEGATIVE,
                "Contract C-1, establishment MAS Les Sources, year 2026: Dotation cannot be negative (-10.50).",
                "Contrat C-1, établissement MAS Les Sources, année 2026 : valeur négative refusée pour « Dotation » (-10,50).");
    }

    @Test
    void journeesAboveCapacityTimesDays() {
        // 40 places × 365 days = 14,600: 14,601 is one day too many
        assertOne(check(r -> r.withActual(new BigDecimal("14601"))), MessageKeys.ACTIVITY_ABOVE_CAPACITY,
                "Contract C-1, establishment MAS Les Sources, year 2026: 14,601 journées exceed 40 places × 365 "
                        + "opening days = 14,600.",
                "Contrat C-1, établissement MAS Les Sources, année 2026 : 14\u202f601 journées dépassent 40 places × "
                        + "365 jours d’ouverture = 14\u202f600.");
        // by 30 June (day 181): at most 40 × 181 = 7,240
        assertOne(check(r -> r.withActual(null).withToDate(new BigDecimal("7241"), LocalDate.of(2026, 6, 30))),
                MessageKeys.ACTIVITY_TO_DATE_ABOVE_CAPACITY,
                "Contract C-1, establishment MAS Les Sources, year 2026: 7,241 journées to date exceed 40 places × "
                        + "181 days up to 2026-06-30 = 7,240.",
                "Contrat C-1, établissement MAS Les Sources, année 2026 : 7\u202f241 journées à date dépassent 40 "
                        + "places × 181 jours jusqu’au 30/06/2026 = 7\u202f240.");
        // journées without places: the occupancy cannot be computed
        assertOne(check(r -> r.withCapacity(null, 365)), MessageKeys.ACTIVITY_CAPACITY_MISSING,
                "Contract C-1, establishment MAS Les Sources, year 2026: journées need the installed places to "
                        + "compute the occupancy.",
                "Contrat C-1, établissement MAS Les Sources, année 2026 : des journées demandent les places installées "
                        + "pour calculer le taux d’occupation.");
    }

    @Test
    void yearOutsideTheContractOrTheMembership() {
        assertOne(check(r -> r.withFiscalYear(2031).withToDate(null, null)), MessageKeys.ACTIVITY_YEAR_OUTSIDE,
                "Contract C-1, establishment MAS Les Sources: the year 2031 is outside the contract (2025 to 2029).",
                "Contrat C-1, établissement MAS Les Sources : l’année 2031 est hors du contrat (2025 à 2029).");
        // the MAS left the perimeter on 30 June 2028
        assertOne(check(r -> r.withFiscalYear(2029).withToDate(null, null)),
                MessageKeys.ACTIVITY_YEAR_OUTSIDE_MEMBERSHIP,
                "Contract C-1, establishment MAS Les Sources: the establishment is not in the perimeter in 2029.",
                "Contrat C-1, établissement MAS Les Sources : l’établissement n’est pas dans le périmètre en 2029.");
        ValidationResult outside = ActivityRules.validate(valid(), CONTRACT, null);
        assertOne(outside, MessageKeys.ACTIVITY_ESTABLISHMENT_OUTSIDE,
                "Contract C-1, activity 2026: establishment n° 101 is not in the contract’s perimeter.",
                "Contrat C-1, activité 2026 : l’établissement n° 101 n’est pas dans le périmètre du contrat.");
    }

    @Test
    void unitMissingOrUnknownForTheCategory() {
        assertOne(check(r -> r.withUnit(null)), MessageKeys.ACTIVITY_UNIT_MISSING,
                "Contract C-1, establishment MAS Les Sources, year 2026: choose the activity unit.",
                "Contrat C-1, établissement MAS Les Sources, année 2026 : choisissez l’unité d’activité.");
        // a MAS (255) counts journées, places or its file active, never hours
        assertOne(check(r -> r.withUnit(ActivityUnit.HOURS)), MessageKeys.ACTIVITY_UNIT_NOT_FOR_CATEGORY,
                "Contract C-1, establishment MAS Les Sources, year 2026: the unit Hours is not one the FINESS "
                        + "category 255 counts its activity in.",
                "Contrat C-1, établissement MAS Les Sources, année 2026 : l’unité Heures n’est pas une unité "
                        + "d’activité de la catégorie FINESS 255.");
        assertThat(ActivityRules.allowedUnits("189")).containsExactlyInAnyOrder(ActivityUnit.ACTS,
                ActivityUnit.ACTIVE_FILE);
        assertThat(ActivityRules.allowedUnits("460")).containsExactlyInAnyOrder(ActivityUnit.HOURS,
                ActivityUnit.ACTIVE_FILE);
        assertThat(ActivityRules.allowedUnits("999")).hasSize(ActivityUnit.values().length);
        // shared by every caller: nobody may change them
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ActivityRules.allowedUnits("255")
                .add(ActivityUnit.HOURS)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ActivityRules.allowedUnits("255")).doesNotContain(ActivityUnit.HOURS);
    }

    @Test
    void measureDateOutsideTheYearOrMissing() {
        assertOne(check(r -> r.withToDate(new BigDecimal("6000"), LocalDate.of(2027, 1, 15))),
                MessageKeys.ACTIVITY_MEASURE_DATE_OUTSIDE,
                "Contract C-1, establishment MAS Les Sources, year 2026: the measure date 2027-01-15 is not in the year.",
                "Contrat C-1, établissement MAS Les Sources, année 2026 : la date de mesure 15/01/2027 n’est pas dans "
                        + "l’année.");
        assertOne(check(r -> r.withToDate(new BigDecimal("6000"), null)), MessageKeys.ACTIVITY_MEASURE_DATE_MISSING,
                "Contract C-1, establishment MAS Les Sources, year 2026: give the date of the activity to date.",
                "Contrat C-1, établissement MAS Les Sources, année 2026 : indiquez la date de l’activité à date.");
        assertOne(check(r -> r.withToDate(new BigDecimal("7000"), LocalDate.of(2026, 12, 31))
                .withActual(new BigDecimal("6500"))), MessageKeys.ACTIVITY_TO_DATE_ABOVE_ACTUAL,
                "Contract C-1, establishment MAS Les Sources, year 2026: the activity to date 7,000 exceeds the "
                        + "activity of the whole year 6,500.",
                "Contrat C-1, établissement MAS Les Sources, année 2026 : l’activité à date 7\u202f000 dépasse "
                        + "l’activité de l’année entière 6\u202f500.");
    }

    @Test
    void openingDaysAndThresholdOutOfRange() {
        assertOne(check(r -> r.withCapacity(new BigDecimal("40"), 400)), MessageKeys.ACTIVITY_OPENING_DAYS,
                "Contract C-1, establishment MAS Les Sources, year 2026: the number of opening days 400 is outside 1 "
                        + "to 365.",
                "Contrat C-1, établissement MAS Les Sources, année 2026 : le nombre de jours d’ouverture 400 est hors "
                        + "de 1 à 365.");
        assertOne(check(r -> r.withModulation(new BigDecimal("120"), null)), MessageKeys.ACTIVITY_THRESHOLD_RANGE,
                "Contract C-1, establishment MAS Les Sources, year 2026: the modulation threshold 120 % must be "
                        + "above 0 and at most 100.",
                "Contrat C-1, établissement MAS Les Sources, année 2026 : le seuil de modulation 120 % doit être "
                        + "supérieur à 0 et au plus 100.");
        ValidationResult contract = ActivityRules.checkContractThreshold(CONTRACT, BigDecimal.ZERO);
        assertOne(contract, MessageKeys.ACTIVITY_CONTRACT_THRESHOLD_RANGE,
                "Contract C-1: the modulation threshold 0 % must be above 0 and at most 100.",
                "Contrat C-1 : le seuil de modulation 0 % doit être supérieur à 0 et au plus 100.");
        assertThat(ActivityRules.checkContractThreshold(CONTRACT, new BigDecimal("95")).isValid()).isTrue();
        assertThat(ActivityRules.checkContractThreshold(CONTRACT, null).isValid()).isTrue();
    }

    @Test
    void oneRowPerEstablishmentAndYear() {
        ActivityRecord imported = new ActivityRecord(0, 1000, 101, 2026, ActivityUnit.DAYS, null,
                new BigDecimal("13000"), null, null, new BigDecimal("40"), 365, null, null, null, null);
        assertOne(ActivityRules.checkUnique(imported, CONTRACT, MAS.label(), List.of(valid())),
                MessageKeys.ACTIVITY_DUPLICATE,
                "Contract C-1, establishment MAS Les Sources: the activity of 2026 is already entered.",
                "Contrat C-1, établissement MAS Les Sources : l’activité de 2026 est déjà saisie.");
        assertThat(ActivityRules.checkUnique(imported.withFiscalYear(2027), CONTRACT, MAS.label(), List.of(valid()))
                .isValid()).isTrue();
    }
}
