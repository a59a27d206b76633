package org.cpom.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cpom.component.CpomRegistry;
import org.cpom.persistence.JdbcRecordStore;
import org.cpom.testkit.EmbeddedDatabase;
import org.cpom.testkit.ModelInterfaces;

/**
 * Test support of the finance processes: an embedded database with the MESSIDOR sample and its look-alike second
 * tenant, iDempiere's calendar tables (test fixture idempiere-standin-periods.sql), helpers that post ledger lines
 * and create periods, and the independent figures the tests compare the processes with: plain sums of Fact_Acct by
 * account prefix, written here from the formulas of docs/financial-analysis.md (no ledger query layer, no
 * cpom-core).
 */
final class FinanceSamples {

    private FinanceSamples() {
    }

    static EmbeddedDatabase start() throws SQLException {
        ModelInterfaces.initialize(FinanceSamples.class.getClassLoader(), CpomRegistry.MODELS.keySet());
        EmbeddedDatabase db = EmbeddedDatabase.builder().withScript(resource("/idempiere-standin-periods.sql")).build();
        try (Connection c = db.getConnection()) {
            JdbcRecordStore.install(c);
        }
        return db;
    }

    static String resource(String name) {
        try (InputStream in = FinanceSamples.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int nextId(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT nextval('" + JdbcRecordStore.ID_SEQUENCE + "')")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The client's account of that value, created when missing. */
    static int account(Connection c, int clientId, String value, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT C_ElementValue_ID FROM C_ElementValue WHERE AD_Client_ID=? AND Value=? LIMIT 1")) {
            ps.setInt(1, clientId);
            ps.setString(2, value);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
        }
        int id = nextId(c);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO C_ElementValue (C_ElementValue_ID, "
                + "C_ElementValue_UU, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Value, Name, AccountType) "
                + "VALUES (?, ?, ?, 0, 100, 100, ?, ?, ?)")) {
            ps.setInt(1, id);
            ps.setString(2, UUID.randomUUID().toString());
            ps.setInt(3, clientId);
            ps.setString(4, value);
            ps.setString(5, name);
            ps.setString(6, value.startsWith("6") ? "E" : value.startsWith("7") ? "R" : "A");
            ps.executeUpdate();
        }
        return id;
    }

    /** One posted actual line (PostingType A) of a GL journal. */
    static void post(Connection c, int clientId, int acctSchemaId, int orgId, String account, LocalDate date,
            String debit, String credit) throws SQLException {
        int accountId = account(c, clientId, account, "Compte " + account);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO Fact_Acct (Fact_Acct_ID, Fact_Acct_UU, "
                + "AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, C_AcctSchema_ID, Account_ID, DateTrx, DateAcct, "
                + "AD_Table_ID, Record_ID, PostingType, C_Currency_ID, AmtSourceDr, AmtSourceCr, AmtAcctDr, AmtAcctCr, "
                + "Description) VALUES (?, ?, ?, ?, 100, 100, ?, ?, ?, ?, 224, ?, 'A', 102, ?, ?, ?, ?, 'test')")) {
            int id = nextId(c);
            ps.setInt(1, id);
            ps.setString(2, UUID.randomUUID().toString());
            ps.setInt(3, clientId);
            ps.setInt(4, orgId);
            ps.setInt(5, acctSchemaId);
            ps.setInt(6, accountId);
            ps.setTimestamp(7, Timestamp.valueOf(date.atStartOfDay()));
            ps.setTimestamp(8, Timestamp.valueOf(date.atStartOfDay()));
            ps.setInt(9, id);
            BigDecimal dr = new BigDecimal(debit);
            BigDecimal cr = new BigDecimal(credit);
            ps.setBigDecimal(10, dr);
            ps.setBigDecimal(11, cr);
            ps.setBigDecimal(12, dr);
            ps.setBigDecimal(13, cr);
            ps.executeUpdate();
        }
    }

    /**
     * The calendar year of a client as iDempiere's calendar holds it: twelve monthly standard periods, each with
     * a control row per document base type (GLJ, API, ARI) in {@code status}; {@code openMonth} (1-12, 0 = none)
     * gets PeriodStatus O for GLJ.
     */
    static void year(Connection c, int clientId, int year, String status, int openMonth) throws SQLException {
        int calendar;
        try (PreparedStatement ps = c.prepareStatement("SELECT C_Calendar_ID FROM C_Calendar WHERE AD_Client_ID=?")) {
            ps.setInt(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                calendar = rs.next() ? rs.getInt(1) : 0;
            }
        }
        if (calendar == 0) {
            calendar = nextId(c);
            exec(c, "INSERT INTO C_Calendar (C_Calendar_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Name) "
                    + "VALUES (" + calendar + ", " + clientId + ", 0, 100, 100, 'Calendrier civil')");
            exec(c, "UPDATE AD_ClientInfo SET C_Calendar_ID=" + calendar + " WHERE AD_Client_ID=" + clientId);
        }
        int yearId = nextId(c);
        exec(c, "INSERT INTO C_Year (C_Year_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, FiscalYear, "
                + "C_Calendar_ID) VALUES (" + yearId + ", " + clientId + ", 0, 100, 100, '" + year + "', " + calendar
                + ")");
        for (int m = 1; m <= 12; m++) {
            int periodId = nextId(c);
            LocalDate start = LocalDate.of(year, m, 1);
            exec(c, "INSERT INTO C_Period (C_Period_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Name, PeriodNo, "
                    + "C_Year_ID, StartDate, EndDate, PeriodType) VALUES (" + periodId + ", " + clientId + ", 0, 100, "
                    + "100, '" + start.getMonth() + "-" + year + "', " + m + ", " + yearId + ", DATE '" + start
                    + "', DATE '" + start.plusMonths(1).minusDays(1) + "', 'S')");
            for (String docBaseType : List.of("GLJ", "API", "ARI")) {
                String s = m == openMonth && docBaseType.equals("GLJ") ? "O" : status;
                exec(c, "INSERT INTO C_PeriodControl (C_PeriodControl_ID, AD_Client_ID, AD_Org_ID, CreatedBy, "
                        + "UpdatedBy, C_Period_ID, DocBaseType, PeriodStatus, PeriodAction) VALUES (" + nextId(c)
                        + ", " + clientId + ", 0, 100, 100, " + periodId + ", '" + docBaseType + "', '" + s
                        + "', 'N')");
            }
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** A scope of the books: client, schema and organisations. */
    record Scope(int clientId, int acctSchemaId, Collection<Integer> orgs) {
    }

    /**
     * Σ (debit − credit) of the posted actuals of the scope whose account starts with one of {@code include} and
     * none of {@code exclude}, dated from 1 January {@code fromYear} (0 = from the start) to 31 December
     * {@code toYear}.
     */
    static BigDecimal debitBalance(Connection c, Scope s, int fromYear, int toYear, List<String> include,
            List<String> exclude) throws SQLException {
        return sum(c, s, fromYear, toYear, include, exclude, "f.AmtAcctDr - f.AmtAcctCr");
    }

    /** The number of posted actual lines of the scope in a year. */
    static int lines(Connection c, Scope s, int year) throws SQLException {
        String orgs = s.orgs().stream().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM Fact_Acct f WHERE f.AD_Client_ID=? "
                + "AND f.C_AcctSchema_ID=? AND f.PostingType='A' AND f.AD_Org_ID IN (" + orgs + ") "
                + "AND EXTRACT(YEAR FROM f.DateAcct)=?")) {
            ps.setInt(1, s.clientId());
            ps.setInt(2, s.acctSchemaId());
            ps.setInt(3, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Σ debit (e.g. the capital of the loans repaid in a year). */
    static BigDecimal debits(Connection c, Scope s, int fromYear, int toYear, List<String> include,
            List<String> exclude) throws SQLException {
        return sum(c, s, fromYear, toYear, include, exclude, "f.AmtAcctDr");
    }

    private static BigDecimal sum(Connection c, Scope s, int fromYear, int toYear, List<String> include,
            List<String> exclude, String amount) throws SQLException {
        String in = include.stream().map(p -> "ev.Value LIKE '" + p + "%'").collect(Collectors.joining(" OR "));
        String out = exclude.isEmpty() ? "FALSE"
                : exclude.stream().map(p -> "ev.Value LIKE '" + p + "%'").collect(Collectors.joining(" OR "));
        String orgs = s.orgs().stream().map(String::valueOf).collect(Collectors.joining(","));
        String sql = "SELECT COALESCE(SUM(" + amount + "), 0) FROM Fact_Acct f JOIN C_ElementValue ev "
                + "ON ev.C_ElementValue_ID=f.Account_ID WHERE f.AD_Client_ID=? AND f.C_AcctSchema_ID=? "
                + "AND f.PostingType='A' AND f.AD_Org_ID IN (" + orgs + ") AND f.DateAcct>=? AND f.DateAcct<? "
                + "AND (" + in + ") AND NOT (" + out + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, s.clientId());
            ps.setInt(2, s.acctSchemaId());
            ps.setTimestamp(3, Timestamp.valueOf(LocalDate.of(fromYear == 0 ? 1900 : fromYear, 1, 1).atStartOfDay()));
            ps.setTimestamp(4, Timestamp.valueOf(LocalDate.of(toYear + 1, 1, 1).atStartOfDay()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    /** Σ of the budget lines of a year of the given establishments whose group starts with P (or C). */
    static BigDecimal budget(Connection c, int contractId, int year, Collection<Integer> establishments,
            String groupPrefix) throws SQLException {
        String ids = establishments.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(Amount), 0) FROM CPOM_BudgetLine "
                + "WHERE CPOM_Contract_ID=? AND FiscalYear=? AND IsActive='Y' AND FunctionalGroup LIKE ? "
                + "AND CPOM_Establishment_ID IN (" + ids + ")")) {
            ps.setInt(1, contractId);
            ps.setInt(2, year);
            ps.setString(3, groupPrefix + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    /** a × 100 ÷ b, 2 decimals HALF_UP; null when b is zero. */
    static BigDecimal pct(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? null : a.multiply(BigDecimal.valueOf(100)).divide(b, 2, RoundingMode.HALF_UP);
    }

    /** a ÷ b, 2 decimals HALF_UP; null when b is zero. */
    static BigDecimal div(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? null : a.divide(b, 2, RoundingMode.HALF_UP);
    }

    /** a × 365 ÷ b (days of charges), null when b ≤ 0. */
    static BigDecimal days(BigDecimal a, BigDecimal b) {
        return b.signum() <= 0 ? null : a.multiply(BigDecimal.valueOf(365)).divide(b, 2, RoundingMode.HALF_UP);
    }
}
