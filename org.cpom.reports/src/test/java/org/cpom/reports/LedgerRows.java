package org.cpom.reports;

import org.cpom.core.finance.EstablishmentRef;
import org.cpom.core.finance.LedgerBalance;
import org.cpom.core.finance.PlannedInvestment;
import org.cpom.core.finance.AssetCategory;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.Funder;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of cpom-core's statements (ErrdStatement, FinancialAnalysis, EprdForecast, FinancingPlan) read
 * without the reports' SQL and without the ledger query layer: raw Fact_Acct sums per organisation and account
 * value, each account mapped to its group and section here in Java (the client's CPOM_AccountGroup rows first,
 * longest prefix wins, then the System rows), so that a report figure equal to the core's figure is an
 * independent check of the design's query.
 */
final class LedgerRows {

    private record Mapping(String prefix, String group, String section) {
    }

    private final DataSource ds;

    LedgerRows(DataSource ds) {
        this.ds = ds;
    }

    /** Dr/Cr sums of one calendar year per organisation × account (every class), posted actuals of one schema. */
    List<LedgerBalance> flows(int clientId, int acctSchemaId, int year) throws SQLException {
        return read(clientId, acctSchemaId, year, year);
    }

    /** Cumulative Dr/Cr sums up to the end of a year per organisation × account (the closing balances). */
    List<LedgerBalance> closing(int clientId, int acctSchemaId, int year) throws SQLException {
        return read(clientId, acctSchemaId, 1900, year);
    }

    /** The rows of some organisations only. */
    static List<LedgerBalance> ofOrgs(List<LedgerBalance> rows, List<Integer> orgs) {
        return rows.stream().filter(r -> orgs.contains(r.orgId())).toList();
    }

    private List<LedgerBalance> read(int clientId, int acctSchemaId, int fromYear, int toYear) throws SQLException {
        List<Mapping> own = mappings(clientId);
        List<Mapping> system = mappings(0);
        List<LedgerBalance> out = new ArrayList<>();
        String sql = "SELECT f.AD_Org_ID, ev.Value, SUM(f.AmtAcctDr), SUM(f.AmtAcctCr) FROM Fact_Acct f "
                + "JOIN C_ElementValue ev ON ev.C_ElementValue_ID = f.Account_ID "
                + "WHERE f.AD_Client_ID = ? AND f.C_AcctSchema_ID = ? AND f.PostingType = 'A' "
                + "AND EXTRACT(YEAR FROM f.DateAcct) BETWEEN ? AND ? GROUP BY f.AD_Org_ID, ev.Value";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, clientId);
            ps.setInt(2, acctSchemaId);
            ps.setInt(3, fromYear);
            ps.setInt(4, toYear);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String value = rs.getString(2);
                    Mapping m = longest(own, value);
                    if (m == null) {
                        m = longest(system, value);
                    }
                    out.add(new LedgerBalance(rs.getInt(1), value,
                            m == null ? null : FunctionalGroup.fromCode(m.group()),
                            m == null || m.section() == null ? null : BudgetSection.fromCode(m.section()),
                            rs.getBigDecimal(3), rs.getBigDecimal(4)));
                }
            }
        }
        return out;
    }

    private static Mapping longest(List<Mapping> mappings, String value) {
        Mapping best = null;
        for (Mapping m : mappings) {
            if (value.startsWith(m.prefix()) && (best == null || m.prefix().length() > best.prefix().length())) {
                best = m;
            }
        }
        return best;
    }

    private List<Mapping> mappings(int clientId) throws SQLException {
        List<Mapping> list = new ArrayList<>();
        boolean hasSection = hasColumn("cpom_accountgroup", "budgetsection");
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT AccountPrefix, FunctionalGroup, " + (hasSection ? "BudgetSection" : "NULL")
                        + " FROM CPOM_AccountGroup WHERE AD_Client_ID = ? AND IsActive = 'Y'")) {
            ps.setInt(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Mapping(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return list;
    }

    private boolean hasColumn(String table, String column) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                        + "AND table_name = ? AND column_name = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The establishments of a contract's perimeter, by name (the order the reports print them in). */
    List<EstablishmentRef> establishments(int clientId, int contractId) throws SQLException {
        List<EstablishmentRef> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT e.CPOM_Establishment_ID, COALESCE(e.AD_Org_ID, 0), e.Name FROM CPOM_Establishment e "
                        + "JOIN CPOM_ContractEstablishment ce ON ce.CPOM_Establishment_ID = e.CPOM_Establishment_ID "
                        + "WHERE ce.CPOM_Contract_ID = ? AND e.AD_Client_ID = ? AND ce.IsActive = 'Y' ORDER BY e.Name")) {
            ps.setInt(1, contractId);
            ps.setInt(2, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EstablishmentRef(rs.getInt(1), rs.getInt(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    /** The contract's active budget lines (every year). */
    List<BudgetLine> budget(int clientId, int contractId) throws SQLException {
        List<BudgetLine> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT CPOM_BudgetLine_ID, CPOM_Establishment_ID, FiscalYear, Funder, FunctionalGroup, BudgetSection, "
                        + "Amount FROM CPOM_BudgetLine WHERE CPOM_Contract_ID = ? AND AD_Client_ID = ? AND IsActive = 'Y'")) {
            ps.setInt(1, contractId);
            ps.setInt(2, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new BudgetLine(rs.getInt(1), contractId, rs.getInt(2), rs.getInt(3),
                            rs.getString(4) == null ? null : Funder.fromCode(rs.getString(4)),
                            FunctionalGroup.fromCode(rs.getString(5)),
                            rs.getString(6) == null ? null : BudgetSection.fromCode(rs.getString(6)),
                            rs.getBigDecimal(7), null));
                }
            }
        }
        return out;
    }

    /** The contract's active planned investments (CPOM_Investment). */
    List<PlannedInvestment> investments(int clientId, int contractId) throws SQLException {
        List<PlannedInvestment> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT CPOM_Investment_ID, COALESCE(CPOM_Establishment_ID, 0), FiscalYear, AssetCategory, Name, Amount, "
                        + "UseLifeYears, LoanAmt, COALESCE(LoanYears, 0), SubsidyAmt FROM CPOM_Investment "
                        + "WHERE CPOM_Contract_ID = ? AND AD_Client_ID = ? AND IsActive = 'Y'")) {
            ps.setInt(1, contractId);
            ps.setInt(2, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PlannedInvestment(rs.getInt(1), contractId, rs.getInt(2), rs.getInt(3),
                            AssetCategory.fromCode(rs.getString(4)), rs.getString(5), rs.getBigDecimal(6), rs.getInt(7),
                            rs.getBigDecimal(8), rs.getInt(9), rs.getBigDecimal(10)));
                }
            }
        }
        return out;
    }

    /** C_ElementValue.Value → Name of a client's chart of accounts. */
    java.util.Map<String, String> accountNames(int clientId) throws SQLException {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT Value, Name FROM C_ElementValue WHERE AD_Client_ID = ?")) {
            ps.setInt(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** AD_Org.Name of an organisation. */
    String orgName(int orgId) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT Name FROM AD_Org WHERE AD_Org_ID = ?")) {
            ps.setInt(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
