package org.cpom.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.cpom.core.catalogue.Columns;
import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.Establishment;
import org.cpom.core.model.PerimeterLine;
import org.cpom.core.rule.Coded;

/**
 * Test fixture: the core catalogue's small valid world (org.cpom.core.catalogue.Fixtures: client 11, contract
 * 1000, establishments 101/102, axis 501, action sheet 601, budget) written into PostgreSQL with its fixed ids,
 * plus the iDempiere core rows it points to (stand-in tables with the real names). Rows are written raw (no rules)
 * because they are the valid baseline; NOT NULL columns the fixture does not care about get neutral values.
 */
public final class CpomWorld {

    public static final int OTHER_CLIENT_ID = 12;
    public static final int ORG_1 = 51;
    public static final int ORG_2 = 52;
    public static final int ORG_FREE = 53;
    public static final int ORG_OTHER_CLIENT = 61;
    public static final int ESAT_CATEGORY_ID = 246;
    public static final int EHPAD_CATEGORY_ID = 500;
    public static final int USER_ID = 100;

    private CpomWorld() {
    }

    /** The iDempiere core rows (clients, orgs, partners, users, currency, FINESS categories). */
    public static void seedCore(Connection c) throws SQLException {
        insertIfMissing(c, "AD_Client", cols("AD_Client_ID", Fixtures.CLIENT_ID, "Name", "Association MESSIDOR test"));
        insertIfMissing(c, "AD_Client", cols("AD_Client_ID", OTHER_CLIENT_ID, "Name", "Other tenant"));
        for (int[] org : new int[][] {{ORG_1, Fixtures.CLIENT_ID}, {ORG_2, Fixtures.CLIENT_ID},
                {ORG_FREE, Fixtures.CLIENT_ID}, {ORG_OTHER_CLIENT, OTHER_CLIENT_ID}}) {
            insertIfMissing(c, "AD_Org", cols("AD_Org_ID", org[0], "AD_Client_ID", org[1], "Value", "O" + org[0],
                    "Name", "Org " + org[0]));
        }
        for (int bp : new int[] {2000, 2001, 2002}) {
            insertIfMissing(c, "C_BPartner", cols("C_BPartner_ID", bp, "AD_Client_ID", Fixtures.CLIENT_ID, "AD_Org_ID",
                    0, "Value", "BP" + bp, "Name", "Partner " + bp));
        }
        for (int user : new int[] {USER_ID, Fixtures.PILOT_USER_ID}) {
            insertIfMissing(c, "AD_User", cols("AD_User_ID", user, "AD_Client_ID", Fixtures.CLIENT_ID, "AD_Org_ID", 0,
                    "Name", "User " + user));
        }
        insertIfMissing(c, "C_Currency", cols("C_Currency_ID", 102, "ISO_Code", "EUR", "Description", "Euro"));
        insertIfMissing(c, "CPOM_FinessCategory", std(0, 0, cols("CPOM_FinessCategory_ID", ESAT_CATEGORY_ID, "Value",
                "246", "Name", "Etablissement et Service d'Aide par le Travail (E.S.A.T.)")));
        insertIfMissing(c, "CPOM_FinessCategory", std(0, 0, cols("CPOM_FinessCategory_ID", EHPAD_CATEGORY_ID, "Value",
                "500", "Name", "Etablissement d'hébergement pour personnes âgées dépendantes")));
    }

    /**
     * The contract world: establishments 101 (org 51) and 102 (org 52), contract 1000 in {@code status} with both
     * in its perimeter (unless {@code with101} is false), axis 501, action sheet 601 and the 10 budget lines.
     */
    public static void seedContract(Connection c, DocStatus status, boolean with101) throws SQLException {
        Establishment e1 = Fixtures.establishment();
        insert(c, "CPOM_Establishment", withCategory(Columns.of(e1), ESAT_CATEGORY_ID));
        Establishment e2 = new Establishment(Fixtures.ESTABLISHMENT_2, Fixtures.CLIENT_ID, ORG_2,
                Fixtures.FINESS_EG_2, Fixtures.FINESS_EJ, "ESAT Le Moulin", null, ESAT_CATEGORY_ID,
                new BigDecimal("60"), new BigDecimal("60"), 251, null, "69", e1.tariffAuthority(), 0, null, null);
        insert(c, "CPOM_Establishment", withCategory(Columns.of(e2), ESAT_CATEGORY_ID));
        Contract k = Fixtures.contract(status);
        Map<String, Object> contract = Columns.of(k);
        contract.put("DocAction", status == DocStatus.COMPLETED ? "CL" : "CO");
        contract.put("Processed", status == DocStatus.DRAFTED || status == DocStatus.IN_PROGRESS ? "N" : "Y");
        contract.put("AD_Org_ID", ORG_1);
        insert(c, "CPOM_Contract", contract);
        int lineId = 800;
        for (int est : new int[] {Fixtures.ESTABLISHMENT_1, Fixtures.ESTABLISHMENT_2}) {
            if (est == Fixtures.ESTABLISHMENT_1 && !with101) {
                continue;
            }
            insert(c, "CPOM_ContractEstablishment", Columns.of(new PerimeterLine(++lineId, Fixtures.CONTRACT_ID, est,
                    null, null)));
        }
        insert(c, "CPOM_Axis", Columns.of(new org.cpom.core.model.Axis(Fixtures.AXIS_ID, Fixtures.CONTRACT_ID, 10,
                "Inclusion professionnelle", null)));
        insert(c, "CPOM_ActionSheet", Columns.of(Fixtures.actionSheet()));
        for (var line : Fixtures.budget()) {
            if (line.establishmentId() == Fixtures.ESTABLISHMENT_1 && !with101) {
                continue;
            }
            Map<String, Object> m = Columns.of(line);
            m.put("Payer", line.payer().code()); // raw insert: no model class derives it
            m.put("AD_Org_ID", line.establishmentId() == Fixtures.ESTABLISHMENT_1 ? ORG_1 : ORG_2);
            insert(c, "CPOM_BudgetLine", m);
        }
    }

    private static Map<String, Object> withCategory(Map<String, Object> m, int categoryId) {
        m.put("CPOM_FinessCategory_ID", categoryId);
        return m;
    }

    /** Raw insert of a CPOM row for client 11 (org from the map or 0). */
    public static void insert(Connection c, String table, Map<String, Object> values) throws SQLException {
        int org = values.get("AD_Org_ID") instanceof Number n ? n.intValue() : 0;
        insertRow(c, table, std(Fixtures.CLIENT_ID, org, values));
    }

    static Map<String, Object> std(int client, int org, Map<String, Object> values) {
        Map<String, Object> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        m.put("AD_Client_ID", client);
        m.put("AD_Org_ID", org);
        m.put("IsActive", "Y");
        m.put("Created", now);
        m.put("CreatedBy", USER_ID);
        m.put("Updated", now);
        m.put("UpdatedBy", USER_ID);
        m.putAll(values);
        return m;
    }

    private static void insertIfMissing(Connection c, String table, Map<String, Object> values) throws SQLException {
        String key = table + "_ID";
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table + " WHERE " + key + "=?")) {
            ps.setInt(1, ((Number) values.get(key)).intValue());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        insertRow(c, table, values);
    }

    /**
     * Inserts the given columns that exist in the table, filling the other NOT NULL columns without default with
     * neutral values (0, 'N', now, a short text), so the fixture does not depend on every stand-in column.
     */
    static void insertRow(Connection c, String table, Map<String, Object> values) throws SQLException {
        Map<String, Object> row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, Boolean> required = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name, data_type, is_nullable='NO' AND "
                + "column_default IS NULL FROM information_schema.columns WHERE table_schema=current_schema() "
                + "AND lower(table_name)=lower(?)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2));
                    required.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getBoolean(3));
                }
            }
        }
        if (types.isEmpty()) {
            throw new SQLException("No table " + table);
        }
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String column = e.getKey().toLowerCase(Locale.ROOT);
            if (!types.containsKey(column)) {
                continue;
            }
            Object v = e.getValue();
            if (v instanceof Number n && n.intValue() == 0 && column.endsWith("_id")
                    && !column.equals((table + "_ID").toLowerCase(Locale.ROOT)) && !column.equals("ad_client_id")
                    && !column.equals("ad_org_id")) {
                v = null; // the fixture's "no partner / no user" is NULL in the database
            }
            row.put(column, v);
        }
        for (Map.Entry<String, Boolean> e : required.entrySet()) {
            if (e.getValue() && row.get(e.getKey()) == null) {
                String type = types.get(e.getKey());
                row.put(e.getKey(), type.contains("char") || type.contains("text") ? (type.equals("character") ? "N"
                        : "x") : type.contains("timestamp") ? new Timestamp(System.currentTimeMillis())
                        : BigDecimal.ZERO);
            }
        }
        List<String> columns = new ArrayList<>(row.keySet());
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                .append(String.join(", ", columns)).append(") VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < columns.size(); i++) {
                ps.setObject(i + 1, jdbc(row.get(columns.get(i))));
            }
            ps.executeUpdate();
        }
    }

    static Object jdbc(Object v) {
        if (v instanceof LocalDate d) {
            return Timestamp.valueOf(d.atStartOfDay());
        }
        if (v instanceof Boolean b) {
            return b ? "Y" : "N";
        }
        if (v instanceof Coded coded) {
            return coded.code();
        }
        if (v instanceof Integer i) {
            return BigDecimal.valueOf(i);
        }
        return v;
    }

    public static Map<String, Object> cols(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Fingerprint of every CPOM table's content: equal before and after means the database is unchanged. */
    public static String checksum(Connection c) throws SQLException {
        StringBuilder all = new StringBuilder();
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name FROM "
                + "information_schema.tables WHERE table_schema=current_schema() AND lower(table_name) LIKE 'cpom\\_%' "
                + "ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String t : tables) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*), "
                    + "md5(COALESCE(string_agg(x::text, '|' ORDER BY x::text), '')) FROM " + t + " x")) {
                rs.next();
                all.append(t).append(':').append(rs.getLong(1)).append(':').append(rs.getString(2)).append(';');
            }
        }
        return all.toString();
    }
}
