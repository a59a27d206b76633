package org.cpom.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpom.core.activity.ActivityRecord;
import org.cpom.core.activity.ActivityRules;
import org.cpom.core.activity.ActivityUnit;
import org.cpom.core.i18n.Language;
import org.cpom.core.model.Contract;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.rule.Coded;
import org.cpom.core.rule.ValidationResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MESSIDOR sample's activity and deadlines (and its look-alike tenant's): every activity row passes the core's
 * ActivityRules (what the window and the import enforce), exactly one establishment-year is at risk, and the calendar
 * seen from the reference date has late, upcoming (30/60/90 days), later and done deadlines with who did them.
 */
class SampleCalendarTest {

    private static EmbeddedDatabase db;
    private static LoadedSample messidor;
    private static LoadedSample other;

    @BeforeAll
    static void load() {
        db = EmbeddedDatabase.start();
        messidor = MessidorSample.messidor().load(db.getDataSource());
        other = MessidorSample.otherClient().load(db.getDataSource());
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void everyActivityRowPassesTheCoreRulesAndOneIsAtRisk() throws SQLException {
        for (LoadedSample s : List.of(messidor, other)) {
            try (Connection c = db.getConnection()) {
                SampleRows rows = new SampleRows(c, s.clientId(), 0);
                Contract contract = rows.contract(s.contractId());
                Map<Integer, PerimeterMember> members = new HashMap<>();
                rows.perimeter(s.contractId()).forEach(e -> members.put(e.id(), e.member()));
                List<Object[]> activity = rows.query("SELECT CPOM_Establishment_ID, FiscalYear, ActivityUnit, "
                        + "ActivityTarget, ActivityActual, ActivityToDate, MeasureDate, CapacityInstalled, OpeningDays, "
                        + "AdmissionsQty, ModulationThreshold, DotationAmt, ModulationRiskAmt FROM CPOM_Activity "
                        + "WHERE CPOM_Contract_ID=? AND AD_Client_ID=?", s.contractId(), s.clientId());
                assertThat(activity).hasSize(13 * 5);
                int atRisk = 0;
                for (Object[] r : activity) {
                    ActivityRecord rec = new ActivityRecord(0, s.contractId(), SampleRows.integer(r[0]),
                            SampleRows.integer(r[1]), Coded.fromCode(ActivityUnit.class, (String) r[2]),
                            (BigDecimal) r[3], (BigDecimal) r[4], (BigDecimal) r[5], SampleRows.date(r[6]),
                            (BigDecimal) r[7], r[8] == null ? null : SampleRows.integer(r[8]), (BigDecimal) r[9],
                            (BigDecimal) r[10], (BigDecimal) r[11], null);
                    ValidationResult v = ActivityRules.validate(rec, contract, members.get(rec.establishmentId()));
                    assertThat(v.isValid()).as(v.render(Language.EN)).isTrue();
                    if (((BigDecimal) r[12]).signum() > 0) {
                        atRisk++;
                        assertThat(rec.fiscalYear()).isEqualTo(2017);
                        assertThat(rec.actual()).isNull();
                        assertThat(rec.measureDate()).isEqualTo(SampleCalendar.MESSIDOR_MEASURE_DATE);
                    }
                }
                assertThat(atRisk).isEqualTo(1);
                assertThat(rows.query("SELECT 1 FROM CPOM_Contract WHERE CPOM_Contract_ID=? AND ModulationRule='P' "
                        + "AND ModulationThreshold=92 AND Manager_User_ID IS NOT NULL AND Accountant_User_ID IS NOT NULL",
                        s.contractId())).hasSize(1);
            }
        }
    }

    @Test
    void theCalendarHasEverySituationOnTheReferenceDate() throws SQLException {
        LocalDate ref = SampleCalendar.MESSIDOR_REFERENCE_DATE;
        try (Connection c = db.getConnection()) {
            SampleRows rows = new SampleRows(c, messidor.clientId(), 0);
            List<Object[]> d = rows.query("SELECT DueDate, IsDone, DateDone, DoneBy_User_ID, IsGenerated, DeadlineKey, "
                    + "DeadlineType FROM CPOM_Deadline WHERE CPOM_Contract_ID=?", messidor.contractId());
            Map<String, Integer> situations = new HashMap<>();
            for (Object[] r : d) {
                LocalDate due = SampleRows.date(r[0]);
                boolean done = "Y".equals(r[1]);
                long days = java.time.temporal.ChronoUnit.DAYS.between(ref, due);
                situations.merge(done ? "done" : days < 0 ? "late" : days <= 30 ? "30" : days <= 60 ? "60"
                        : days <= 90 ? "90" : "later", 1, Integer::sum);
                if (done) {
                    // done before the reference date, by a user
                    assertThat(SampleRows.date(r[2])).isBefore(ref);
                    assertThat(r[3]).isNotNull();
                } else {
                    assertThat(r[2]).isNull();
                }
                assertThat("Y".equals(r[4])).isEqualTo(r[5] != null);
            }
            assertThat(situations).containsOnlyKeys("done", "late", "30", "60", "90", "later");
            assertThat(d.stream().filter(r -> "USER".equals(r[6]))).hasSize(1);
            assertThat(d.stream().filter(r -> "MODU".equals(r[6]))).hasSize(1);
            // the two tenants' calendars are their own
            assertThat(rows.query("SELECT 1 FROM CPOM_Deadline d JOIN CPOM_Contract k ON k.CPOM_Contract_ID = "
                    + "d.CPOM_Contract_ID WHERE d.AD_Client_ID <> k.AD_Client_ID")).isEmpty();
            assertThat(rows.query("SELECT 1 FROM CPOM_Deadline WHERE AD_Client_ID=?", other.clientId())).isNotEmpty();
        }
    }
}
