package org.cpom.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.persistence.ActivityDatabaseTest.exec;
import static org.cpom.persistence.ActivityDatabaseTest.scalar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.DocStatus;
import org.cpom.model.I_CPOM_Deadline;
import org.cpom.service.AlertService;
import org.cpom.service.DeadlineService;
import org.cpom.service.ProcessResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Send deadline alerts on PostgreSQL: the catalogue's contract with its calendar, a manager whose business partner
 * speaks French and an accountant whose business partner speaks English (client language French). On 10 April 2026
 * the overdue EPRD 2025 and activity forecast 2026 go to both, the ERRD 2025 and EPRD 2026 (due 30 April, stage 30)
 * to the accountant, the annual dialogue of 30 June (stage 90) to the manager: 7 notices.
 */
class AlertDatabaseTest extends DatabaseTest {

    private static final int ACCOUNTANT = 3002;
    private static final LocalDate RUN = LocalDate.of(2026, 4, 10);

    @BeforeAll
    void standIns() throws SQLException {
        try (Connection c = db.getConnection()) {
            AlertStandIns.install(c);
        }
    }

    private void world(Connection c) throws Exception {
        CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
        exec(c, "UPDATE AD_Client SET AD_Language='fr_FR' WHERE AD_Client_ID=" + Fixtures.CLIENT_ID);
        exec(c, "UPDATE C_BPartner SET AD_Language='fr_FR' WHERE C_BPartner_ID=2000");
        exec(c, "UPDATE C_BPartner SET AD_Language='en_US' WHERE C_BPartner_ID=2001");
        exec(c, "UPDATE AD_User SET C_BPartner_ID=2000 WHERE AD_User_ID=" + CpomWorld.USER_ID);
        CpomWorld.insert(c, "AD_User", CpomWorld.cols("AD_User_ID", ACCOUNTANT, "Name", "Comptable", "C_BPartner_ID",
                2001));
        exec(c, "UPDATE CPOM_Contract SET Manager_User_ID=" + CpomWorld.USER_ID + ", Accountant_User_ID=" + ACCOUNTANT);
        new DeadlineService(c, store(c), name -> null).generate(Fixtures.CONTRACT_ID, LocalDate.of(2026, 3, 15));
    }

    @Test
    void noticesInTheRecipientsLanguageOnceOnly() throws Exception {
        try (Connection c = transaction()) {
            world(c);
            ProcessResult first = new AlertService(c, store(c)).send(Fixtures.CLIENT_ID, 0, RUN);
            assertThat(first.render(Language.EN)).startsWith("7 deadline alerts sent for 1 contracts; 0 deadlines");
            List<Note> notes = notes(c);
            assertThat(notes).hasSize(7);
            assertThat(notes).allSatisfy(n -> {
                assertThat(n.client).isEqualTo(Fixtures.CLIENT_ID);
                assertThat(n.table).isEqualTo(I_CPOM_Deadline.Table_ID);
                assertThat(n.record).isEqualTo(n.deadline);
                assertThat(n.text).contains("CPOM-2025-001").doesNotContain("CPOM_");
            });
            List<Note> manager = notes.stream().filter(n -> n.user == CpomWorld.USER_ID).toList();
            List<Note> accountant = notes.stream().filter(n -> n.user == ACCOUNTANT).toList();
            assertThat(manager).extracting(n -> n.key).containsExactlyInAnyOrder("EPRD/2025", "ACTF/2026",
                    "ANRV/2026");
            assertThat(accountant).extracting(n -> n.key).containsExactlyInAnyOrder("EPRD/2025", "ACTF/2026",
                    "ERRD/2025", "EPRD/2026");
            // French for the manager, English for the accountant (each one's business partner)
            // (dates as each language writes them: 30/06/2026 in French, 2026-06-30 in English)
            // (the deadline's name and legal reference are stored in the client's language, French here)
            assertThat(manager).allSatisfy(n -> assertThat(n.text).contains("jours").doesNotContain(" days")
                    .containsPattern("\\d\\d/\\d\\d/20\\d\\d").doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d"));
            assertThat(manager).filteredOn(n -> n.key.equals("ANRV/2026")).singleElement()
                    .satisfies(n -> assertThat(n.text).contains("30/06/2026").contains("81 jours"));
            assertThat(accountant).allSatisfy(n -> assertThat(n.text).contains(" days")
                    .containsPattern("20\\d\\d-\\d\\d-\\d\\d").doesNotContainPattern("\\d\\d/\\d\\d/20\\d\\d"));
            assertThat(accountant).filteredOn(n -> n.key.equals("ERRD/2025")).singleElement().satisfies(n -> {
                assertThat(n.text).contains("2026-04-30").contains("20 days");
                assertThat(n.message).isEqualTo(MessageKeys.ALERT_DEADLINE_DUE);
                assertThat(n.leadDays).isEqualTo(30);
            });
            assertThat(notes).filteredOn(n -> n.key.equals("EPRD/2025"))
                    .allSatisfy(n -> {
                        assertThat(n.message).isEqualTo(MessageKeys.ALERT_DEADLINE_OVERDUE);
                        assertThat(n.leadDays).isEqualTo(-1);
                    });

            // a second run the same day, and another the day after, create nothing
            String snapshot = CpomWorld.checksum(c) + count(c, "AD_Note");
            ProcessResult second = new AlertService(c, store(c)).send(Fixtures.CLIENT_ID, 0, RUN);
            assertThat(second.render(Language.FR)).startsWith("0 alertes d’échéance envoyées");
            new AlertService(c, store(c)).send(Fixtures.CLIENT_ID, 0, RUN.plusDays(1));
            assertThat(CpomWorld.checksum(c) + count(c, "AD_Note")).isEqualTo(snapshot);
            c.rollback();
        }
    }

    @Test
    void aDoneDeadlineStopsItsAlerts() throws Exception {
        try (Connection c = transaction()) {
            world(c);
            new AlertService(c, store(c)).send(Fixtures.CLIENT_ID, 0, RUN);
            int dialogue = ((Number) scalar(c, "SELECT CPOM_Deadline_ID FROM CPOM_Deadline WHERE DeadlineKey=?",
                    "ANRV/2026")).intValue();
            store(c).update("CPOM_Deadline", dialogue, JdbcRecordStore.columns("IsDone", true));
            // 25 June: the dialogue would be at its 7-day stage, but it is done
            new AlertService(c, store(c)).send(Fixtures.CLIENT_ID, 0, LocalDate.of(2026, 6, 25));
            assertThat(notes(c)).filteredOn(n -> n.key.equals("ANRV/2026")).hasSize(1);
            // the ERRD 2025, now late, is escalated to both (the stage -1 is new)
            assertThat(notes(c)).filteredOn(n -> n.key.equals("ERRD/2025") && n.leadDays == -1).hasSize(2);
            c.rollback();
        }
    }

    @Test
    void theSystemClientServesEveryTenantAndATenantOnlyItself() throws Exception {
        try (Connection c = transaction()) {
            world(c);
            // another tenant's session sees none of client 11's deadlines
            JdbcRecordStore otherTenant = new JdbcRecordStore(c, CpomWorld.OTHER_CLIENT_ID, CpomWorld.ORG_OTHER_CLIENT,
                    0);
            assertThat(new AlertService(c, otherTenant).send(CpomWorld.OTHER_CLIENT_ID, 0, RUN).render(Language.EN))
                    .startsWith("0 deadline alerts sent");
            assertThat(count(c, "AD_Note")).isZero();
            // the scheduler's System session serves client 11, writing in client 11
            JdbcRecordStore system = new JdbcRecordStore(c, 0, 0, 0);
            new AlertService(c, system).send(0, 0, RUN);
            assertThat(notes(c)).hasSize(7).allSatisfy(n -> assertThat(n.client).isEqualTo(Fixtures.CLIENT_ID));
            assertThat(scalar(c, "SELECT count(*) FROM CPOM_DeadlineAlert WHERE AD_Client_ID<>?", Fixtures.CLIENT_ID))
                    .isEqualTo(0L);
            c.rollback();
        }
    }

    record Note(int user, int client, int table, int record, int deadline, String key, String message, String text,
            int leadDays) {
    }

    private static List<Note> notes(Connection c) throws SQLException {
        List<Note> notes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT n.AD_User_ID, n.AD_Client_ID, n.AD_Table_ID, "
                + "n.Record_ID, a.CPOM_Deadline_ID, d.DeadlineKey, m.Value, n.TextMsg, a.LeadDays FROM AD_Note n "
                + "JOIN CPOM_DeadlineAlert a ON a.AD_Note_ID=n.AD_Note_ID JOIN CPOM_Deadline d "
                + "ON d.CPOM_Deadline_ID=a.CPOM_Deadline_ID JOIN AD_Message m ON m.AD_Message_ID=n.AD_Message_ID "
                + "ORDER BY n.AD_Note_ID"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                notes.add(new Note(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9)));
            }
        }
        return notes;
    }

    private static long count(Connection c, String table) throws SQLException {
        return ((Number) scalar(c, "SELECT count(*) FROM " + table)).longValue();
    }
}
