package org.cpom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.cpom.service.WorkbookImportResult;
import org.cpom.testkit.EmbeddedDatabase;
import org.cpom.testkit.GenetsSample;
import org.cpom.testkit.LoadedSample;
import org.cpom.testkit.MessidorSample;
import org.cpom.testkit.ReportRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the demo does, checked: MESSIDOR loaded, the GENETS contract imported from its workbook through the
 * importer with its ledger posted, and the four reports of both contracts printing totals equal to independent SQL
 * sums over CPOM_BudgetLine and Fact_Acct (accounts mapped to functional groups by the longest CPOM_AccountGroup
 * prefix, in the client's primary accounting schema).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BothSamplesReportsTest {

    private EmbeddedDatabase db;
    private LoadedSample messidor;
    private GenetsSample.Tenant genets;
    private int genetsContract;
    private ReportRenderer renderer;

    /** One contract as the reports see it. */
    record Contract(String name, int clientId, int contractId, int acctSchemaId, int from, int to, int year) {
    }

    @BeforeAll
    void load(@TempDir Path dir) throws Exception {
        db = EmbeddedDatabase.start();
        messidor = MessidorSample.messidor().load(db.getDataSource());
        genets = GenetsSample.loadTenant(db.getDataSource());
        Path workbook = GenetsSample.writeWorkbook(dir.resolve("genets.xlsx"));
        WorkbookImportResult result = ImportWorkbook.importFile(db.getDataSource(), genets.clientId(), workbook);
        assertThat(result.isImported()).as(result.render(org.cpom.core.i18n.Language.EN)).isTrue();
        genetsContract = result.contractId();
        assertThat(GenetsSample.postLedger(db.getDataSource(), genets)).isPositive();
        renderer = new ReportRenderer(db.getDataSource(), Files.createDirectories(dir.resolve("compiled")));
    }

    @AfterAll
    void stop() {
        if (db != null) {
            db.close();
        }
    }

    Contract[] contracts() {
        return new Contract[] {
                new Contract("CPOM MESSIDOR 2013-2017", messidor.clientId(), messidor.contractId(),
                        messidor.acctSchemaId(), 2013, 2017, 2015),
                new Contract("CPOM Les Genêts d'Armor 2021-2026", genets.clientId(), genetsContract,
                        genets.acctSchemaId(), 2021, 2026, 2023)};
    }

    @Test
    void contractBudgetTotalsOfBothContracts() throws SQLException {
        for (Contract k : contracts()) {
            String text = text(renderer.run(ReportRenderer.CONTRACT_BUDGET)
                    .param("CPOM_Contract_ID", ReportRenderer.SEARCH, k.contractId()), k);
            assertThat(text).contains(k.name());
            assertThat(text).contains(euros(sum("SELECT SUM(Amount) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID=? "
                    + "AND FunctionalGroup LIKE 'C%'", k.contractId())));
            assertThat(text).contains(euros(sum("SELECT SUM(Amount) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID=? "
                    + "AND FunctionalGroup LIKE 'P%'", k.contractId())));
            for (int y = k.from(); y <= k.to(); y++) {
                assertThat(text).contains(euros(sum("SELECT SUM(Amount) FROM CPOM_BudgetLine WHERE "
                        + "CPOM_Contract_ID=? AND FunctionalGroup LIKE 'C%' AND FiscalYear=" + y, k.contractId())));
            }
        }
    }

    @Test
    void budgetVsActualTotalsOfBothContracts() throws SQLException {
        for (Contract k : contracts()) {
            String text = text(renderer.run(ReportRenderer.BUDGET_VS_ACTUAL)
                    .param("CPOM_Contract_ID", ReportRenderer.SEARCH, k.contractId())
                    .range("FiscalYear", ReportRenderer.INTEGER, k.from(), k.to()), k);
            BigDecimal actualCharges = actual(k, "C", k.from(), k.to());
            BigDecimal actualIncome = actual(k, "P", k.from(), k.to());
            assertThat(actualCharges.signum()).isPositive();
            assertThat(text).contains(euros(actualCharges), euros(actualIncome), euros(sum("SELECT SUM(Amount) "
                    + "FROM CPOM_BudgetLine WHERE CPOM_Contract_ID=? AND FunctionalGroup LIKE 'C%'", k.contractId())));
        }
    }

    @Test
    void actionPlanOfBothContracts() throws SQLException {
        for (Contract k : contracts()) {
            String text = text(renderer.run(ReportRenderer.ACTION_PLAN)
                    .param("CPOM_Contract_ID", ReportRenderer.SEARCH, k.contractId()), k);
            int sheets = sum("SELECT count(*) FROM CPOM_ActionSheet WHERE CPOM_Contract_ID=?", k.contractId())
                    .intValue();
            assertThat(text).contains("Total : " + sheets + " fiches actions");
        }
        String genetsText = text(renderer.run(ReportRenderer.ACTION_PLAN)
                .param("CPOM_Contract_ID", ReportRenderer.SEARCH, genetsContract), contracts()[1]);
        assertThat(genetsText).contains("Créer un service autonomie à domicile", "Anne Le Goff",
                "Taux d'occupation des EHPAD");
    }

    @Test
    void annualReportOfBothContracts() throws SQLException {
        for (Contract k : contracts()) {
            String text = text(renderer.run(ReportRenderer.ANNUAL_REPORT)
                    .param("CPOM_Contract_ID", ReportRenderer.SEARCH, k.contractId())
                    .param("FiscalYear", ReportRenderer.INTEGER, k.year()), k);
            assertThat(text).contains("Rapport annuel " + k.year(), euros(actual(k, "C", k.year(), k.year())),
                    euros(sum("SELECT SUM(Amount) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID=? "
                            + "AND FunctionalGroup LIKE 'C%' AND FiscalYear=" + k.year(), k.contractId())),
                    euros(sum("SELECT TotalAmt FROM CPOM_Contract WHERE CPOM_Contract_ID=?", k.contractId())));
        }
    }

    private String text(ReportRenderer.Run run, Contract k) {
        return ReportRenderer.plainSpaces(ReportRenderer.pdfText(run.client(k.clientId()).language("fr_FR").pdf()));
    }

    /** Posted actuals of the perimeter's organisations: charges as debit − credit, income as credit − debit. */
    private BigDecimal actual(Contract k, String kind, int from, int to) throws SQLException {
        String sign = kind.equals("C") ? "f.AmtAcctDr - f.AmtAcctCr" : "f.AmtAcctCr - f.AmtAcctDr";
        return sum("SELECT COALESCE(SUM(" + sign + "), 0) FROM Fact_Acct f "
                + "JOIN C_ElementValue ev ON ev.C_ElementValue_ID = f.Account_ID "
                + "JOIN LATERAL (SELECT ag.FunctionalGroup FROM CPOM_AccountGroup ag "
                + "WHERE ag.AD_Client_ID IN (0, f.AD_Client_ID) AND ag.IsActive = 'Y' "
                + "AND ev.Value LIKE ag.AccountPrefix || '%' "
                + "ORDER BY length(ag.AccountPrefix) DESC, ag.AD_Client_ID DESC LIMIT 1) g ON TRUE "
                + "WHERE f.AD_Client_ID = " + k.clientId() + " AND f.PostingType = 'A' AND f.C_AcctSchema_ID = "
                + k.acctSchemaId() + " AND g.FunctionalGroup LIKE '" + kind + "%' "
                + "AND EXTRACT(YEAR FROM f.DateAcct) BETWEEN " + from + " AND " + to + " AND f.AD_Org_ID IN "
                + "(SELECT e.AD_Org_ID FROM CPOM_Establishment e JOIN CPOM_ContractEstablishment ce "
                + "ON ce.CPOM_Establishment_ID = e.CPOM_Establishment_ID WHERE ce.CPOM_Contract_ID = ?)",
                k.contractId());
    }

    private BigDecimal sum(String sql, int contractId) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    static String euros(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00 €", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return ReportRenderer.plainSpaces(f.format(amount));
    }
}
