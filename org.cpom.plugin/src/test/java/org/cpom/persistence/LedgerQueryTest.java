package org.cpom.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cpom.core.budget.AccountGroupMapper;
import org.cpom.core.finance.LedgerBalance;
import org.cpom.core.model.AccountGroupMapping;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.testkit.EmbeddedDatabase;
import org.cpom.testkit.GenetsSample;
import org.cpom.testkit.LoadedSample;
import org.cpom.testkit.MessidorSample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger query layer read from Java on a real PostgreSQL with the two MESSIDOR tenants and GENETS: every figure
 * is compared with an independent SQL sum over Fact_Acct (or cpom-core's AccountGroupMapper for the mapping); two
 * tenants and two accounting schemas of one tenant never mix.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerQueryTest {

    /** The second accounting schema given to MESSIDOR: every posted line again, amounts × 1.1 (another currency). */
    static final int SECOND_SCHEMA = 1_990_000;

    private EmbeddedDatabase db;
    private LoadedSample messidor;
    private LoadedSample horizon;
    private GenetsSample.Tenant genets;

    @BeforeAll
    void load() throws SQLException {
        db = EmbeddedDatabase.start();
        messidor = MessidorSample.messidor().load(db.getDataSource());
        horizon = MessidorSample.otherClient().load(db.getDataSource());
        genets = GenetsSample.loadTenant(db.getDataSource());
        GenetsSample.postLedger(db.getDataSource(), genets);
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO C_AcctSchema (C_AcctSchema_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Name, "
                    + "C_Currency_ID) VALUES (" + SECOND_SCHEMA + ", " + messidor.clientId() + ", 0, 100, 100, "
                    + "'MESSIDOR IFRS CHF', 102)");
            st.execute("INSERT INTO Fact_Acct (Fact_Acct_ID, Fact_Acct_UU, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, "
                    + "C_AcctSchema_ID, Account_ID, DateTrx, DateAcct, AD_Table_ID, Record_ID, PostingType, AmtAcctDr, "
                    + "AmtAcctCr) SELECT Fact_Acct_ID + 50000000, md5('second' || Fact_Acct_ID), AD_Client_ID, AD_Org_ID, "
                    + "100, 100, " + SECOND_SCHEMA + ", Account_ID, DateTrx, DateAcct, AD_Table_ID, Record_ID, "
                    + "PostingType, round(AmtAcctDr * 1.1, 2), round(AmtAcctCr * 1.1, 2) FROM Fact_Acct "
                    + "WHERE AD_Client_ID = " + messidor.clientId() + " AND C_AcctSchema_ID = " + messidor.acctSchemaId());
        }
    }

    @AfterAll
    void stop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void flowsEqualAPlainGroupByOfThePostedLinesOfThePrimarySchema() throws SQLException {
        try (Connection c = db.getConnection()) {
            Map<String, BigDecimal[]> expected = plainGroupBy(c, messidor.clientId(), messidor.acctSchemaId(), null);
            List<LedgerQuery.Row> rows = LedgerQuery.of(c, messidor.clientId(), null).flows(null, null, null);
            assertThat(rows).hasSize(expected.size());
            for (LedgerQuery.Row r : rows) {
                BigDecimal[] e = expected.get(r.orgId() + "|" + r.accountId() + "|" + r.fiscalYear());
                assertThat(e).as("%s", r).isNotNull();
                assertThat(r.debit()).isEqualByComparingTo(e[0]);
                assertThat(r.credit()).isEqualByComparingTo(e[1]);
            }
            // the budget lines (PostingType B) of 2014 are not actuals
            BigDecimal budgetType = sum(c, "SELECT SUM(AmtAcctDr) FROM Fact_Acct WHERE AD_Client_ID = "
                    + messidor.clientId() + " AND C_AcctSchema_ID = " + messidor.acctSchemaId() + " AND PostingType = 'B'");
            assertThat(budgetType).isPositive();
            BigDecimal allDr = sum(c, "SELECT SUM(AmtAcctDr) FROM Fact_Acct WHERE AD_Client_ID = " + messidor.clientId()
                    + " AND C_AcctSchema_ID = " + messidor.acctSchemaId());
            assertThat(rows.stream().map(LedgerQuery.Row::debit).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(allDr.subtract(budgetType));
            // one year and one organisation
            int org = messidor.orgByEstablishment().get(messidor.establishmentIds().get(4));
            List<LedgerQuery.Row> one = LedgerQuery.of(c, messidor.clientId(), 0).flows(2015, 2015, org);
            assertThat(one).isNotEmpty().allMatch(r -> r.orgId() == org && r.fiscalYear() == 2015);
            assertThat(one).hasSize((int) expected.keySet().stream().filter(k -> k.startsWith(org + "|")
                    && k.endsWith("|2015")).count());
        }
    }

    @Test
    void accountsMapByLongestPrefixClientRowsFirstAndBalanceSheetAccountsHaveNoGroup() throws SQLException {
        try (Connection c = db.getConnection()) {
            AccountGroupMapper own = new AccountGroupMapper(mappings(c, messidor.clientId()));
            AccountGroupMapper system = new AccountGroupMapper(mappings(c, 0));
            List<LedgerQuery.AccountMapping> map = LedgerQuery.of(c, messidor.clientId(), null).accountMap();
            assertThat(map).hasSizeGreaterThan(30);
            for (LedgerQuery.AccountMapping m : map) {
                Optional<FunctionalGroup> g = own.groupOf(m.account()).or(() -> system.groupOf(m.account()));
                assertThat(m.group()).as(m.account()).isEqualTo(g.orElse(null));
                assertThat(m.section()).as(m.account()).isEqualTo(g.isPresent() ? BudgetSection.MAIN : null);
            }
            // 6226 fees: the tenant's own row (C1) beats the system's "62" (C3); classes 1 to 5 are all there
            assertThat(map).anyMatch(m -> m.account().equals("6226") && m.group() == FunctionalGroup.CHARGES_I)
                    .anyMatch(m -> m.account().equals("6611") && m.group() == FunctionalGroup.CHARGES_III)
                    .anyMatch(m -> m.account().equals("777") && m.group() == FunctionalGroup.INCOME_III)
                    .anyMatch(m -> m.account().equals("2813") && m.group() == null)
                    .anyMatch(m -> m.account().equals("164") && m.group() == null);
            // a section on a mapping row comes through; an inactive row is ignored
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO CPOM_AccountGroup (CPOM_AccountGroup_ID, AD_Client_ID, AD_Org_ID, CreatedBy, "
                        + "UpdatedBy, AccountPrefix, FunctionalGroup, BudgetSection) VALUES (1990001, "
                        + genets.clientId() + ", 0, 100, 100, '6021', 'C1', 'SOIN'), (1990002, " + genets.clientId()
                        + ", 0, 100, 100, '6282', 'C3', 'HEBE')");
                st.execute("UPDATE CPOM_AccountGroup SET IsActive = 'N' WHERE CPOM_AccountGroup_ID = 1990002");
            }
            try {
                List<LedgerQuery.AccountMapping> g = LedgerQuery.of(c, genets.clientId(), null).accountMap();
                assertThat(g).anyMatch(m -> m.account().equals("6021") && m.section() == BudgetSection.EHPAD_CARE)
                        .anyMatch(m -> m.account().equals("6282") && m.group() == FunctionalGroup.CHARGES_I
                                && m.section() == BudgetSection.MAIN);
            } finally {
                try (Statement st = c.createStatement()) {
                    st.execute("DELETE FROM CPOM_AccountGroup WHERE CPOM_AccountGroup_ID IN (1990001, 1990002)");
                }
            }
        }
    }

    @Test
    void twoTenantsNeverMix() throws SQLException {
        try (Connection c = db.getConnection()) {
            Set<Integer> messidorOrgs = orgs(c, messidor.clientId());
            Set<Integer> horizonOrgs = orgs(c, horizon.clientId());
            assertThat(messidorOrgs).doesNotContainAnyElementsOf(horizonOrgs);
            List<LedgerQuery.Row> m = LedgerQuery.of(c, messidor.clientId(), null).flows(null, null, null);
            List<LedgerQuery.Row> h = LedgerQuery.of(c, horizon.clientId(), null).flows(null, null, null);
            assertThat(m).extracting(LedgerQuery.Row::orgId).allMatch(messidorOrgs::contains);
            assertThat(h).extracting(LedgerQuery.Row::orgId).allMatch(horizonOrgs::contains);
            assertThat(total(h)).isEqualByComparingTo(plainTotal(c, horizon.clientId(), horizon.acctSchemaId()));
            // another tenant's schema, organisation or chart gives nothing
            LedgerQuery foreignSchema = LedgerQuery.of(c, messidor.clientId(), horizon.acctSchemaId());
            assertThat(foreignSchema.acctSchema()).isEmpty();
            assertThat(foreignSchema.flows(null, null, null)).isEmpty();
            int horizonOrg = horizon.orgByEstablishment().get(horizon.establishmentIds().get(0));
            assertThat(LedgerQuery.of(c, messidor.clientId(), null).flows(null, null, horizonOrg)).isEmpty();
            Set<Integer> horizonAccounts = new HashSet<>();
            LedgerQuery.of(c, horizon.clientId(), null).accountMap().forEach(a -> horizonAccounts.add(a.accountId()));
            assertThat(LedgerQuery.of(c, messidor.clientId(), null).accountMap())
                    .noneMatch(a -> horizonAccounts.contains(a.accountId()));
        }
    }

    @Test
    void twoAccountingSchemasOfOneTenantNeverMix() throws SQLException {
        try (Connection c = db.getConnection()) {
            LedgerQuery primary = LedgerQuery.of(c, messidor.clientId(), null);
            LedgerQuery second = LedgerQuery.of(c, messidor.clientId(), SECOND_SCHEMA);
            assertThat(primary.acctSchema()).get().extracting(LedgerQuery.AcctSchema::id)
                    .isEqualTo(messidor.acctSchemaId());
            assertThat(second.acctSchema()).get().extracting(LedgerQuery.AcctSchema::name).isEqualTo("MESSIDOR IFRS CHF");
            BigDecimal p = total(primary.flows(null, null, null));
            BigDecimal s = total(second.flows(null, null, null));
            assertThat(p).isEqualByComparingTo(plainTotal(c, messidor.clientId(), messidor.acctSchemaId()));
            assertThat(s).isEqualByComparingTo(plainTotal(c, messidor.clientId(), SECOND_SCHEMA));
            assertThat(s).isNotEqualByComparingTo(p); // not doubled, not the other schema
            assertThat(LedgerQuery.of(c, messidor.clientId(), messidor.acctSchemaId()).flows(null, null, null))
                    .hasSameSizeAs(primary.flows(null, null, null));
            // the default follows AD_ClientInfo
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE AD_ClientInfo SET C_AcctSchema1_ID = " + SECOND_SCHEMA + " WHERE AD_Client_ID = "
                        + messidor.clientId());
                assertThat(total(LedgerQuery.of(c, messidor.clientId(), null).flows(null, null, null)))
                        .isEqualByComparingTo(s);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    @Test
    void closingBalancesAreTheCumulativeSumsOfClassesOneToFive() throws SQLException {
        int morlaix = genets.orgByFiness().get(GenetsSample.SITES.get(1).finess());
        try (Connection c = db.getConnection()) {
            LedgerQuery q = LedgerQuery.of(c, genets.clientId(), null);
            Map<Integer, List<LedgerBalance>> byYear = q.closingBalances(2022, 2024, null);
            assertThat(byYear).containsOnlyKeys(2022, 2023, 2024);
            for (int y = 2022; y <= 2024; y++) {
                List<LedgerBalance> closing = byYear.get(y);
                assertThat(closing).isNotEmpty().allMatch(b -> b.accountClass() >= 1 && b.accountClass() <= 5);
                assertThat(closing).isEqualTo(q.closingBalances(y, null));
                for (LedgerBalance b : closing) {
                    BigDecimal[] e = cumulative(c, genets.clientId(), b.orgId(), b.account(), y);
                    assertThat(b.debit()).as("%s %s", b, y).isEqualByComparingTo(e[0]);
                    assertThat(b.credit()).as("%s %s", b, y).isEqualByComparingTo(e[1]);
                }
                // the books balance: classes 1-5 at the year end + the results of every year so far = 0
                BigDecimal sheet = closing.stream().filter(b -> b.orgId() == morlaix).map(LedgerBalance::debitBalance)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal results = BigDecimal.ZERO;
                for (LedgerQuery.Row r : q.flows(null, y, morlaix)) {
                    if (r.balance().isIncomeStatement()) {
                        results = results.add(r.debit()).subtract(r.credit());
                    }
                }
                assertThat(sheet.add(results)).isEqualByComparingTo("0");
            }
            // 2313 (works in progress) is only moved in 2022-2024, the opening buildings never: both are there
            assertThat(byYear.get(2024)).anyMatch(b -> b.orgId() == morlaix && b.account().equals("2313"))
                    .anyMatch(b -> b.orgId() == morlaix && b.account().equals("2131"));
            assertThat(q.flows(2024, 2024, morlaix)).noneMatch(r -> r.account().equals("2131"));
            // one organisation
            assertThat(q.closingBalances(2024, morlaix)).allMatch(b -> b.orgId() == morlaix)
                    .hasSize((int) byYear.get(2024).stream().filter(b -> b.orgId() == morlaix).count());
        }
    }

    @Test
    void badArgumentsAreRefusedInEnglishAndFrench() throws SQLException {
        try (Connection c = db.getConnection()) {
            assertThatThrownBy(() -> LedgerQuery.of(c, 0, null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tenant").hasMessageContaining("client (tenant)");
            LedgerQuery q = LedgerQuery.of(c, messidor.clientId(), null);
            assertThatThrownBy(() -> q.flows(2017, 2013, null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is after the last year").hasMessageContaining("est postérieure");
            assertThatThrownBy(() -> q.closingBalances(10_000, null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside").hasMessageContaining("hors de");
            assertThatThrownBy(() -> LedgerQuery.of(c, messidor.clientId(), -1))
                    .hasMessageContaining("Invalid accounting schema").hasMessageContaining("Schéma comptable");
        }
    }

    @Test
    void theFunctionsAreInlinedSoFactAcctIsScannedDirectly() throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "EXPLAIN SELECT l.* FROM cpom_ledger(?, ?, ?, ?, ?) l")) {
            ps.setInt(1, messidor.clientId());
            ps.setNull(2, java.sql.Types.INTEGER);
            ps.setInt(3, 2014);
            ps.setInt(4, 2015);
            ps.setNull(5, java.sql.Types.INTEGER);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            assertThat(plan.toString()).doesNotContain("Function Scan").containsPattern("Scan (using \\S+ )?on fact_acct")
                    .contains("c_elementvalue").contains("cpom_accountgroup");
        }
    }

    // ------------------------------------------------------------------ independent SQL

    private static Map<String, BigDecimal[]> plainGroupBy(Connection c, int client, int schema, Integer org)
            throws SQLException {
        Map<String, BigDecimal[]> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT AD_Org_ID, Account_ID, EXTRACT(YEAR FROM DateAcct)::int, "
                + "SUM(AmtAcctDr), SUM(AmtAcctCr) FROM Fact_Acct WHERE AD_Client_ID = ? AND C_AcctSchema_ID = ? "
                + "AND PostingType = 'A' AND (?::numeric IS NULL OR AD_Org_ID = ?::numeric) GROUP BY 1, 2, 3")) {
            ps.setInt(1, client);
            ps.setInt(2, schema);
            ps.setObject(3, org);
            ps.setObject(4, org);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1) + "|" + rs.getInt(2) + "|" + rs.getInt(3),
                            new BigDecimal[] {rs.getBigDecimal(4), rs.getBigDecimal(5)});
                }
            }
        }
        return out;
    }

    private static BigDecimal plainTotal(Connection c, int client, int schema) throws SQLException {
        return sum(c, "SELECT SUM(AmtAcctDr) FROM Fact_Acct WHERE PostingType = 'A' AND AD_Client_ID = " + client
                + " AND C_AcctSchema_ID = " + schema);
    }

    private static BigDecimal[] cumulative(Connection c, int client, int org, String account, int year)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(f.AmtAcctDr), 0), COALESCE(SUM(f.AmtAcctCr), 0) "
                + "FROM Fact_Acct f JOIN C_ElementValue ev ON ev.C_ElementValue_ID = f.Account_ID "
                + "WHERE f.AD_Client_ID = ? AND f.AD_Org_ID = ? AND ev.Value = ? AND f.PostingType = 'A' "
                + "AND f.C_AcctSchema_ID = (SELECT C_AcctSchema1_ID FROM AD_ClientInfo WHERE AD_Client_ID = ?) "
                + "AND f.DateAcct < ?")) {
            ps.setInt(1, client);
            ps.setInt(2, org);
            ps.setString(3, account);
            ps.setInt(4, client);
            ps.setTimestamp(5, java.sql.Timestamp.valueOf(java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)};
            }
        }
    }

    private static BigDecimal sum(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }

    private static BigDecimal total(List<LedgerQuery.Row> rows) {
        return rows.stream().map(LedgerQuery.Row::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Set<Integer> orgs(Connection c, int client) throws SQLException {
        Set<Integer> out = new HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT AD_Org_ID FROM AD_Org WHERE AD_Client_ID = " + client)) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    private static List<AccountGroupMapping> mappings(Connection c, int client) throws SQLException {
        List<AccountGroupMapping> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT AccountPrefix, FunctionalGroup, Description "
                + "FROM CPOM_AccountGroup WHERE AD_Client_ID = ? AND IsActive = 'Y'")) {
            ps.setInt(1, client);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new AccountGroupMapping(rs.getString(1), FunctionalGroup.fromCode(rs.getString(2)),
                            rs.getString(3)));
                }
            }
        }
        return list;
    }
}
