package org.cpom.reports;

import org.cpom.core.budget.AccountGroupMapper;
import org.cpom.core.model.AccountGroupMapping;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.testkit.LoadedSample;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Figures the reports must print, computed without the reports' SQL. */
final class Expected {

    private final DataSource ds;

    Expected(DataSource ds) {
        this.ds = ds;
    }

    /**
     * Posted actuals of one accounting schema by functional group: raw Dr/Cr sums per account value from
     * Fact_Acct, then mapped in Java with cpom-core's AccountGroupMapper (the tenant's own rows first, client 0's
     * default rows as fallback).
     */
    Map<String, BigDecimal> actualByGroup(LoadedSample s, int acctSchemaId, Integer est, int y1, int y2)
            throws SQLException {
        AccountGroupMapper own = new AccountGroupMapper(mappings(s.clientId()));
        AccountGroupMapper system = new AccountGroupMapper(mappings(0));
        List<Integer> orgs = new ArrayList<>();
        for (int e : s.establishmentIds()) {
            if (est == null || est == e) {
                orgs.add(s.orgByEstablishment().get(e));
            }
        }
        Map<String, BigDecimal> out = new HashMap<>();
        String sql = "SELECT ev.Value, SUM(f.AmtAcctDr), SUM(f.AmtAcctCr) FROM Fact_Acct f "
                + "JOIN C_ElementValue ev ON ev.C_ElementValue_ID = f.Account_ID "
                + "WHERE f.AD_Client_ID = ? AND f.C_AcctSchema_ID = ? AND f.PostingType = 'A' AND f.AD_Org_ID = ANY (?) "
                + "AND EXTRACT(YEAR FROM f.DateAcct) BETWEEN ? AND ? GROUP BY ev.Value";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, s.clientId());
            ps.setInt(2, acctSchemaId);
            ps.setArray(3, c.createArrayOf("numeric", orgs.toArray()));
            ps.setInt(4, y1);
            ps.setInt(5, y2);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String value = rs.getString(1);
                    Optional<FunctionalGroup> g = own.groupOf(value).or(() -> system.groupOf(value));
                    if (g.isEmpty()) {
                        continue;
                    }
                    BigDecimal dr = rs.getBigDecimal(2);
                    BigDecimal cr = rs.getBigDecimal(3);
                    BigDecimal amt = g.get().isCharge() ? dr.subtract(cr) : cr.subtract(dr);
                    out.merge(g.get().code(), amt, BigDecimal::add);
                }
            }
        }
        return out;
    }

    /** Actuals of the sample's primary accounting schema (the one its ledger was loaded into). */
    Map<String, BigDecimal> actualByGroup(LoadedSample s, Integer est, int y1, int y2) throws SQLException {
        return actualByGroup(s, s.acctSchemaId(), est, y1, y2);
    }

    static BigDecimal charges(Map<String, BigDecimal> byGroup) {
        return total(byGroup, "C");
    }

    static BigDecimal income(Map<String, BigDecimal> byGroup) {
        return total(byGroup, "P");
    }

    private static BigDecimal total(Map<String, BigDecimal> byGroup, String prefix) {
        return byGroup.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private List<AccountGroupMapping> mappings(int clientId) throws SQLException {
        List<AccountGroupMapping> list = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT AccountPrefix, FunctionalGroup, Description FROM CPOM_AccountGroup "
                        + "WHERE AD_Client_ID = ? AND IsActive = 'Y'")) {
            ps.setInt(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new AccountGroupMapping(rs.getString(1), FunctionalGroup.fromCode(rs.getString(2)),
                            rs.getString(3)));
                }
            }
        }
        return list;
    }

    void execute(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }

    BigDecimal sum(String sql, int param) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    List<String> strings(String sql, int param) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
