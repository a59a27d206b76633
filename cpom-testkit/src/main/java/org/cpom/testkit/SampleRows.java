package org.cpom.testkit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Raw row writes of the activity and deadline samples ({@link SampleActivity}, {@link SampleDeadlines}): the standard
 * columns filled, ids from a counter of this instance (one load, no shared state), deterministic UUIDs. CPOM tables
 * are written as the generated DDL defines them (a wrong column fails); AD_User goes through the stand-in's columns.
 */
final class SampleRows {

    private final Connection c;
    private final int clientId;
    private int nextId;

    SampleRows(Connection c, int clientId, int firstId) {
        this.c = c;
        this.clientId = clientId;
        this.nextId = firstId;
    }

    Connection connection() {
        return c;
    }

    int clientId() {
        return clientId;
    }

    int id() {
        return nextId++;
    }

    /** Inserts a row of the tenant; returns its key ({@code <table>_ID}). */
    int insert(String table, Map<String, Object> values) throws SQLException {
        Map<String, Object> all = new LinkedHashMap<>(values);
        all.putIfAbsent("AD_Client_ID", clientId);
        all.putIfAbsent("AD_Org_ID", 0);
        all.putIfAbsent("IsActive", "Y");
        all.putIfAbsent("CreatedBy", 100);
        all.putIfAbsent("UpdatedBy", 100);
        all.putIfAbsent(table + "_UU", UUID.nameUUIDFromBytes((table + ":" + clientId + ":" + values.get(table + "_ID"))
                .getBytes(StandardCharsets.UTF_8)).toString());
        if (!table.startsWith("CPOM_")) {
            List<String> known = columns(table);
            all.keySet().removeIf(k -> !known.contains(k.toLowerCase(java.util.Locale.ROOT)));
        }
        StringJoiner cols = new StringJoiner(",");
        StringJoiner marks = new StringJoiner(",");
        for (String k : all.keySet()) {
            cols.add(k);
            marks.add("?");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + cols + ") VALUES (" + marks
                + ")")) {
            int p = 1;
            for (Object v : all.values()) {
                ps.setObject(p++, v instanceof LocalDate d ? Timestamp.valueOf(d.atStartOfDay()) : v);
            }
            ps.executeUpdate();
        }
        Object key = values.get(table + "_ID");
        return key == null ? -1 : ((Number) key).intValue();
    }

    void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i] instanceof LocalDate d ? Timestamp.valueOf(d.atStartOfDay()) : args[i]);
            }
            ps.executeUpdate();
        }
    }

    /** First column of every row of a query with int arguments. */
    List<Object[]> query(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Object[]> out = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    BigDecimal decimal(String sql, Object... args) throws SQLException {
        List<Object[]> rows = query(sql, args);
        return rows.isEmpty() || rows.get(0)[0] == null ? null : (BigDecimal) rows.get(0)[0];
    }

    private List<String> columns(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Object[] r : query("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                + "current_schema() AND table_name = ?", table.toLowerCase(java.util.Locale.ROOT))) {
            out.add((String) r[0]);
        }
        return out;
    }

    /** The contract as the core reads it (the columns the activity and calendar rules use). */
    org.cpom.core.model.Contract contract(int contractId) throws SQLException {
        Object[] r = query("SELECT DocumentNo, Name, LegalBasis, DateFrom, DateTo, DateSigned, IsExtended, TotalAmt, "
                + "DocStatus FROM CPOM_Contract WHERE CPOM_Contract_ID=? AND AD_Client_ID=?", contractId, clientId).get(0);
        return new org.cpom.core.model.Contract(contractId, clientId, (String) r[0], (String) r[1], null,
                org.cpom.core.model.LegalBasis.fromCode((String) r[2]), 0, 0, 0, date(r[3]), date(r[4]), date(r[5]),
                "Y".equals(r[6]), (BigDecimal) r[7], MessidorSample.EUR_CURRENCY_ID, null,
                org.cpom.core.rule.Coded.fromCode(org.cpom.core.model.DocStatus.class, (String) r[8]));
    }

    /** The contract's establishments, in id order, with their FINESS category, capacity and opening days. */
    List<Establishment> perimeter(int contractId) throws SQLException {
        List<Establishment> out = new ArrayList<>();
        for (Object[] r : query("SELECT e.CPOM_Establishment_ID, e.Name, fc.Value, e.TariffAuthority, ce.DateJoined, "
                + "ce.DateLeft, e.CapacityInstalled, e.OpeningDays FROM CPOM_ContractEstablishment ce "
                + "JOIN CPOM_Establishment e ON e.CPOM_Establishment_ID = ce.CPOM_Establishment_ID "
                + "LEFT JOIN CPOM_FinessCategory fc ON fc.CPOM_FinessCategory_ID = e.CPOM_FinessCategory_ID "
                + "WHERE ce.CPOM_Contract_ID=? AND ce.AD_Client_ID=? ORDER BY e.CPOM_Establishment_ID", contractId,
                clientId)) {
            out.add(new Establishment(new org.cpom.core.model.PerimeterMember(integer(r[0]), (String) r[1],
                    (String) r[2], r[3] == null ? null : org.cpom.core.rule.Coded.fromCode(
                            org.cpom.core.model.TariffAuthority.class, (String) r[3]), date(r[4]), date(r[5])),
                    (BigDecimal) r[6], r[7] == null ? null : integer(r[7])));
        }
        return out;
    }

    /** An establishment of the perimeter with its capacity (null for home help) and opening days. */
    record Establishment(org.cpom.core.model.PerimeterMember member, BigDecimal capacityInstalled,
            Integer openingDays) {
        int id() {
            return member.establishmentId();
        }
    }

    /** AD_User_ID of the tenant's user of that name, or 0. */
    int user(String name) throws SQLException {
        List<Object[]> r = query("SELECT AD_User_ID FROM AD_User WHERE AD_Client_ID=? AND Name=?", clientId, name);
        return r.isEmpty() ? 0 : integer(r.get(0)[0]);
    }

    static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static LocalDate date(Object timestamp) {
        return timestamp == null ? null : ((Timestamp) timestamp).toLocalDateTime().toLocalDate();
    }

    static int integer(Object number) {
        return number == null ? 0 : ((Number) number).intValue();
    }
}
