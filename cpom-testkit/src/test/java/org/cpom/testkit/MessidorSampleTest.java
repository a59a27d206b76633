package org.cpom.testkit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessidorSampleTest {

    private static EmbeddedDatabase db;
    private static LoadedSample messidor;
    private static LoadedSample other;

    @BeforeAll
    static void load() {
        db = EmbeddedDatabase.start();
        messidor = MessidorSample.messidor().load(db.getDataSource());
        other = MessidorSample.otherClient().load(db.getDataSource());
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void perimeterMatchesTheSeed() throws SQLException {
        assertThat(messidor.establishmentIds()).hasSize(13);
        assertThat(scalar("SELECT SUM(e.CapacityAuthorised) FROM CPOM_Establishment e JOIN CPOM_ContractEstablishment ce"
                + " ON ce.CPOM_Establishment_ID=e.CPOM_Establishment_ID WHERE ce.CPOM_Contract_ID=?", messidor.contractId()))
                .isEqualByComparingTo("800");
        assertThat(scalar("SELECT COUNT(DISTINCT Departement) FROM CPOM_Establishment WHERE AD_Client_ID=?",
                messidor.clientId())).isEqualByComparingTo("5");
        assertThat(scalar("SELECT COUNT(DISTINCT AD_Org_ID) FROM CPOM_Establishment WHERE AD_Client_ID=?",
                messidor.clientId())).isEqualByComparingTo("13");
        assertThat(scalar("SELECT COUNT(*) FROM CPOM_Axis WHERE CPOM_Contract_ID=?", messidor.contractId()))
                .isEqualByComparingTo("7");
        assertThat(scalar("SELECT COUNT(*) FROM CPOM_ActionSheet WHERE CPOM_Contract_ID=?", messidor.contractId()))
                .isEqualByComparingTo("11");
        assertThat(scalar("SELECT COUNT(*) FROM CPOM_Amendment WHERE CPOM_Contract_ID=?", messidor.contractId()))
                .isEqualByComparingTo("2");
        assertThat(scalar("SELECT COUNT(*) FROM CPOM_Review WHERE CPOM_Contract_ID=? AND ReviewKind='MID' AND FiscalYear=2015",
                messidor.contractId())).isEqualByComparingTo("1");
    }

    @Test
    void finessNumbersAreValidAndStartWithTheirDepartement() throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT FINESS_EG, FINESS_EJ, Departement FROM CPOM_Establishment WHERE AD_Client_ID=?")) {
            ps.setInt(1, messidor.clientId());
            try (ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    n++;
                    assertThat(org.cpom.core.finess.Finess.isValid(rs.getString(1))).as(rs.getString(1)).isTrue();
                    assertThat(org.cpom.core.finess.Finess.isValid(rs.getString(2))).as(rs.getString(2)).isTrue();
                    assertThat(rs.getString(1)).startsWith(rs.getString(3));
                }
                assertThat(n).isEqualTo(13);
            }
        }
    }

    @Test
    void budgetExceedsFourMillionEachYearAndLedgerIsBalanced() throws SQLException {
        for (int y = MessidorSample.FIRST_YEAR; y <= MessidorSample.LAST_YEAR; y++) {
            assertThat(scalar("SELECT SUM(Amount) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID=? AND FiscalYear=" + y
                    + " AND Funder='ARS' AND FunctionalGroup='P1'", messidor.contractId()))
                    .isGreaterThan(new BigDecimal("4000000"));
        }
        assertThat(scalar("SELECT SUM(AmtAcctDr)-SUM(AmtAcctCr) FROM Fact_Acct WHERE PostingType='A' AND AD_Client_ID=?",
                messidor.clientId())).isEqualByComparingTo("0");
        assertThat(messidor.factAcctRows()).isGreaterThan(10_000);
        // the contract total is the funders' commitment: its tariff revenue lines (group P1)
        assertThat(scalar("SELECT c.TotalAmt - (SELECT SUM(b.Amount) FROM CPOM_BudgetLine b WHERE b.CPOM_Contract_ID = "
                + "c.CPOM_Contract_ID AND b.FunctionalGroup = 'P1') FROM CPOM_Contract c WHERE c.CPOM_Contract_ID = ?",
                messidor.contractId())).isEqualByComparingTo("0");
    }

    @Test
    void eachTenantPostsInItsPrimaryAccountingSchema() throws SQLException {
        for (LoadedSample s : new LoadedSample[] {messidor, other}) {
            assertThat(scalar("SELECT C_AcctSchema1_ID FROM AD_ClientInfo WHERE AD_Client_ID=?", s.clientId()))
                    .isEqualByComparingTo(BigDecimal.valueOf(s.acctSchemaId()));
            assertThat(scalar("SELECT COUNT(*) FROM Fact_Acct WHERE AD_Client_ID=? AND C_AcctSchema_ID="
                    + s.acctSchemaId(), s.clientId())).isEqualByComparingTo(BigDecimal.valueOf(s.factAcctRows()));
        }
        assertThat(other.acctSchemaId()).isNotEqualTo(messidor.acctSchemaId());
        assertThat(scalar("SELECT COUNT(*) FROM AD_ClientInfo WHERE AD_Client_ID=? AND C_AcctSchema1_ID IS NULL", 0))
                .isEqualByComparingTo("1");
        // as in iDempiere, a ledger line points to an existing schema
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO Fact_Acct (Fact_Acct_ID, AD_Client_ID, AD_Org_ID, "
                    + "CreatedBy, UpdatedBy, C_AcctSchema_ID, Account_ID, DateTrx, DateAcct, AD_Table_ID, Record_ID, "
                    + "PostingType) VALUES (1, " + messidor.clientId() + ", 0, 100, 100, 424242, 1, now(), now(), "
                    + "318, 1, 'A')")).isInstanceOf(SQLException.class).hasMessageContaining("cacctschema_factacct");
        }
    }

    @Test
    void tenantsAreSeparateAndDifferent() throws SQLException {
        assertThat(other.contractId()).isNotEqualTo(messidor.contractId());
        assertThat(scalar("SELECT COUNT(*) FROM CPOM_Establishment WHERE AD_Client_ID=?", other.clientId()))
                .isEqualByComparingTo("13");
        BigDecimal a = scalar("SELECT SUM(Amount) FROM CPOM_BudgetLine WHERE AD_Client_ID=?", messidor.clientId());
        BigDecimal b = scalar("SELECT SUM(Amount) FROM CPOM_BudgetLine WHERE AD_Client_ID=?", other.clientId());
        assertThat(a).isNotEqualByComparingTo(b);
    }

    @Test
    void loadingIsDeterministic() throws SQLException {
        try (EmbeddedDatabase second = EmbeddedDatabase.start()) {
            LoadedSample again = MessidorSample.messidor().load(second.getDataSource());
            assertThat(again).isEqualTo(messidor);
            String q = "SELECT string_agg(AD_Org_ID||':'||Account_ID||':'||AmtAcctDr||':'||AmtAcctCr||':'||Fact_Acct_UU, ','"
                    + " ORDER BY Fact_Acct_ID) FROM Fact_Acct WHERE AD_Client_ID=" + MessidorSample.CLIENT_ID;
            assertThat(text(second, q)).isEqualTo(text(db, q));
        }
    }

    @Test
    void loadsIntoAStricterOrSlimmerCoreStandIn() throws SQLException {
        // core stand-ins are minimal: the sample must cope with a mandatory column it does not model and with a
        // descriptive column the stand-in lacks, on ordinary tables and on the batched ledger
        String stricter = EmbeddedDatabase.readResource(EmbeddedDatabase.CORE_STANDIN_RESOURCE)
                + "\nALTER TABLE Fact_Acct ADD COLUMN Extra_Mandatory_ID NUMERIC(10) NOT NULL;"
                + "\nALTER TABLE C_AcctSchema ADD COLUMN Extra_Flag CHAR(1) NOT NULL;"
                + "\nALTER TABLE AD_User DROP COLUMN IF EXISTS Title;"
                + "\nALTER TABLE Fact_Acct DROP COLUMN IF EXISTS Description;";
        try (EmbeddedDatabase other = EmbeddedDatabase.builder().withCoreStandin(stricter).build()) {
            LoadedSample s = MessidorSample.messidor().load(other.getDataSource());
            try (Connection c = other.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*), SUM(Extra_Mandatory_ID) FROM Fact_Acct")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(s.factAcctRows());
                assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("0");
            }
        }
    }

    @Test
    void emptyContractHasNothing() throws SQLException {
        assertThat(scalar("SELECT COUNT(*) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID=?", messidor.emptyContractId()))
                .isEqualByComparingTo("0");
        assertThat(scalar("SELECT COUNT(*) FROM CPOM_ContractEstablishment WHERE CPOM_Contract_ID=?",
                messidor.emptyContractId())).isEqualByComparingTo("0");
    }

    @Test
    void sampleFinessNumbersCarryTheCoreKey() {
        for (int s = 0; s < 50; s++) {
            assertThat(org.cpom.core.finess.Finess.isValid(SampleFiness.of("38", s * 97))).isTrue();
        }
        String f = SampleFiness.of("69", 2417);
        char wrong = (char) ('0' + (f.charAt(8) - '0' + 1) % 10);
        assertThat(org.cpom.core.finess.Finess.isValid(f.substring(0, 8) + wrong)).isFalse();
    }

    private static String text(EmbeddedDatabase d, String q) throws SQLException {
        try (Connection c = d.getConnection(); ResultSet rs = c.createStatement().executeQuery(q)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static BigDecimal scalar(String sql, int param) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }
}
