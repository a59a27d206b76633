package org.cpom.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.rule.CpomValidationException;
import org.junit.jupiter.api.Test;

/**
 * The overlap rule holds through the save rules alone when the database guard is missing (its triggers dropped,
 * as after a pack whose CREATE TRIGGER failed): a perimeter line that overlaps another contract, and a contract
 * whose new period makes its perimeter overlap, are refused with CPOM_PerimeterOverlap and nothing is written.
 */
class PerimeterWithoutGuardTest extends DatabaseTest {

    private static void dropGuard(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER cpom_perimeter_line ON CPOM_ContractEstablishment");
            st.execute("DROP TRIGGER cpom_perimeter_contract ON CPOM_Contract");
        }
    }

    @Test
    void aPerimeterLineOverlappingAnotherContractIsRefusedByTheSaveRules() throws Exception {
        try (Connection c = transaction()) {
            dropGuard(c);
            JdbcRecordStore store = store(c);
            int establishment = establishment(store, "42000302");
            int a = contract(store, "CPOM A", LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31));
            int b = contract(store, "CPOM B", LocalDate.of(2027, 1, 1), LocalDate.of(2031, 12, 31));
            line(store, a, establishment);
            String before = CpomWorld.checksum(c);
            assertThatThrownBy(() -> line(store, b, establishment)).isInstanceOfSatisfying(
                    CpomValidationException.class, e -> {
                        assertThat(e.result().hasKey(MessageKeys.PERIMETER_OVERLAP)).isTrue();
                        assertThat(e.getMessage(Language.FR)).contains("ESAT de Montbrison");
                    });
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            c.rollback();
        }
    }

    @Test
    void aContractWhosePeriodNowOverlapsAnotherIsRefusedByTheSaveRules() throws Exception {
        try (Connection c = transaction()) {
            dropGuard(c);
            JdbcRecordStore store = store(c);
            int establishment = establishment(store, "42000303");
            int a = contract(store, "CPOM A", LocalDate.of(2025, 1, 1), LocalDate.of(2029, 6, 30));
            int b = contract(store, "CPOM B", LocalDate.of(2029, 7, 1), LocalDate.of(2034, 6, 30));
            line(store, a, establishment);
            line(store, b, establishment);
            String before = CpomWorld.checksum(c);
            // A's end moves past B's start: the establishment would be in both contracts in the second half of 2029
            assertThatThrownBy(() -> store.update("CPOM_Contract", a,
                    JdbcRecordStore.columns("DateTo", LocalDate.of(2029, 12, 31))))
                    .isInstanceOfSatisfying(CpomValidationException.class,
                            e -> assertThat(e.result().hasKey(MessageKeys.PERIMETER_OVERLAP)).isTrue());
            // B's start moves before A's end: the same
            assertThatThrownBy(() -> store.update("CPOM_Contract", b,
                    JdbcRecordStore.columns("DateFrom", LocalDate.of(2029, 1, 1))))
                    .isInstanceOfSatisfying(CpomValidationException.class,
                            e -> assertThat(e.result().hasKey(MessageKeys.PERIMETER_OVERLAP)).isTrue());
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            // a change that keeps the periods apart is accepted
            store.update("CPOM_Contract", a, JdbcRecordStore.columns("DateTo", LocalDate.of(2029, 5, 31)));
            c.rollback();
        }
    }

    @Test
    void withTheGuardInPlaceTheSameContractChangeIsRefusedToo() throws Exception {
        try (Connection c = transaction()) {
            JdbcRecordStore store = store(c);
            int establishment = establishment(store, "42000304");
            int a = contract(store, "CPOM A", LocalDate.of(2025, 1, 1), LocalDate.of(2029, 6, 30));
            int b = contract(store, "CPOM B", LocalDate.of(2029, 7, 1), LocalDate.of(2034, 6, 30));
            line(store, a, establishment);
            line(store, b, establishment);
            // the save rules answer first, in the user's language, before the trigger would
            assertThatThrownBy(() -> store.update("CPOM_Contract", a,
                    JdbcRecordStore.columns("DateTo", LocalDate.of(2029, 12, 31))))
                    .isInstanceOf(CpomValidationException.class);
            c.rollback();
        }
    }

    private static int establishment(JdbcRecordStore store, String finess) {
        return store.insert("CPOM_Establishment", JdbcRecordStore.columns("AD_Org_ID", CpomWorld.ORG_FREE,
                "FINESS_EG", Fixtures.withKey(finess), "FINESS_EJ", Fixtures.withKey("69000900"), "Name",
                "ESAT de Montbrison", "Departement", "42"));
    }

    private static int contract(JdbcRecordStore store, String name, LocalDate from, LocalDate to) {
        return store.insert("CPOM_Contract", JdbcRecordStore.columns("Name", name, "LegalBasis", "L122",
                "ARS_BPartner_ID", 2001, "DateFrom", from, "DateTo", to, "TotalAmt", BigDecimal.ZERO,
                "C_Currency_ID", 102, "DocStatus", "DR", "DocAction", "CO", "Processed", false, "IsExtended", false));
    }

    private static int line(JdbcRecordStore store, int contractId, int establishmentId) {
        return store.insert("CPOM_ContractEstablishment", JdbcRecordStore.columns("CPOM_Contract_ID", contractId,
                "CPOM_Establishment_ID", establishmentId));
    }
}
