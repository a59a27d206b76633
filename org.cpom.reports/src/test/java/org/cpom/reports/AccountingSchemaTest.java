package org.cpom.reports;

import org.cpom.testkit.EmbeddedDatabase;
import org.cpom.testkit.LoadedSample;
import org.cpom.testkit.MessidorSample;
import org.cpom.testkit.ReportRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.testkit.ReportRenderer.INTEGER;
import static org.cpom.testkit.ReportRenderer.SEARCH;
import static org.cpom.testkit.ReportRenderer.TABLE_DIR;

/**
 * A client with two accounting schemas: iDempiere posts every document once per schema, so Fact_Acct holds each
 * ledger line twice. The reports read one schema: the client's primary one (AD_ClientInfo.C_AcctSchema1_ID) unless
 * the optional process parameter C_AcctSchema_ID names another.
 */
class AccountingSchemaTest {

    /** C_AcctSchema_ID of the second schema; its amounts are the primary ones × 1.1 so the two never coincide. */
    static final int SECOND_SCHEMA = 5_000_000;
    static final String SECOND_NAME = "MESSIDOR IFRS EUR";

    private static EmbeddedDatabase db;
    private static LoadedSample s;
    private static ReportRunner runner;
    private static Expected expected;

    @BeforeAll
    static void start() throws SQLException {
        db = EmbeddedDatabase.start();
        s = MessidorSample.messidor().load(db.getDataSource());
        runner = new ReportRunner(db.getDataSource());
        expected = new Expected(db.getDataSource());
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            copyRows(st, "C_AcctSchema", "C_AcctSchema_ID = " + s.acctSchemaId(), Map.of(
                    "c_acctschema_id", String.valueOf(SECOND_SCHEMA),
                    "c_acctschema_uu", "md5('second schema')::uuid::text",
                    "name", "'" + SECOND_NAME + "'"));
            copyRows(st, "Fact_Acct", "AD_Client_ID = " + s.clientId() + " AND C_AcctSchema_ID = " + s.acctSchemaId(),
                    Map.of("fact_acct_id", "t.Fact_Acct_ID + 10000000",
                            "fact_acct_uu", "md5('second' || t.Fact_Acct_ID)::uuid::text",
                            "c_acctschema_id", String.valueOf(SECOND_SCHEMA),
                            "amtacctdr", "round(t.AmtSourceDr * 1.1, 2)",
                            "amtacctcr", "round(t.AmtSourceCr * 1.1, 2)"));
        }
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theLedgerReallyHoldsEveryLineInBothSchemas() throws SQLException {
        assertThat(expected.sum("SELECT COUNT(*) FROM Fact_Acct WHERE AD_Client_ID = ?", s.clientId()))
                .isEqualByComparingTo(BigDecimal.valueOf(2L * s.factAcctRows()));
        assertThat(expected.sum("SELECT C_AcctSchema1_ID FROM AD_ClientInfo WHERE AD_Client_ID = ?", s.clientId()))
                .isEqualByComparingTo(BigDecimal.valueOf(s.acctSchemaId()));
    }

    @Test
    void budgetVsActualReadsThePrimarySchemaOnceAndDoesNotDoubleTheActuals() throws SQLException {
        BigDecimal primary = Expected.charges(expected.actualByGroup(s, s.acctSchemaId(), null, 2013, 2017));
        BigDecimal second = Expected.charges(expected.actualByGroup(s, SECOND_SCHEMA, null, 2013, 2017));
        String text = ReportRunner.text(budgetVsActual().pdf());
        assertThat(text).contains("schéma comptable MESSIDOR PCG M22 EUR", ReportRunner.euros(primary))
                .doesNotContain(ReportRunner.euros(primary.add(second)), ReportRunner.euros(second));
    }

    @Test
    void annualReportReadsThePrimarySchemaOnceAndDoesNotDoubleTheActuals() throws SQLException {
        BigDecimal primary = Expected.charges(expected.actualByGroup(s, s.acctSchemaId(), null, 2015, 2015));
        BigDecimal second = Expected.charges(expected.actualByGroup(s, SECOND_SCHEMA, null, 2015, 2015));
        String text = ReportRunner.text(annualReport().pdf());
        assertThat(text).contains("3. Exécution budgétaire 2015 (schéma comptable MESSIDOR PCG M22 EUR)",
                ReportRunner.euros(primary)).doesNotContain(ReportRunner.euros(primary.add(second)),
                ReportRunner.euros(second));
    }

    @Test
    void theSchemaParameterSelectsAnotherSchemaOfTheClient() throws SQLException {
        ReportRenderer.Run bva = budgetVsActual().param("C_AcctSchema_ID", TABLE_DIR, SECOND_SCHEMA);
        assertThat(bva.parameters()).containsEntry("C_AcctSchema_ID", SECOND_SCHEMA);
        BigDecimal second = Expected.charges(expected.actualByGroup(s, SECOND_SCHEMA, null, 2013, 2017));
        BigDecimal primary = Expected.charges(expected.actualByGroup(s, s.acctSchemaId(), null, 2013, 2017));
        assertThat(ReportRunner.text(bva.pdf())).contains("schéma comptable " + SECOND_NAME,
                ReportRunner.euros(second)).doesNotContain(ReportRunner.euros(primary));

        BigDecimal second2015 = Expected.charges(expected.actualByGroup(s, SECOND_SCHEMA, null, 2015, 2015));
        assertThat(ReportRunner.text(annualReport().param("C_AcctSchema_ID", TABLE_DIR, SECOND_SCHEMA).pdf()))
                .contains("(schéma comptable " + SECOND_NAME + ")", ReportRunner.euros(second2015));
    }

    @Test
    void thePrimarySchemaIsTheOneOfTheClientInfo() throws SQLException {
        expected.execute("UPDATE AD_ClientInfo SET C_AcctSchema1_ID = " + SECOND_SCHEMA + " WHERE AD_Client_ID = "
                + s.clientId());
        try {
            BigDecimal second = Expected.charges(expected.actualByGroup(s, SECOND_SCHEMA, null, 2013, 2017));
            assertThat(ReportRunner.text(budgetVsActual().pdf())).contains("schéma comptable " + SECOND_NAME,
                    ReportRunner.euros(second));
        } finally {
            expected.execute("UPDATE AD_ClientInfo SET C_AcctSchema1_ID = " + s.acctSchemaId()
                    + " WHERE AD_Client_ID = " + s.clientId());
        }
    }

    @Test
    void aClientWithoutAccountingSchemaShowsNoActualAmounts() throws SQLException {
        expected.execute("UPDATE AD_ClientInfo SET C_AcctSchema1_ID = NULL WHERE AD_Client_ID = " + s.clientId());
        try {
            String text = ReportRunner.text(budgetVsActual().pdf());
            assertThat(text).contains("schéma comptable aucun",
                    "Aucune écriture comptabilisée sur la période : le réalisé est nul.");
        } finally {
            expected.execute("UPDATE AD_ClientInfo SET C_AcctSchema1_ID = " + s.acctSchemaId()
                    + " WHERE AD_Client_ID = " + s.clientId());
        }
    }

    private static ReportRenderer.Run budgetVsActual() {
        return runner.run(ReportRenderer.BUDGET_VS_ACTUAL, s.clientId(), "fr_FR")
                .param("CPOM_Contract_ID", SEARCH, s.contractId())
                .range("FiscalYear", INTEGER, 2013, 2017);
    }

    private static ReportRenderer.Run annualReport() {
        return runner.run(ReportRenderer.ANNUAL_REPORT, s.clientId(), "fr_FR")
                .param("CPOM_Contract_ID", SEARCH, s.contractId())
                .param("FiscalYear", INTEGER, 2015);
    }

    /**
     * INSERT ... SELECT copying every column of the selected rows of a table except the overridden ones
     * (lower-case column name → SQL expression over {@code t}), whatever columns the core stand-in has.
     */
    static void copyRows(Statement st, String table, String where, Map<String, String> overrides)
            throws SQLException {
        List<String> cols = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                + "current_schema() AND table_name = '" + table.toLowerCase() + "' ORDER BY ordinal_position")) {
            while (rs.next()) {
                cols.add(rs.getString(1));
            }
        }
        List<String> exprs = cols.stream().map(c -> overrides.getOrDefault(c, "t." + c)).toList();
        st.execute("INSERT INTO " + table + " (" + String.join(", ", cols) + ") SELECT " + String.join(", ", exprs)
                + " FROM " + table + " t WHERE " + where);
    }
}
