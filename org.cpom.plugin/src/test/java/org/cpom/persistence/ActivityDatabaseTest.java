package org.cpom.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.adempiere.base.event.IEventManager;
import org.adempiere.base.event.IEventTopics;
import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.DocStatus;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.core.rule.ValidationResult;
import org.cpom.event.ActivityEventHandler;
import org.cpom.event.SaveContext;
import org.cpom.model.MCpomActivity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.osgi.service.event.Event;

/**
 * CPOM_Activity through its save rules on PostgreSQL, in the catalogue's world (contract 1000, 2025-2029, ESAT 101
 * with 75 places and 251 opening days, ESAT 102, a P1 dotation of 100,000.00 per establishment and year): the
 * figures the save computes against hand computations, the establishment's capacity copied, and every hostile
 * input refused with its message in English and French and nothing written.
 */
class ActivityDatabaseTest extends DatabaseTest {

    private static final int OUTSIDE_ESTABLISHMENT = 103;

    @Test
    void theSaveCopiesTheCapacityAndComputesTheFiguresAndTheModulationRisk() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            exec(c, "UPDATE CPOM_Contract SET ModulationRule='S', ModulationThreshold=95");
            int id = store(c).insert("CPOM_Activity", JdbcRecordStore.columns("CPOM_Contract_ID", Fixtures.CONTRACT_ID,
                    "CPOM_Establishment_ID", Fixtures.ESTABLISHMENT_1, "FiscalYear", 2026, "ActivityUnit", "JO",
                    "ActivityTarget", new BigDecimal("17000"), "ActivityActual", new BigDecimal("16000")));
            Map<String, Object> row = store(c).load("CPOM_Activity", id);
            // copied from the establishment: 75 places, 251 opening days
            assertThat((BigDecimal) row.get("CapacityInstalled")).isEqualByComparingTo("75");
            assertThat(((Number) row.get("OpeningDays")).intValue()).isEqualTo(251);
            // 16,000 ÷ (75 × 251 = 18,825) = 84.99 %; 16,000 ÷ 17,000 = 94.12 %
            assertThat((BigDecimal) row.get("OccupancyRate")).isEqualByComparingTo("84.99");
            assertThat((BigDecimal) row.get("ActivityRate")).isEqualByComparingTo("94.12");
            assertThat(row.get("ProjectedActivity")).isNull();
            // rule S, 95 %: 100,000.00 (budget P1 of 101 in 2026) × (95 − 84.99) ÷ 200 = 5,005.00
            assertThat((BigDecimal) row.get("ModulationRiskAmt")).isEqualByComparingTo("5005.00");
            assertThat(row.get("DotationAmt")).as("the budget's dotation is used, not copied").isNull();

            // the activity to date replaces the actual: 9,000 journées at 30 June 2026 (day 181 of 365)
            store(c).update("CPOM_Activity", id, JdbcRecordStore.columns("ActivityActual", null, "ActivityToDate",
                    new BigDecimal("9000"), "MeasureDate", LocalDate.of(2026, 6, 30), "DotationAmt",
                    new BigDecimal("200000")));
            row = store(c).load("CPOM_Activity", id);
            // 9,000 × 365 ÷ 181 = 18,149.17; occupancy 18,149.17 ÷ 18,825 = 96.41 %: above 95 %, nothing at risk
            assertThat((BigDecimal) row.get("ProjectedActivity")).isEqualByComparingTo("18149.17");
            assertThat((BigDecimal) row.get("OccupancyRate")).isEqualByComparingTo("96.41");
            assertThat((BigDecimal) row.get("ModulationRiskAmt")).isEqualByComparingTo("0");
            c.rollback();
        }
    }

    @Test
    void withoutAModulationRuleNoAmountIsComputed() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            int id = store(c).insert("CPOM_Activity", JdbcRecordStore.columns("CPOM_Contract_ID", Fixtures.CONTRACT_ID,
                    "CPOM_Establishment_ID", Fixtures.ESTABLISHMENT_2, "FiscalYear", 2025, "ActivityUnit", "JO",
                    "CapacityInstalled", new BigDecimal("50"), "OpeningDays", 250, "ActivityActual",
                    new BigDecimal("10000")));
            Map<String, Object> row = store(c).load("CPOM_Activity", id);
            assertThat((BigDecimal) row.get("CapacityInstalled")).as("an entered capacity is kept")
                    .isEqualByComparingTo("50");
            assertThat((BigDecimal) row.get("OccupancyRate")).isEqualByComparingTo("80.00"); // 10,000 ÷ 12,500
            assertThat(row.get("ModulationRiskAmt")).isNull();
            c.rollback();
        }
    }

    /** One hostile activity row: what is written and the key that must refuse it. */
    record Hostile(String name, Map<String, Object> changes, String expectedKey) {
    }

    static List<Hostile> hostile() {
        return List.of(
                new Hostile("negative target", Map.of("ActivityTarget", new BigDecimal("-1")),
                        MessageKeys.ACTIVITY_NEGATIVE),
                new Hostile("negative admissions", Map.of("AdmissionsQty", new BigDecimal("-3")),
                        MessageKeys.ACTIVITY_NEGATIVE),
                new Hostile("above capacity × days (75 × 251 = 18,825)",
                        Map.of("ActivityActual", new BigDecimal("18826")), MessageKeys.ACTIVITY_ABOVE_CAPACITY),
                new Hostile("to date above capacity × days elapsed", Map.of("ActivityToDate", new BigDecimal("15000"),
                        "MeasureDate", LocalDate.of(2026, 3, 31)), MessageKeys.ACTIVITY_TO_DATE_ABOVE_CAPACITY),
                new Hostile("year outside the contract", Map.of("FiscalYear", 2031), MessageKeys.ACTIVITY_YEAR_OUTSIDE),
                new Hostile("establishment outside the perimeter",
                        Map.of("CPOM_Establishment_ID", OUTSIDE_ESTABLISHMENT),
                        MessageKeys.ACTIVITY_ESTABLISHMENT_OUTSIDE),
                new Hostile("unknown unit", Map.of("ActivityUnit", "XX"), MessageKeys.ACTIVITY_UNIT_NOT_FOR_CATEGORY),
                new Hostile("opening days above the year", Map.of("OpeningDays", 400),
                        MessageKeys.ACTIVITY_OPENING_DAYS),
                new Hostile("measure date in another year", Map.of("ActivityToDate", new BigDecimal("100"),
                        "MeasureDate", LocalDate.of(2027, 1, 15)), MessageKeys.ACTIVITY_MEASURE_DATE_OUTSIDE),
                new Hostile("to date without its date", Map.of("ActivityToDate", new BigDecimal("100")),
                        MessageKeys.ACTIVITY_MEASURE_DATE_MISSING),
                new Hostile("threshold above 100", Map.of("ModulationThreshold", new BigDecimal("150")),
                        MessageKeys.ACTIVITY_THRESHOLD_RANGE),
                new Hostile("second row of the same establishment and year", Map.of(), MessageKeys.ACTIVITY_DUPLICATE));
    }

    @TestFactory
    Stream<DynamicTest> everyHostileActivityIsRefusedInBothLanguagesAndNothingIsWritten() {
        return hostile().stream().map(h -> DynamicTest.dynamicTest(h.name(), () -> replay(h)));
    }

    private void replay(Hostile h) throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            CpomWorld.insert(c, "CPOM_Establishment", CpomWorld.cols("CPOM_Establishment_ID", OUTSIDE_ESTABLISHMENT,
                    "AD_Org_ID", CpomWorld.ORG_FREE, "FINESS_EG", Fixtures.withKey("69000103"), "Name",
                    "ESAT hors périmètre", "CPOM_FinessCategory_ID", CpomWorld.ESAT_CATEGORY_ID));
            boolean duplicate = h.expectedKey().equals(MessageKeys.ACTIVITY_DUPLICATE);
            if (duplicate) {
                store(c).insert("CPOM_Activity", valid());
            }
            String before = CpomWorld.checksum(c);
            Map<String, Object> row = valid();
            row.putAll(h.changes());
            ValidationResult result = rejected(() -> store(c).insert("CPOM_Activity", row));
            assertThat(result.hasKey(h.expectedKey())).as("%s: %s", h.name(), result.keys()).isTrue();
            String en = result.render(Language.EN);
            String fr = result.render(Language.FR);
            assertThat(en).isNotBlank().doesNotContain("CPOM_");
            assertThat(fr).isNotBlank().doesNotContain("CPOM_").isNotEqualTo(en);
            assertThat(CpomWorld.checksum(c)).as("nothing written by %s", h.name()).isEqualTo(before);
            // the same refusal on a change of a stored row leaves it as it was
            if (!duplicate) {
                int id = store(c).insert("CPOM_Activity", valid());
                String stored = CpomWorld.checksum(c);
                ValidationResult onChange = rejected(() -> store(c).update("CPOM_Activity", id, h.changes()));
                assertThat(onChange.hasKey(h.expectedKey())).as("%s on change: %s", h.name(), onChange.keys())
                        .isTrue();
                assertThat(CpomWorld.checksum(c)).isEqualTo(stored);
            }
            c.rollback();
        }
    }

    @Test
    void theEventHandlerSetsTheFiguresOnThePoAndVetoesInTheUsersLanguage() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            MCpomActivity po = mock(MCpomActivity.class);
            when(po.getCPOM_Contract_ID()).thenReturn(Fixtures.CONTRACT_ID);
            when(po.getCPOM_Establishment_ID()).thenReturn(Fixtures.ESTABLISHMENT_1);
            when(po.getFiscalYear()).thenReturn(2026);
            when(po.getActivityUnit()).thenReturn("JO");
            // the rules read optional numbers as stored (PO.get_Value), not through the getter that turns empty into 0
            when(po.get_Value("ActivityActual")).thenReturn(new BigDecimal("16000"));
            List<String> errors = send(c, po, Language.FR);
            assertThat(errors).isEmpty();
            verify(po).set_ValueNoCheck("CapacityInstalled", new BigDecimal("75"));
            verify(po).set_ValueNoCheck("OpeningDays", 251);
            verify(po).set_ValueNoCheck("OccupancyRate", new BigDecimal("84.99"));

            MCpomActivity bad = mock(MCpomActivity.class);
            when(bad.getCPOM_Contract_ID()).thenReturn(Fixtures.CONTRACT_ID);
            when(bad.getCPOM_Establishment_ID()).thenReturn(Fixtures.ESTABLISHMENT_1);
            when(bad.getFiscalYear()).thenReturn(2031);
            when(bad.getActivityUnit()).thenReturn("JO");
            errors = send(c, bad, Language.FR);
            assertThat(errors).singleElement().asString().contains("2031").contains("contrat");
            verify(bad, never()).set_ValueNoCheck(eq("OccupancyRate"), any());
            c.rollback();
        }
    }

    private static List<String> send(Connection c, Object po, Language language) {
        List<String> errors = new ArrayList<>();
        Map<String, Object> props = new HashMap<>();
        props.put(IEventManager.EVENT_DATA, po);
        props.put(IEventManager.EVENT_ERROR_MESSAGES, errors);
        new ActivityEventHandler(data -> SaveContext.of(language, c, CpomWorld.USER_ID))
                .handleEvent(new Event(IEventTopics.PO_BEFORE_NEW, props));
        return errors;
    }

    private static Map<String, Object> valid() {
        return JdbcRecordStore.columns("CPOM_Contract_ID", Fixtures.CONTRACT_ID, "CPOM_Establishment_ID",
                Fixtures.ESTABLISHMENT_1, "FiscalYear", 2026, "ActivityUnit", "JO", "ActivityTarget",
                new BigDecimal("17000"), "ActivityActual", new BigDecimal("16000"));
    }

    @FunctionalInterface
    interface Attempt {
        void run() throws Exception;
    }

    static ValidationResult rejected(Attempt attempt) {
        try {
            attempt.run();
        } catch (CpomValidationException e) {
            return e.result();
        } catch (Exception e) {
            throw new AssertionError("expected a rule rejection, got " + e, e);
        }
        throw new AssertionError("the hostile input was accepted");
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    static Timestamp ts(LocalDate d) {
        return Timestamp.valueOf(d.atStartOfDay());
    }

    static Object scalar(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }
}
