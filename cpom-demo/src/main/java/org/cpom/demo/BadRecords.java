package org.cpom.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cpom.component.CpomRegistry;
import org.cpom.core.i18n.Language;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.persistence.JdbcRecordStore;
import org.cpom.testkit.LoadedSample;

/**
 * A handful of records a finance team could type by mistake, each written through the plugin's JDBC record store
 * (the rules run before any write, as the event handlers do in iDempiere; the perimeter overlap is also refused by
 * PostgreSQL itself). Everything runs in one transaction that is rolled back, and the row counts of every CPOM
 * table are compared before and after: a rejected save loses nothing and leaves nothing behind.
 */
final class BadRecords {

    record Outcome(String attempt, boolean rejected, String messageFr, String messageEn) {
    }

    private BadRecords() {
    }

    static List<Outcome> run(Connection c, LoadedSample s) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        List<Outcome> outcomes = new ArrayList<>();
        try {
            JdbcRecordStore.install(c);
            JdbcRecordStore store = new JdbcRecordStore(c, s.clientId(), 0, 100);
            int est1 = s.establishmentIds().get(0);
            int ars = intValue(c, "SELECT ARS_BPartner_ID FROM CPOM_Contract WHERE CPOM_Contract_ID=?", s.contractId());
            int org = intValue(c, "SELECT AD_Org_ID FROM CPOM_Establishment WHERE CPOM_Establishment_ID=?", est1);
            String egOfEst1 = stringValue(c, "SELECT FINESS_EG FROM CPOM_Establishment WHERE CPOM_Establishment_ID=?", est1);
            String ej = stringValue(c, "SELECT FINESS_EJ FROM CPOM_Establishment WHERE CPOM_Establishment_ID=?", est1);
            String wrongKey = egOfEst1.substring(0, 8) + (char) ('0' + (egOfEst1.charAt(8) - '0' + 3) % 10);

            attempt(c, outcomes, "Establishment with a wrong FINESS check key (" + wrongKey + ")",
                    () -> store.insert("CPOM_Establishment", JdbcRecordStore.columns("AD_Org_ID", org,
                            "FINESS_EG", wrongKey, "FINESS_EJ", ej, "Name", "ESAT des Tilleuls (saisie erronée)",
                            "Departement", "69", "CapacityAuthorised", new BigDecimal("60"),
                            "CapacityInstalled", new BigDecimal("60"))));
            attempt(c, outcomes, "Establishment whose installed capacity exceeds its authorisation",
                    () -> store.update("CPOM_Establishment", est1, JdbcRecordStore.columns(
                            "CapacityAuthorised", new BigDecimal("50"), "CapacityInstalled", new BigDecimal("80"))));
            attempt(c, outcomes, "Seven-year contract 2018-2024",
                    () -> store.insert("CPOM_Contract", contract("CPOM 2018-2024 (trop long)", ars,
                            LocalDate.of(2018, 1, 1), LocalDate.of(2024, 12, 31))));
            attempt(c, outcomes, "Contract without any authority (no ARS, no département)",
                    () -> store.insert("CPOM_Contract", contract("CPOM sans autorité", 0,
                            LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31))));
            attempt(c, outcomes, "Negative budget line on the signed MESSIDOR contract",
                    () -> store.insert("CPOM_BudgetLine", JdbcRecordStore.columns("CPOM_Contract_ID", s.contractId(),
                            "CPOM_Establishment_ID", est1, "FiscalYear", 2015, "Funder", "OWN",
                            "FunctionalGroup", "C3", "BudgetSection", "BAPC", "Amount", new BigDecimal("-1500.00"))));
            attempt(c, outcomes, "Budget line for 2031 on the 2018-2022 renewal draft, outside its period",
                    () -> store.insert("CPOM_BudgetLine", JdbcRecordStore.columns("CPOM_Contract_ID", s.emptyContractId(),
                            "CPOM_Establishment_ID", est1, "FiscalYear", 2031, "Funder", "ARS",
                            "FunctionalGroup", "P1", "BudgetSection", "BPAS", "Amount", new BigDecimal("1000.00"))));
            // a valid overlapping draft first (kept only inside this rolled-back transaction), then the perimeter line
            int overlapping = store.insert("CPOM_Contract", contract("CPOM 2016-2020 (chevauchement)", ars,
                    LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31)));
            attempt(c, outcomes, "ESAT already in MESSIDOR 2013-2017 added to an overlapping 2016-2020 contract",
                    () -> store.insert("CPOM_ContractEstablishment", JdbcRecordStore.columns(
                            "CPOM_Contract_ID", overlapping, "CPOM_Establishment_ID", est1,
                            "DateJoined", ts(LocalDate.of(2016, 1, 1)))));
            attempt(c, outcomes, "Deleting an establishment of the signed contract",
                    () -> store.delete("CPOM_Establishment", est1));
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
        return outcomes;
    }

    private static Map<String, Object> contract(String name, int ars, LocalDate from, LocalDate to) {
        return JdbcRecordStore.columns("Name", name, "LegalBasis", "L11",
                "ARS_BPartner_ID", ars == 0 ? null : ars, "DateFrom", ts(from), "DateTo", ts(to),
                "IsExtended", "N", "TotalAmt", BigDecimal.ZERO, "C_Currency_ID", 102,
                "DocStatus", "DR", "DocAction", "PR", "Processed", "N", "Processing", "N");
    }

    private interface Write {
        void run();
    }

    private static void attempt(Connection c, List<Outcome> outcomes, String what, Write write) throws SQLException {
        Savepoint sp = c.setSavepoint();
        try {
            write.run();
            c.releaseSavepoint(sp);
            outcomes.add(new Outcome(what, false, "", ""));
        } catch (CpomValidationException e) {
            c.rollback(sp);
            outcomes.add(new Outcome(what, true, e.getMessage(Language.FR), e.getMessage(Language.EN)));
        } catch (JdbcRecordStore.StoreException e) {
            // refused by PostgreSQL itself (constraint or trigger): the message comes from the database
            c.rollback(sp);
            String msg = e.sqlException().getMessage();
            outcomes.add(new Outcome(what, true, msg, msg));
        }
    }

    static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (Statement st = c.createStatement()) {
            for (String t : CpomRegistry.MODELS.keySet()) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static Timestamp ts(LocalDate d) {
        return Timestamp.valueOf(d.atStartOfDay());
    }

    private static int intValue(Connection c, String sql, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String stringValue(Connection c, String sql, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
