package org.cpom.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.cpom.core.catalogue.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Two transactions race to put the same establishment into two overlapping contracts. Each one's rule check runs
 * before the other commits, so neither sees the other's line: only the database (the perimeter trigger of the
 * generated DDL) can stop the second. Exactly one must commit.
 */
class PerimeterRaceTest extends DatabaseTest {

    @Test
    void exactlyOneOfTwoRacingTransactionsCommits() throws Exception {
        int establishment;
        int contractA;
        int contractB;
        try (Connection c = transaction()) {
            JdbcRecordStore store = store(c);
            establishment = store.insert("CPOM_Establishment", JdbcRecordStore.columns("AD_Org_ID", CpomWorld.ORG_FREE,
                    "FINESS_EG", Fixtures.withKey("42000301"), "FINESS_EJ", Fixtures.withKey("69000900"), "Name",
                    "ESAT de Roanne", "Departement", "42"));
            contractA = contract(store, "CPOM A", LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31));
            contractB = contract(store, "CPOM B", LocalDate.of(2027, 1, 1), LocalDate.of(2031, 12, 31));
            c.commit();
        }
        Connection t1 = transaction();
        Connection t2 = transaction();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // both rule checks pass: neither transaction sees the other's uncommitted line
            int lineA = addLine(t1, contractA, establishment);
            assertThat(lineA).isPositive();
            CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
                try {
                    addLine(t2, contractB, establishment);
                    t2.commit();
                    return true;
                } catch (Exception e) {
                    rollbackQuietly(t2);
                    return false;
                }
            }, pool);
            CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> {
                try {
                    Thread.sleep(500); // let the second transaction reach the database first
                    t1.commit();
                    return true;
                } catch (Exception e) {
                    rollbackQuietly(t1);
                    return false;
                }
            }, pool);
            List<Boolean> outcomes = new ArrayList<>(List.of(first.get(60, TimeUnit.SECONDS),
                    second.get(60, TimeUnit.SECONDS)));
            assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
            t1.close();
            t2.close();
        }
        try (Connection c = transaction(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM CPOM_ContractEstablishment WHERE CPOM_Establishment_ID=?")) {
            ps.setInt(1, establishment);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    private static int contract(JdbcRecordStore store, String name, LocalDate from, LocalDate to) {
        return store.insert("CPOM_Contract", JdbcRecordStore.columns("Name", name, "LegalBasis", "L122",
                "ARS_BPartner_ID", 2001, "DateFrom", from, "DateTo", to, "TotalAmt", BigDecimal.ZERO,
                "C_Currency_ID", 102, "DocStatus", "DR", "DocAction", "CO", "Processed", false, "IsExtended", false));
    }

    private static int addLine(Connection c, int contractId, int establishmentId) {
        return store(c).insert("CPOM_ContractEstablishment", JdbcRecordStore.columns("CPOM_Contract_ID", contractId,
                "CPOM_Establishment_ID", establishmentId));
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (Exception ignored) {
            // the connection is closed by the test anyway
        }
    }
}
