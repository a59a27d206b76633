package org.cpom.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.persistence.ActivityDatabaseTest.rejected;
import static org.cpom.persistence.ActivityDatabaseTest.scalar;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.DocStatus;
import org.cpom.core.rule.ValidationResult;
import org.cpom.service.AmendmentService;
import org.cpom.service.DeadlineService;
import org.cpom.service.ProcessResult;
import org.junit.jupiter.api.Test;

/**
 * The deadline calendar of the catalogue's contract (L313-12-2, 2025-2029, two ESAT, action sheet 601 due 30 June
 * 2027) generated, recomputed after an avenant and after an action sheet's new due date, and the rules of the
 * deadline rows, on PostgreSQL through the JDBC store (the save rules every PO save runs).
 */
class DeadlineDatabaseTest extends DatabaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void theCalendarIsGeneratedOnceAndASecondRunChangesNothing() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            ProcessResult first = service(c).generate(Fixtures.CONTRACT_ID, TODAY);
            Map<String, Row> rows = rows(c);
            // every year files an EPRD and an ERRD (L313-12-2), forecasts from the 2nd year, reviews, the end
            assertThat(rows.keySet()).contains("EPRD/2025", "EPRD/2029", "ERRD/2029", "ACTF/2026", "ANRV/2026",
                    "MIDR/2027", "ANRV/2028", "FEVL/2029", "RENW/2029", "ACTS/601").doesNotContain("ACTF/2025");
            assertThat(rows.get("ERRD/2025").due).isEqualTo(LocalDate.of(2026, 4, 30));
            assertThat(rows.get("RENW/2029").due).isEqualTo(LocalDate.of(2029, 6, 30));
            assertThat(rows.get("ACTS/601").due).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(rows.values()).allMatch(r -> r.generated && r.active && !r.done);
            assertThat(first.render(Language.EN)).startsWith("Contract CPOM-2025-001: " + rows.size()
                    + " deadlines created, 0 updated, 0 withdrawn");
            assertThat(first.render(Language.FR)).startsWith("Contrat CPOM-2025-001 : " + rows.size()
                    + " échéances créées");

            String snapshot = CpomWorld.checksum(c);
            ProcessResult second = service(c).generate(Fixtures.CONTRACT_ID, TODAY);
            assertThat(second.render(Language.EN)).contains(": 0 deadlines created, 0 updated, 0 withdrawn, "
                    + rows.size() + " kept");
            assertThat(CpomWorld.checksum(c)).isEqualTo(snapshot);
            c.rollback();
        }
    }

    @Test
    void recomputationAfterAnAvenantMovesTheEndAndADoneDeadlineStaysDone() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            JdbcRecordStore store = store(c);
            service(c).generate(Fixtures.CONTRACT_ID, TODAY);
            // the final evaluation of 2029 is done early; its date and author are stamped by the save
            int evaluation = rows(c).get("FEVL/2029").id;
            store.update("CPOM_Deadline", evaluation, JdbcRecordStore.columns("IsDone", true));
            Row done = rows(c).get("FEVL/2029");
            assertThat(done.done).isTrue();
            assertThat(done.dateDone).isEqualTo(LocalDate.now());
            assertThat(done.doneBy).isEqualTo(CpomWorld.USER_ID);
            // a user's own deadline
            int own = store.insert("CPOM_Deadline", JdbcRecordStore.columns("CPOM_Contract_ID", Fixtures.CONTRACT_ID,
                    "Name", "Visite de conformité", "DueDate", LocalDate.of(2026, 9, 1)));

            // avenant of prorogation: one more year, to 31 December 2030
            int amendment = store.insert("CPOM_Amendment", JdbcRecordStore.columns("CPOM_Contract_ID",
                    Fixtures.CONTRACT_ID, "AmendmentNo", 1, "DateDoc", LocalDate.of(2026, 3, 1), "Description",
                    "Avenant de prorogation", "NewDateTo", LocalDate.of(2030, 12, 31), "AmtChange", BigDecimal.ZERO,
                    "IsProrogation", true, "Processed", false));
            new AmendmentService(c, store).apply(amendment, TODAY);

            Map<String, Row> after = rows(c);
            // the end deadlines follow the new end: renewal request 6 months before, evaluation of the last year
            assertThat(after.get("RENW/2030").due).isEqualTo(LocalDate.of(2030, 6, 30));
            assertThat(after.get("RENW/2030").active).isTrue();
            assertThat(after.get("RENW/2029").active).as("the old request is withdrawn").isFalse();
            assertThat(after.get("FEVL/2030").active).isTrue();
            assertThat(after.get("EPRD/2030").active).isTrue();
            assertThat(after.get("ANRV/2029").active).as("2029 is no longer the last year").isTrue();
            // the done evaluation of 2029 stays, done, with its date and author
            Row kept = after.get("FEVL/2029");
            assertThat(kept.active).isTrue();
            assertThat(kept.done).isTrue();
            assertThat(kept.dateDone).isEqualTo(LocalDate.now());
            assertThat(kept.doneBy).isEqualTo(CpomWorld.USER_ID);
            // the user's own deadline is untouched
            assertThat(scalar(c, "SELECT Name FROM CPOM_Deadline WHERE CPOM_Deadline_ID=? AND IsActive='Y'", own))
                    .isEqualTo("Visite de conformité");

            // an action sheet's new due date moves its deadline (the sheet's save recomputes the calendar)
            store.update("CPOM_ActionSheet", 601, JdbcRecordStore.columns("DueDate", LocalDate.of(2027, 9, 30)));
            assertThat(rows(c).get("ACTS/601").due).isEqualTo(LocalDate.of(2027, 9, 30));
            c.rollback();
        }
    }

    @Test
    void anActivityBelowTheThresholdFlagsTheModulationRiskInTheCalendarUntilItRecovers() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            ActivityDatabaseTest.exec(c, "UPDATE CPOM_Contract SET ModulationRule='S', ModulationThreshold=95");
            JdbcRecordStore store = store(c);
            service(c).generate(Fixtures.CONTRACT_ID, TODAY);
            assertThat(rows(c)).doesNotContainKey("MODU/101/2026");
            // 16,000 journées for 75 places × 251 days: 84.99 % < 95 %; the save recomputes the calendar
            int activity = store.insert("CPOM_Activity", JdbcRecordStore.columns("CPOM_Contract_ID",
                    Fixtures.CONTRACT_ID, "CPOM_Establishment_ID", Fixtures.ESTABLISHMENT_1, "FiscalYear", 2026,
                    "ActivityUnit", "JO", "ActivityActual", new BigDecimal("16000")));
            Row risk = rows(c).get("MODU/101/2026");
            assertThat(risk.active).isTrue();
            assertThat(risk.due).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat((BigDecimal) scalar(c, "SELECT Amount FROM CPOM_Deadline WHERE CPOM_Deadline_ID=?", risk.id))
                    .isEqualByComparingTo("5005.00");
            assertThat(scalar(c, "SELECT CPOM_Establishment_ID FROM CPOM_Deadline WHERE CPOM_Deadline_ID=?",
                    risk.id).toString()).isEqualTo(String.valueOf(Fixtures.ESTABLISHMENT_1));
            // 18,000 journées: 95.62 %, the risk is gone and its deadline withdrawn
            store.update("CPOM_Activity", activity, JdbcRecordStore.columns("ActivityActual",
                    new BigDecimal("18000")));
            assertThat(rows(c).get("MODU/101/2026").active).isFalse();
            c.rollback();
        }
    }

    @Test
    void anL313_11ContractFilesTheEprdOnlyWhenTheManagingBodyRequestedIt() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.DRAFTED, true);
            // an L313-11 contract whose second establishment is a MAS (255, a 7° category: EPRD on request)
            ActivityDatabaseTest.exec(c, "UPDATE CPOM_Contract SET LegalBasis='L11'");
            ActivityDatabaseTest.exec(c, "UPDATE CPOM_Establishment SET CPOM_FinessCategory_ID=(SELECT MIN("
                    + "CPOM_FinessCategory_ID) FROM CPOM_FinessCategory WHERE Value='255') WHERE CPOM_Establishment_ID="
                    + Fixtures.ESTABLISHMENT_2);
            service(c).generate(Fixtures.CONTRACT_ID, TODAY);
            assertThat(rows(c).keySet()).as("no request: budget prévisionnel, no EPRD/ERRD")
                    .noneMatch(k -> k.startsWith("EPRD/") || k.startsWith("ERRD/"));
            // the request ticked on the contract: the calendar is recomputed by the save itself
            store(c).update("CPOM_Contract", Fixtures.CONTRACT_ID, JdbcRecordStore.columns("IsEPRDRequested", true));
            Map<String, Row> rows = rows(c);
            assertThat(rows.keySet()).contains("EPRD/2025", "ERRD/2029");
            assertThat(rows.get("EPRD/2025").active).isTrue();
            c.rollback();
        }
    }

    @Test
    void aPerimeterChangeRecomputesTheCalendar() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.DRAFTED, true);
            ActivityDatabaseTest.exec(c, "UPDATE CPOM_Contract SET ModulationRule='S', ModulationThreshold=95");
            JdbcRecordStore store = store(c);
            store.insert("CPOM_Activity", JdbcRecordStore.columns("CPOM_Contract_ID", Fixtures.CONTRACT_ID,
                    "CPOM_Establishment_ID", Fixtures.ESTABLISHMENT_1, "FiscalYear", 2026, "ActivityUnit", "JO",
                    "ActivityActual", new BigDecimal("16000")));
            service(c).generate(Fixtures.CONTRACT_ID, TODAY);
            assertThat(rows(c).get("MODU/101/2026").active).isTrue();
            // 101 leaves the perimeter of the draft (its line 801): its modulation deadline is withdrawn
            store.delete("CPOM_ContractEstablishment", 801);
            assertThat(rows(c).get("MODU/101/2026").active).isFalse();
            assertThat(rows(c).get("EPRD/2026").active).as("102 still files the EPRD").isTrue();
            c.rollback();
        }
    }

    @Test
    void deadlineRowsAreCheckedInBothLanguagesAndARefusalWritesNothing() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, false); // 101 outside the perimeter
            JdbcRecordStore store = store(c);
            service(c).generate(Fixtures.CONTRACT_ID, TODAY);
            String before = CpomWorld.checksum(c);
            assertRefused(c, before, () -> store.insert("CPOM_Deadline", JdbcRecordStore.columns("CPOM_Contract_ID",
                    Fixtures.CONTRACT_ID, "Name", " ", "DueDate", LocalDate.of(2026, 9, 1))),
                    MessageKeys.FIELD_MANDATORY, "Name");
            assertRefused(c, before, () -> store.insert("CPOM_Deadline", JdbcRecordStore.columns("CPOM_Contract_ID",
                    Fixtures.CONTRACT_ID, "Name", "Sans date", "DueDate", null)), MessageKeys.FIELD_MANDATORY,
                    "Sans date");
            assertRefused(c, before, () -> store.insert("CPOM_Deadline", JdbcRecordStore.columns("CPOM_Contract_ID",
                    Fixtures.CONTRACT_ID, "Name", "Visite", "DueDate", LocalDate.of(2026, 9, 1),
                    "CPOM_Establishment_ID", Fixtures.ESTABLISHMENT_1)), MessageKeys.DEADLINE_ESTABLISHMENT_OUTSIDE,
                    "Visite");
            int errd = rows(c).get("ERRD/2025").id;
            assertRefused(c, before, () -> store.update("CPOM_Deadline", errd, JdbcRecordStore.columns("DeadlineType",
                    "USER")), MessageKeys.DEADLINE_GENERATED_FIELD, "ERRD");
            assertRefused(c, before, () -> store.update("CPOM_Deadline", errd, JdbcRecordStore.columns("DeadlineKey",
                    "ERRD/2031")), MessageKeys.DEADLINE_GENERATED_FIELD, "ERRD");
            assertRefused(c, before, () -> store.update("CPOM_Deadline", errd, JdbcRecordStore.columns("DeadlineType",
                    "ZZZZ")), MessageKeys.LIST_VALUE_INVALID, "ZZZZ");
            // a user may rename and re-date a generated deadline's text? No: only the generator writes it, but its
            // done flag is the user's: ticking and unticking stamps and clears who and when
            store.update("CPOM_Deadline", errd, JdbcRecordStore.columns("IsDone", true));
            assertThat(rows(c).get("ERRD/2025").doneBy).isEqualTo(CpomWorld.USER_ID);
            store.update("CPOM_Deadline", errd, JdbcRecordStore.columns("IsDone", false));
            Row undone = rows(c).get("ERRD/2025");
            assertThat(undone.dateDone).isNull();
            assertThat(undone.doneBy).isZero();
            c.rollback();
        }
    }

    private static void assertRefused(Connection c, String before, ActivityDatabaseTest.Attempt attempt, String key,
            String shownText) throws SQLException {
        ValidationResult result = rejected(attempt);
        assertThat(result.hasKey(key)).as("%s in %s", key, result.keys()).isTrue();
        String en = result.render(Language.EN);
        String fr = result.render(Language.FR);
        assertThat(en).doesNotContain("CPOM_").contains(shownText.strip().isEmpty() ? "" : shownText);
        assertThat(fr).doesNotContain("CPOM_").isNotEqualTo(en);
        assertThat(CpomWorld.checksum(c)).isEqualTo(before);
    }

    private DeadlineService service(Connection c) {
        return new DeadlineService(c, store(c), name -> null);
    }

    record Row(int id, LocalDate due, boolean generated, boolean active, boolean done, LocalDate dateDone,
            int doneBy) {
    }

    /** The contract's generated deadlines by key. */
    static Map<String, Row> rows(Connection c) throws SQLException {
        Map<String, Row> rows = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DeadlineKey, CPOM_Deadline_ID, DueDate, IsGenerated, "
                + "IsActive, IsDone, DateDone, DoneBy_User_ID FROM CPOM_Deadline WHERE CPOM_Contract_ID=? "
                + "AND DeadlineKey IS NOT NULL")) {
            ps.setInt(1, Fixtures.CONTRACT_ID);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new Row(rs.getInt(2), rs.getTimestamp(3).toLocalDateTime().toLocalDate(),
                            "Y".equals(rs.getString(4)), "Y".equals(rs.getString(5)), "Y".equals(rs.getString(6)),
                            rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toLocalDateTime().toLocalDate(),
                            rs.getInt(8)));
                }
            }
        }
        return rows;
    }
}
