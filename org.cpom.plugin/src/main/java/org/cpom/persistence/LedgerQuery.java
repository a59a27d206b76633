package org.cpom.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cpom.core.finance.LedgerBalance;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.FunctionalGroup;

/**
 * The Java entry point of the ledger query layer: plain JDBC over the PostgreSQL functions the 2Pack ships
 * (ledger.sql: cpom_ledger, cpom_account_map, cpom_acctschema), which alone apply the client, the accounting schema
 * (empty = the client's primary one), the posted actuals (PostingType 'A'), the organisation and the account →
 * functional group / budget section mapping. No Java code of the plugin reads Fact_Acct or CPOM_AccountGroup for
 * the ledger itself. Immutable; one instance per client, schema and connection (the caller's transaction).
 *
 * <p>The ledger holds no closing entries (iDempiere posts none): a balance-sheet account's balance at the end of a
 * year is the sum of every posting up to 31 December of that year, which {@link #closingBalances} reads; the
 * result of a year stays in classes 6 and 7 ({@link #flows}).
 */
public final class LedgerQuery {

    /**
     * Posted actuals of one organisation, account and calendar year.
     *
     * @param orgId      AD_Org_ID
     * @param accountId  C_ElementValue_ID
     * @param account    C_ElementValue.Value (null when the account is not in the client's chart)
     * @param fiscalYear calendar year of DateAcct
     * @param group      functional group by the mapping; null for classes 1 to 5 and unmapped accounts
     * @param section    budget section of the mapping (MAIN when the mapping row has none); null when no group
     * @param debit      sum of AmtAcctDr
     * @param credit     sum of AmtAcctCr
     */
    public record Row(int orgId, int accountId, String account, int fiscalYear, FunctionalGroup group,
            BudgetSection section, BigDecimal debit, BigDecimal credit) {

        /** The row as cpom-core's finance rules take it (org, account, group, section, Dr, Cr). */
        public LedgerBalance balance() {
            return new LedgerBalance(orgId, account == null ? "" : account, group, section, debit, credit);
        }
    }

    /** One account of the client's chart with its mapping (group and section null for classes 1 to 5). */
    public record AccountMapping(int accountId, String account, FunctionalGroup group, BudgetSection section) {
    }

    /** The accounting schema the ledger is read in. */
    public record AcctSchema(int id, String name) {
    }

    private final Connection connection;
    private final int clientId;
    private final Integer acctSchemaId;

    private LedgerQuery(Connection connection, int clientId, Integer acctSchemaId) {
        this.connection = connection;
        this.clientId = clientId;
        this.acctSchemaId = acctSchemaId;
    }

    /**
     * The ledger of a client in one accounting schema.
     *
     * @param acctSchemaId the C_AcctSchema_ID; null or 0 = the client's primary schema (AD_ClientInfo)
     */
    public static LedgerQuery of(Connection connection, int clientId, Integer acctSchemaId) {
        if (connection == null) {
            throw new IllegalArgumentException("No database connection. / Aucune connexion à la base de données.");
        }
        if (clientId <= 0) {
            throw new IllegalArgumentException("The ledger is read for a tenant, not for client " + clientId
                    + ". / Le grand livre se lit pour un client (tenant), pas pour le client " + clientId + ".");
        }
        if (acctSchemaId != null && acctSchemaId < 0) {
            throw new IllegalArgumentException("Invalid accounting schema " + acctSchemaId
                    + ". / Schéma comptable " + acctSchemaId + " invalide.");
        }
        return new LedgerQuery(connection, clientId, acctSchemaId == null || acctSchemaId == 0 ? null : acctSchemaId);
    }

    public int clientId() {
        return clientId;
    }

    /** The schema actually read (the given one if it belongs to the client, else the primary); empty if none. */
    public Optional<AcctSchema> acctSchema() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT s.C_AcctSchema_ID, s.Name FROM cpom_acctschema(?, ?) s")) {
            ps.setInt(1, clientId);
            setInteger(ps, 2, acctSchemaId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new AcctSchema(rs.getInt(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    /**
     * Posted actuals by organisation × account × year, ordered by organisation, account value and year.
     *
     * @param yearFrom first calendar year, null = from the first posting
     * @param yearTo   last calendar year, null = up to the last posting
     * @param orgId    one organisation, null = every organisation of the client
     */
    public List<Row> flows(Integer yearFrom, Integer yearTo, Integer orgId) throws SQLException {
        checkYears(yearFrom, yearTo);
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT l.AD_Org_ID, l.Account_ID, l.AccountValue, "
                + "l.FiscalYear, l.FunctionalGroup, l.BudgetSection, l.AmtAcctDr, l.AmtAcctCr "
                + "FROM cpom_ledger(?, ?, ?, ?, ?) l ORDER BY l.AD_Org_ID, l.AccountValue, l.Account_ID, l.FiscalYear")) {
            bind(ps, yearFrom, yearTo, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
                            FunctionalGroup.fromCode(rs.getString(5)), BudgetSection.fromCode(rs.getString(6)),
                            nz(rs.getBigDecimal(7)), nz(rs.getBigDecimal(8))));
                }
            }
        }
        return rows;
    }

    /** The flows of one year as cpom-core rows (the compte de résultat, the capital repaid, ...). */
    public List<LedgerBalance> flows(int year, Integer orgId) throws SQLException {
        List<LedgerBalance> out = new ArrayList<>();
        for (Row r : flows(year, year, orgId)) {
            out.add(r.balance());
        }
        return out;
    }

    /**
     * Balances of the balance-sheet accounts (classes 1 to 5) at 31 December of {@code year}: cumulative debit and
     * credit of every posting up to that day, per organisation × account; accounts whose postings cancel out are
     * kept (their Dr and Cr tell the movements). Ordered by organisation and account.
     */
    public List<LedgerBalance> closingBalances(int year, Integer orgId) throws SQLException {
        return closingBalances(year, year, orgId).getOrDefault(year, List.of());
    }

    /**
     * The year-end balances of classes 1 to 5 of every year from {@code yearFrom} to {@code yearTo}, in one read of
     * the ledger: an account appears in each year from its first posting on, moved or not during the year.
     */
    public Map<Integer, List<LedgerBalance>> closingBalances(int yearFrom, int yearTo, Integer orgId)
            throws SQLException {
        checkYears(yearFrom, yearTo);
        // (org, account) → year → Dr, Cr of the year; the running sums are taken in Java, year by year
        Map<String, TreeMap<Integer, BigDecimal[]>> byAccount = new LinkedHashMap<>();
        Map<String, Row> keys = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT l.AD_Org_ID, l.Account_ID, l.AccountValue, "
                + "l.FiscalYear, l.AmtAcctDr, l.AmtAcctCr FROM cpom_ledger(?, ?, ?, ?, ?) l "
                + "WHERE l.AccountValue >= '1' AND l.AccountValue < '6' "
                + "ORDER BY l.AD_Org_ID, l.AccountValue, l.Account_ID, l.FiscalYear")) {
            bind(ps, null, yearTo, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getInt(1) + "|" + rs.getInt(2);
                    keys.putIfAbsent(key, new Row(rs.getInt(1), rs.getInt(2), rs.getString(3), 0, null, null,
                            BigDecimal.ZERO, BigDecimal.ZERO));
                    byAccount.computeIfAbsent(key, k -> new TreeMap<>()).put(rs.getInt(4),
                            new BigDecimal[] {nz(rs.getBigDecimal(5)), nz(rs.getBigDecimal(6))});
                }
            }
        }
        Map<Integer, List<LedgerBalance>> out = new TreeMap<>();
        for (int y = yearFrom; y <= yearTo; y++) {
            out.put(y, new ArrayList<>());
        }
        for (Map.Entry<String, TreeMap<Integer, BigDecimal[]>> e : byAccount.entrySet()) {
            Row k = keys.get(e.getKey());
            BigDecimal dr = BigDecimal.ZERO;
            BigDecimal cr = BigDecimal.ZERO;
            int first = e.getValue().firstKey();
            for (Map.Entry<Integer, BigDecimal[]> y : e.getValue().headMap(yearFrom, false).entrySet()) {
                dr = dr.add(y.getValue()[0]);
                cr = cr.add(y.getValue()[1]);
            }
            for (int y = yearFrom; y <= yearTo; y++) {
                BigDecimal[] f = e.getValue().get(y);
                if (f != null) {
                    dr = dr.add(f[0]);
                    cr = cr.add(f[1]);
                }
                if (y >= first) {
                    out.get(y).add(LedgerBalance.of(k.orgId(), k.account(), dr, cr));
                }
            }
        }
        out.replaceAll((y, list) -> Collections.unmodifiableList(list));
        return Collections.unmodifiableMap(out);
    }

    /** Every account of the client's chart with its group and section, ordered by account value. */
    public List<AccountMapping> accountMap() throws SQLException {
        List<AccountMapping> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT m.Account_ID, m.AccountValue, "
                + "m.FunctionalGroup, m.BudgetSection FROM cpom_account_map(?) m ORDER BY m.AccountValue, m.Account_ID")) {
            ps.setInt(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AccountMapping(rs.getInt(1), rs.getString(2), FunctionalGroup.fromCode(rs.getString(3)),
                            BudgetSection.fromCode(rs.getString(4))));
                }
            }
        }
        return out;
    }

    private void bind(PreparedStatement ps, Integer yearFrom, Integer yearTo, Integer orgId) throws SQLException {
        ps.setInt(1, clientId);
        setInteger(ps, 2, acctSchemaId);
        setInteger(ps, 3, yearFrom);
        setInteger(ps, 4, yearTo);
        setInteger(ps, 5, orgId);
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void checkYears(Integer from, Integer to) {
        for (Integer y : new Integer[] {from, to}) {
            if (y != null && (y < 1900 || y > 9998)) {
                throw new IllegalArgumentException("Year " + y + " is outside 1900-9998. / L'année " + y
                        + " est hors de 1900-9998.");
            }
        }
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("The first year " + from + " is after the last year " + to
                    + ". / La première année " + from + " est postérieure à la dernière année " + to + ".");
        }
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
