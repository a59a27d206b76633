package org.cpom.dictionary;

import org.cpom.dictionary.Dictionary.Column;
import org.cpom.dictionary.Dictionary.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Brings an existing CPOM schema up to a dictionary version the way a 2Pack upgrade does on a server, for the
 * embedded databases of the tests: iDempiere release-12's ColumnElementHandler (IsSyncDatabase=Y) creates a
 * missing table, adds a missing column (default, then NOT NULL once existing rows hold the default, as
 * DB_PostgreSQL.getSQLAdd does) and never drops anything; the foreign keys and indexes come with their columns,
 * the reference rows are inserted only when their UUID is not there yet, and the pack's guard SQL runs again.
 */
public final class DatabaseSync {

    private final Dictionary dict;
    private final DdlGenerator ddl;

    public DatabaseSync(Dictionary dict, Uuids uuids) {
        this.dict = dict;
        this.ddl = new DdlGenerator(dict, uuids);
    }

    /** Runs the upgrade on the connection (in its transaction) and returns the statements it ran. */
    public List<String> sync(Connection c) throws SQLException {
        List<String> ran = new ArrayList<>();
        for (Table t : dict.tables()) {
            Set<String> columns = columns(c, t.name());
            if (columns.isEmpty()) {
                run(c, DdlGenerator.createTableSql(t), ran);
                continue;
            }
            for (Column col : t.columns()) {
                if (columns.contains(col.name().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                addColumn(c, t, col, ran);
            }
        }
        Set<String> constraints = names(c, "SELECT lower(constraint_name) FROM information_schema.table_constraints"
                + " WHERE table_schema = current_schema()");
        Set<String> indexes = names(c, "SELECT lower(indexname) FROM pg_indexes WHERE schemaname = current_schema()");
        for (Table t : dict.tables()) {
            for (Map.Entry<String, String> fk : DdlGenerator.foreignKeySql(t).entrySet()) {
                if (!constraints.contains(fk.getKey().toLowerCase(Locale.ROOT))) {
                    run(c, fk.getValue(), ran);
                }
            }
            for (Map.Entry<String, String> ix : DdlGenerator.indexSql(t).entrySet()) {
                if (!indexes.contains(ix.getKey().toLowerCase(Locale.ROOT))) {
                    run(c, ix.getValue(), ran);
                }
            }
        }
        for (DdlGenerator.SeedInsert seed : ddl.seedInserts()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + seed.table() + " WHERE " + seed.table()
                    + "_UU = ?")) {
                ps.setString(1, seed.uuid());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        run(c, seed.sql(), ran);
                    }
                }
            }
        }
        for (String guard : PackOutGenerator.perimeterStatements(dict.databaseSql())) {
            run(c, guard, ran);
        }
        return ran;
    }

    private void addColumn(Connection c, Table t, Column col, List<String> ran) throws SQLException {
        String def = DdlGenerator.sqlDefault(col);
        String withoutNotNull = DdlGenerator.columnDefinition(col).replace(" NOT NULL", "");
        run(c, "ALTER TABLE " + t.name() + " ADD COLUMN " + withoutNotNull, ran);
        if (col.mandatory()) {
            if (def != null) {
                run(c, "UPDATE " + t.name() + " SET " + col.name() + " = " + def + " WHERE " + col.name() + " IS NULL", ran);
            }
            // as on a server: fails when existing rows have no value and the column no default
            run(c, "ALTER TABLE " + t.name() + " ALTER COLUMN " + col.name() + " SET NOT NULL", ran);
        }
    }

    private static Set<String> columns(Connection c, String table) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT lower(column_name) FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND lower(table_name) = lower(?)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static Set<String> names(Connection c, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void run(Connection c, String sql, List<String> ran) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
        ran.add(sql);
    }
}
