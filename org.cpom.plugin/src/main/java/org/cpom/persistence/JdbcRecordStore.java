package org.cpom.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.cpom.adapter.BudgetLinePayer;
import org.cpom.adapter.CpomSaveRules;
import org.cpom.adapter.SaveOutcome;
import org.cpom.adapter.SaveRules;
import org.cpom.adapter.SaveType;
import org.cpom.core.rule.Coded;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.core.rule.ValidationResult;
import org.cpom.service.DeadlineService;

/**
 * {@link RecordStore} over a plain JDBC connection (tests, demo; never used inside iDempiere, where
 * {@code PoRecordStore} writes through POs). Each write first runs the table's CPOM rules on the row as it will be,
 * exactly as the event handlers do before a PO is written, and writes nothing when they fail. Before that, like
 * PO.save and PO.delete, it refuses a cross-tenant write ({@link TenantGuard}): the store stands for a session of
 * client {@code clientId}. Standard columns (client, org, active, created/updated, UU) are filled like iDempiere
 * does. Ids come from the sequence {@value #ID_SEQUENCE}, created by {@link #install}. Not thread-safe: one store
 * per transaction.
 */
public final class JdbcRecordStore implements RecordStore {

    public static final String ID_SEQUENCE = "cpom_jdbc_id_sq";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");

    private final Connection connection;
    private final int clientId;
    private final int orgId;
    private final int userId;

    /**
     * @param clientId the session's client (Env AD_Client_ID): 0 for a System session, which may write any client's
     *                 records; a tenant session writes only its own client's records
     */
    public JdbcRecordStore(Connection connection, int clientId, int orgId, int userId) {
        this.connection = connection;
        this.clientId = clientId;
        this.orgId = orgId;
        this.userId = userId;
    }

    /** Creates the id sequence once per database (ids start above any sample data). */
    public static void install(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE SEQUENCE IF NOT EXISTS " + ID_SEQUENCE + " START 5000000");
        }
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public int insert(String tableName, Map<String, Object> values) {
        String table = identifier(tableName);
        try {
            Map<String, Object> row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            Timestamp now = new Timestamp(System.currentTimeMillis());
            row.put("AD_Client_ID", clientId);
            row.put("AD_Org_ID", orgId);
            row.put("IsActive", "Y");
            row.put("Created", now);
            row.put("CreatedBy", userId);
            row.put("Updated", now);
            row.put("UpdatedBy", userId);
            row.putAll(values);
            // PO.save checks the tenant before anything else (no id is taken, nothing is written)
            TenantGuard.checkWrite(clientId, table, 0, clientOf(row));
            int id = nextId();
            row.put(table + "_ID", id);
            row.putIfAbsent(table + "_UU", UUID.randomUUID().toString());
            if (hasDocumentNo(table) && row.get("DocumentNo") == null) {
                row.put("DocumentNo", String.valueOf(id)); // iDempiere would take it from the document sequence
            }
            derive(table, row, values);
            row.putAll(check(table, SaveType.NEW, row));
            List<String> columns = new ArrayList<>(row.keySet());
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (");
            StringBuilder marks = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(identifier(columns.get(i)));
                marks.append(i == 0 ? "?" : ", ?");
            }
            sql.append(") VALUES (").append(marks).append(')');
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < columns.size(); i++) {
                    ps.setObject(i + 1, jdbcValue(row.get(columns.get(i))));
                }
                ps.executeUpdate();
            }
            afterWrite(table, row);
            return id;
        } catch (SQLException e) {
            throw new StoreException(tableName, e);
        }
    }

    @Override
    public void update(String tableName, int id, Map<String, Object> values) {
        String table = identifier(tableName);
        try {
            Map<String, Object> row = load(table, id);
            TenantGuard.checkWrite(clientId, table, id, clientOf(row));
            row.putAll(values);
            row.put("Updated", new Timestamp(System.currentTimeMillis()));
            row.put("UpdatedBy", userId);
            Map<String, Object> written = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            written.putAll(values);
            written.putAll(derive(table, row, values));
            Map<String, Object> computed = check(table, SaveType.CHANGE, row);
            row.putAll(computed);
            written.putAll(computed);
            List<String> columns = new ArrayList<>(written.keySet());
            columns.add("Updated");
            columns.add("UpdatedBy");
            StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
            for (int i = 0; i < columns.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(identifier(columns.get(i))).append("=?");
            }
            sql.append(" WHERE ").append(table).append("_ID=?");
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < columns.size(); i++) {
                    ps.setObject(i + 1, jdbcValue(row.get(columns.get(i))));
                }
                ps.setInt(columns.size() + 1, id);
                ps.executeUpdate();
            }
            afterWrite(table, row);
        } catch (SQLException e) {
            throw new StoreException(tableName, e);
        }
    }

    /** Deletes a record after its rules allowed it. */
    public void delete(String tableName, int id) {
        String table = identifier(tableName);
        try {
            Map<String, Object> row = load(table, id);
            TenantGuard.checkWrite(clientId, table, id, clientOf(row));
            check(table, SaveType.DELETE, row);
            try (PreparedStatement ps = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE " + table + "_ID=?")) {
                ps.setInt(1, id);
                ps.executeUpdate();
            }
            afterWrite(table, row);
        } catch (SQLException e) {
            throw new StoreException(tableName, e);
        }
    }

    /**
     * What the model class sets before iDempiere's save rules run (MCpomBudgetLine.beforeSave: Payer and Funder
     * made consistent by {@link BudgetLinePayer}); applied to {@code row} and returned as the columns to write.
     */
    private static Map<String, Object> derive(String table, Map<String, Object> row, Map<String, Object> written) {
        if (!table.equalsIgnoreCase("CPOM_BudgetLine")) {
            return Map.of();
        }
        BudgetLinePayer.Codes codes = BudgetLinePayer.derive(text(row.get("Payer")), text(row.get("Funder")),
                BudgetLinePayer.funderOnly(written));
        Map<String, Object> derived = new LinkedHashMap<>();
        if (codes.payer() != null) {
            derived.put("Payer", codes.payer());
        }
        if (codes.funder() != null) {
            derived.put("Funder", codes.funder());
        }
        row.putAll(derived);
        return derived;
    }

    private static String text(Object v) {
        return v instanceof Coded c ? c.code() : v == null ? null : v.toString();
    }

    /** What the model class does after a write (MCpomBudgetLine.afterSave/afterDelete): the contract's commitment. */
    private void afterWrite(String table, Map<String, Object> row) throws SQLException {
        if (table.equalsIgnoreCase("CPOM_BudgetLine") && row.get("CPOM_Contract_ID") instanceof Number n) {
            ContractCommitment.refresh(connection, n.intValue());
        }
        // what CalendarRecomputeHandler does after a PO save: the calendar follows the contract (idempotent, so
        // the JDBC store does not need to know which columns changed)
        if (CALENDAR_SOURCES.contains(table.toLowerCase(java.util.Locale.ROOT))
                && row.get("CPOM_Contract_ID") instanceof Number n) {
            new DeadlineService(connection, this, name -> null).recomputeIfCalendar(n.intValue(),
                    java.time.LocalDate.now());
        }
    }

    /** Tables whose writes change a contract's deadline calendar. */
    private static final java.util.Set<String> CALENDAR_SOURCES = java.util.Set.of("cpom_contract",
            "cpom_contractestablishment", "cpom_actionsheet", "cpom_activity");

    /** The stored row as column → value (case-insensitive names). */
    public Map<String, Object> load(String tableName, int id) throws SQLException {
        String table = identifier(tableName);
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT * FROM " + table + " WHERE " + table + "_ID=?")) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No " + table + " record with id " + id);
                }
                Map<String, Object> row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                ResultSetMetaData md = rs.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), rs.getObject(i));
                }
                return row;
            }
        }
    }

    /** Runs the table's rules; returns the columns they set (as the event handler sets them on the PO). */
    private Map<String, Object> check(String table, SaveType type, Map<String, Object> row) throws SQLException {
        SaveRules<?> rules = CpomSaveRules.forTable(table).orElse(null);
        if (rules == null) {
            return Map.of();
        }
        SaveOutcome outcome = rules.checkAndDeriveObject(type, RecordView.of(rules.recordType(), row), connection,
                userId);
        outcome.result().throwIfInvalid();
        return outcome.derived();
    }

    private static int clientOf(Map<String, Object> row) {
        Object client = row.get("AD_Client_ID");
        return client instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(client));
    }

    private int nextId() throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT nextval('" + ID_SEQUENCE + "')")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean hasDocumentNo(String table) {
        return table.equalsIgnoreCase("CPOM_Contract");
    }

    static String identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a column or table name: " + name);
        }
        return name;
    }

    static Object jdbcValue(Object v) {
        if (v instanceof LocalDate d) {
            return Timestamp.valueOf(d.atStartOfDay());
        }
        if (v instanceof Boolean b) {
            return b ? "Y" : "N";
        }
        if (v instanceof Coded c) {
            return c.code();
        }
        if (v instanceof Integer || v instanceof Long) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        return v;
    }

    /** Values of a map in insertion order, for callers building column maps. */
    public static Map<String, Object> columns(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** A database error while writing (constraint, trigger...). */
    public static final class StoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StoreException(String table, SQLException cause) {
            super(table + ": " + cause.getMessage(), cause);
        }

        public SQLException sqlException() {
            return (SQLException) getCause();
        }
    }

    /** True when {@code e} is a rule rejection (as opposed to a database error). */
    public static boolean isRejection(RuntimeException e) {
        return e instanceof CpomValidationException;
    }
}
