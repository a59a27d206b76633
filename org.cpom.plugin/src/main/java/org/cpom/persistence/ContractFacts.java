package org.cpom.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.cpom.core.model.Contract;

/**
 * One query per save for child records: the parent contract's header plus whatever scalar or array facts the
 * child's rules need, as extra select expressions evaluated in the same statement.
 */
public final class ContractFacts {

    /** Perimeter establishment ids and names of the contract, as two parallel arrays (2 expressions). */
    public static final String PERIMETER = "ARRAY(SELECT ce.CPOM_Establishment_ID FROM CPOM_ContractEstablishment ce "
            + "WHERE ce.CPOM_Contract_ID=c.CPOM_Contract_ID AND ce.IsActive='Y' ORDER BY ce.CPOM_Establishment_ID), "
            + "ARRAY(SELECT e.Name FROM CPOM_ContractEstablishment ce JOIN CPOM_Establishment e "
            + "ON e.CPOM_Establishment_ID=ce.CPOM_Establishment_ID WHERE ce.CPOM_Contract_ID=c.CPOM_Contract_ID "
            + "AND ce.IsActive='Y' ORDER BY ce.CPOM_Establishment_ID)";

    /** Binds the parameters of the extra expressions, starting at index 1; returns how many it bound. */
    @FunctionalInterface
    public interface Binder {
        int bind(PreparedStatement ps) throws SQLException;
    }

    /** The row read back: the contract and access to the extra columns. */
    public record Row(Contract contract, ResultSet rs) {
        /** 1-based index of the n-th extra expression (n from 1). */
        public int extra(int n) {
            return ContractSql.COLUMN_COUNT + n;
        }
    }

    @FunctionalInterface
    public interface Reader<T> {
        T read(Row row) throws SQLException;
    }

    private ContractFacts() {
    }

    /**
     * Runs {@code SELECT <contract columns>, extras FROM CPOM_Contract c WHERE c.CPOM_Contract_ID=?}; the extras'
     * parameters are bound first, the contract id last. Returns null when the contract does not exist.
     */
    public static <T> T query(Connection con, int contractId, String extras, Binder binder, Reader<T> reader)
            throws SQLException {
        String sql = "SELECT " + ContractSql.COLUMNS + (extras == null || extras.isEmpty() ? "" : ", " + extras)
                + " FROM CPOM_Contract c WHERE c.CPOM_Contract_ID=?";
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            int n = binder == null ? 0 : binder.bind(ps);
            ps.setInt(n + 1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return reader.read(new Row(ContractSql.read(rs, 1), rs));
            }
        }
    }

    /** Reads an integer array column into a set. */
    public static Set<Integer> intSet(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return Set.of();
        }
        Set<Integer> set = new HashSet<>();
        for (Object o : (Object[]) array.getArray()) {
            if (o != null) {
                set.add(((Number) o).intValue());
            }
        }
        return Collections.unmodifiableSet(set);
    }

    /** Reads two parallel array columns (ids, names) into an id → name map. */
    public static Map<Integer, String> labels(ResultSet rs, int idColumn, int nameColumn) throws SQLException {
        Array ids = rs.getArray(idColumn);
        Array names = rs.getArray(nameColumn);
        if (ids == null || names == null) {
            return Map.of();
        }
        Object[] i = (Object[]) ids.getArray();
        Object[] n = (Object[]) names.getArray();
        Map<Integer, String> map = new HashMap<>();
        for (int k = 0; k < Math.min(i.length, n.length); k++) {
            map.put(((Number) i[k]).intValue(), (String) n[k]);
        }
        return Collections.unmodifiableMap(map);
    }
}
