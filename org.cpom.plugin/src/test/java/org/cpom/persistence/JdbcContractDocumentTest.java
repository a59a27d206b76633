package org.cpom.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.model.DocStatus;
import org.cpom.service.ContractDocumentSteps.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The test double of the Document Action button follows iDempiere release 12: the options are
 * DocumentEngine.getValidActions' plus MCpomContract's, an action the engine does not accept in the status does
 * nothing, and completing a draft goes through the DocPrepare and DocComplete nodes of the contract's workflow.
 */
class JdbcContractDocumentTest extends DatabaseTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 10);

    @Test
    void theButtonOffersDocumentEnginesActionsForEachStatus() {
        assertThat(JdbcContractDocument.validActions("DR", "N")).containsExactly("CO", "PR", "VO");
        assertThat(JdbcContractDocument.validActions("IN", "N")).containsExactly("CO", "PR", "VO");
        assertThat(JdbcContractDocument.validActions("IP", "N")).containsExactly("CO", "PR", "VO");
        assertThat(JdbcContractDocument.validActions("CO", "N")).containsExactly("CL");
        assertThat(JdbcContractDocument.validActions("CL", "N")).isEmpty();
        assertThat(JdbcContractDocument.validActions("VO", "N")).isEmpty();
        // a locked record (Processing=Y) offers Unlock first, and keeps it
        assertThat(JdbcContractDocument.validActions("IP", "Y")).containsExactly("XL", "CO", "PR", "VO");
        assertThat(JdbcContractDocument.validActions("DR", Boolean.TRUE)).containsExactly("XL", "CO", "PR", "VO");
    }

    @Test
    void reActivateIsNotOfferedOnANegotiationAndChosenAnywayDoesNothing() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.IN_PROGRESS, true);
            assertThat(JdbcContractDocument.validActions("IP", "N")).doesNotContain("RE");
            assertThat(JdbcContractDocument.actionOptions("IP")).doesNotContain("RE");
            String before = CpomWorld.checksum(c);
            Outcome outcome = new JdbcContractDocument(store(c)).processIt(Fixtures.CONTRACT_ID, "RE", TODAY);
            assertThat(outcome.ok()).isTrue();
            assertThat(outcome.changes()).isEmpty();
            assertThat(status(c)).isEqualTo("IP");
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            c.rollback();
        }
    }

    @Test
    void reActivatingASignedContractIsRefusedWithTheReason() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            String before = CpomWorld.checksum(c);
            // not offered by the button, but DocumentEngine accepts RE from CO: the contract refuses it
            Outcome outcome = new JdbcContractDocument(store(c)).processIt(Fixtures.CONTRACT_ID, "RE", TODAY);
            assertThat(outcome.ok()).isFalse();
            assertThat(outcome.result().render(org.cpom.core.i18n.Language.FR)).contains("CPOM-2025-001");
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            c.rollback();
        }
    }

    @Test
    void unlockingALockedNegotiationClearsTheLockAndReturnsItToDraftAsTheEngineDoes() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.IN_PROGRESS, true);
            try (var st = c.createStatement()) {
                st.executeUpdate("UPDATE CPOM_Contract SET Processing='Y' WHERE CPOM_Contract_ID=" + Fixtures.CONTRACT_ID);
            }
            assertThat(JdbcContractDocument.validActions("IP", "Y")).startsWith("XL");
            Outcome outcome = new JdbcContractDocument(store(c)).processIt(Fixtures.CONTRACT_ID, "XL", TODAY);
            assertThat(outcome.ok()).isTrue();
            assertThat(status(c)).isEqualTo("DR");
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT Processing FROM CPOM_Contract WHERE CPOM_Contract_ID=" + Fixtures.CONTRACT_ID)) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("N");
            }
            c.rollback();
        }
    }

    @Test
    void prepareChosenOnASignedContractDoesNothing() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            String before = CpomWorld.checksum(c);
            Outcome outcome = new JdbcContractDocument(store(c)).processIt(Fixtures.CONTRACT_ID, "PR", TODAY);
            assertThat(outcome.ok()).isTrue();
            assertThat(outcome.changes()).isEmpty();
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            c.rollback();
        }
    }

    @Test
    void completingADraftSignsItAndAFailedSignatureLeavesTheDraftUntouched() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.DRAFTED, true);
            Outcome signed = new JdbcContractDocument(store(c)).processIt(Fixtures.CONTRACT_ID, "CO", TODAY);
            assertThat(signed.ok()).as(signed.result().render(org.cpom.core.i18n.Language.EN)).isTrue();
            assertThat(status(c)).isEqualTo("CO");
            c.rollback();
        }
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.DRAFTED, true);
            try (var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM CPOM_Axis");
            }
            String before = CpomWorld.checksum(c);
            // the DocPrepare node succeeds and saves IP, the DocComplete node fails: the workflow rolls back
            Outcome refused = new JdbcContractDocument(store(c)).processIt(Fixtures.CONTRACT_ID, "CO", TODAY);
            assertThat(refused.ok()).isFalse();
            assertThat(status(c)).isEqualTo("DR");
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            c.rollback();
        }
    }

    private static String status(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT DocStatus FROM CPOM_Contract WHERE CPOM_Contract_ID=?")) {
            ps.setInt(1, Fixtures.CONTRACT_ID);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
