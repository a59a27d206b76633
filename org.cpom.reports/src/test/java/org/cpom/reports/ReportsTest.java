package org.cpom.reports;

import net.sf.jasperreports.engine.JasperPrint;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpom.core.budget.AccountGroupMapper;
import org.cpom.core.model.AccountGroupMapping;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.testkit.EmbeddedDatabase;
import org.cpom.testkit.LoadedSample;
import org.cpom.testkit.MessidorSample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real JasperReports on a real PostgreSQL loaded with the generated DDL, the core stand-in and the MESSIDOR
 * sample (two tenants). Every total printed is checked against an independent SQL (or cpom-core) computation.
 */
class ReportsTest {

    private static EmbeddedDatabase db;
    private static LoadedSample messidor;
    private static LoadedSample other;
    private static ReportRunner runner;

    @BeforeAll
    static void start() {
        db = EmbeddedDatabase.start();
        messidor = MessidorSample.messidor().load(db.getDataSource());
        other = MessidorSample.otherClient().load(db.getDataSource());
        runner = new ReportRunner(db.getDataSource());
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ContractBudget", "BudgetVsActual", "ActionPlan", "AnnualReport"})
    void everyReportCompiles(String name) {
        assertThat(ReportRunner.compile(name).getName()).isEqualTo(name);
    }

    @Test
    void contractBudgetPrintsHeaderPerimeterAndTotalsEqualToSql() throws SQLException {
        byte[] pdf = ReportRunner.pdf(runner.fill("ContractBudget", messidor.clientId(), "fr_FR",
                Map.of("CPOM_Contract_ID", messidor.contractId())));
        String text = ReportRunner.text(pdf);
        ReportRunner.preview(pdf, "ContractBudget");
        int contract = messidor.contractId();
        assertThat(text).contains("Budget du CPOM", "CPOM MESSIDOR 2013-2017", "Association MESSIDOR",
                "Agence régionale de santé Rhône-Alpes", "CASF L313-11", "Du 01/01/2013 au 31/12/2017", "20/06/2013",
                "800 places autorisées", "13 établissement(s)");
        // every FINESS of the perimeter is printed
        for (String finess : strings("SELECT e.FINESS_EG FROM CPOM_Establishment e JOIN CPOM_ContractEstablishment ce "
                + "ON ce.CPOM_Establishment_ID = e.CPOM_Establishment_ID WHERE ce.CPOM_Contract_ID = ?", contract)) {
            assertThat(text).contains(finess);
        }
        // overall totals
        assertThat(text).contains(ReportRunner.euros(sum("SELECT SUM(Amount) FROM CPOM_BudgetLine "
                + "WHERE CPOM_Contract_ID = ? AND FunctionalGroup LIKE 'C%'", contract)));
        assertThat(text).contains(ReportRunner.euros(sum("SELECT SUM(Amount) FROM CPOM_BudgetLine "
                + "WHERE CPOM_Contract_ID = ? AND FunctionalGroup LIKE 'P%'", contract)));
        // per year (all establishments) and the ARS dotation of each year
        for (int y = messidor.firstYear(); y <= messidor.lastYear(); y++) {
            assertThat(text).contains(ReportRunner.euros(sum("SELECT SUM(Amount) FROM CPOM_BudgetLine "
                    + "WHERE CPOM_Contract_ID = ? AND FunctionalGroup LIKE 'C%' AND FiscalYear = " + y, contract)));
            assertThat(text).contains(ReportRunner.euros(sum("SELECT SUM(Amount) FROM CPOM_BudgetLine "
                    + "WHERE CPOM_Contract_ID = ? AND Funder = 'ARS' AND FunctionalGroup LIKE 'P%' AND FiscalYear = " + y,
                    contract)));
        }
        // per establishment, and per establishment and year
        for (int est : messidor.establishmentIds()) {
            assertThat(text).contains(ReportRunner.euros(sum("SELECT SUM(Amount) FROM CPOM_BudgetLine "
                    + "WHERE CPOM_Contract_ID = ? AND FunctionalGroup LIKE 'C%' AND CPOM_Establishment_ID = " + est,
                    contract)));
            assertThat(text).contains(ReportRunner.euros(sum("SELECT SUM(Amount) FROM CPOM_BudgetLine "
                    + "WHERE CPOM_Contract_ID = ? AND FunctionalGroup LIKE 'P%' AND FiscalYear = 2016 "
                    + "AND CPOM_Establishment_ID = " + est, contract)));
        }
        assertThat(text).contains("Page 1 / ", "Édité le ");
    }

    @Test
    void budgetVsActualMatchesTheLedgerMappedByTheCoreRules() throws SQLException {
        byte[] pdf = ReportRunner.pdf(runner.fill("BudgetVsActual", messidor.clientId(), "fr_FR",
                params("CPOM_Contract_ID", messidor.contractId(), "FiscalYear1", 2013, "FiscalYear2", 2017)));
        String text = ReportRunner.text(pdf);
        ReportRunner.preview(pdf, "BudgetVsActual");
        assertThat(text).contains("Suivi budgétaire", "Exercices 2013 à 2017", "tous les établissements du périmètre");

        Map<String, BigDecimal> actual = actualByGroup(messidor, null, 2013, 2017);
        BigDecimal charges = actual.entrySet().stream().filter(e -> e.getKey().startsWith("C"))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal income = actual.entrySet().stream().filter(e -> e.getKey().startsWith("P"))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal budgetCharges = sum("SELECT SUM(Amount) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID = ? "
                + "AND FunctionalGroup LIKE 'C%'", messidor.contractId());
        assertThat(charges.signum()).isPositive();
        assertThat(text).contains(ReportRunner.euros(charges), ReportRunner.euros(income),
                ReportRunner.euros(budgetCharges), ReportRunner.euros(charges.subtract(budgetCharges)));

        // one establishment and one year: every functional group line equals the independent computation
        int est = messidor.establishmentIds().get(2);
        byte[] one = ReportRunner.pdf(runner.fill("BudgetVsActual", messidor.clientId(), "fr_FR",
                params("CPOM_Contract_ID", messidor.contractId(), "FiscalYear1", 2016, "FiscalYear2", 2016,
                        "CPOM_Establishment_ID", est)));
        String oneText = ReportRunner.text(one);
        assertThat(oneText).contains("ESAT MESSIDOR Vénissieux").doesNotContain("ESAT MESSIDOR Annecy");
        Map<String, BigDecimal> oneActual = actualByGroup(messidor, est, 2016, 2016);
        assertThat(oneActual).containsKeys("C1", "C2", "C3", "P1", "P2", "P3");
        for (BigDecimal v : oneActual.values()) {
            assertThat(oneText).contains(ReportRunner.euros(v));
        }
        // Vénissieux overspends its staff budget from 2015: the variance is positive and printed
        BigDecimal c2Budget = sum("SELECT SUM(Amount) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID = ? "
                + "AND FunctionalGroup = 'C2' AND FiscalYear = 2016 AND CPOM_Establishment_ID = " + est,
                messidor.contractId());
        assertThat(oneActual.get("C2")).isGreaterThan(c2Budget);
        assertThat(oneText).contains(ReportRunner.euros(oneActual.get("C2").subtract(c2Budget)));
    }

    @Test
    void actionPlanShowsAxesSheetsPilotsAndIndicators() {
        byte[] pdf = ReportRunner.pdf(runner.fill("ActionPlan", messidor.clientId(), "fr_FR",
                Map.of("CPOM_Contract_ID", messidor.contractId())));
        String text = ReportRunner.text(pdf);
        ReportRunner.preview(pdf, "ActionPlan");
        assertThat(text).contains("Suivi du plan d'actions", "Axe 1 - Etre mieux identifié", "Axe 7 - Renforcer",
                "Jean-Marc Berthier", "EN RETARD", "Réalisée", "Abandonnée", "Taux d'occupation des places",
                "Taux d'absentéisme des travailleurs", "Total : 11 fiches actions");
        for (int i = 1; i <= 11; i++) {
            assertThat(text).contains(String.format("FA-%02d", i));
        }
        assertThat(text).contains("93,5 (2012)", "97,4");
    }

    @Test
    void annualReportGathersTheManagementDialoguePack() throws SQLException {
        byte[] pdf = ReportRunner.pdf(runner.fill("AnnualReport", messidor.clientId(), "fr_FR",
                params("CPOM_Contract_ID", messidor.contractId(), "FiscalYear", 2015)));
        String text = ReportRunner.text(pdf);
        ReportRunner.preview(pdf, "AnnualReport");
        assertThat(text).contains("Rapport annuel 2015", "1. Le contrat", "2. Périmètre", "3. Exécution budgétaire 2015",
                "4. Plan d'actions", "5. Indicateurs 2015", "6. Avenants", "7. Dialogues de gestion et revues",
                "Avenant n° 1", "Revue à mi-parcours (année 3)", "ESAT MESSIDOR Annecy");
        assertThat(text).doesNotContain("Bilan final"); // the 2017 review is after year N
        Map<String, BigDecimal> actual = actualByGroup(messidor, null, 2015, 2015);
        BigDecimal charges = actual.entrySet().stream().filter(e -> e.getKey().startsWith("C"))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(text).contains(ReportRunner.euros(charges), ReportRunner.euros(sum("SELECT SUM(Amount) "
                + "FROM CPOM_BudgetLine WHERE CPOM_Contract_ID = ? AND FunctionalGroup LIKE 'C%' AND FiscalYear = 2015",
                messidor.contractId())), ReportRunner.euros(sum("SELECT TotalAmt FROM CPOM_Contract "
                + "WHERE CPOM_Contract_ID = ?", messidor.contractId())));
    }

    @Test
    void startedFromTheContractWindowTheRecordIdSelectsTheContract() {
        for (String name : ReportRunner.REPORTS) {
            String text = ReportRunner.text(ReportRunner.pdf(runner.fill(name, messidor.clientId(), "fr_FR",
                    params("RECORD_ID", messidor.contractId(), "FiscalYear1", 2013, "FiscalYear2", 2017,
                            "FiscalYear", 2016))));
            assertThat(text).as(name).contains("CPOM MESSIDOR 2013-2017").doesNotContain("Aucune donnée à afficher");
        }
    }

    @Test
    void englishLabelsWhenTheUserLanguageIsEnglish() {
        String text = ReportRunner.text(ReportRunner.pdf(runner.fill("ContractBudget", messidor.clientId(), "en_US",
                Map.of("CPOM_Contract_ID", messidor.contractId()))));
        assertThat(text).contains("CPOM budget", "Managing body", "Contract grand total", "Generated on")
                .doesNotContain("Organisme gestionnaire");
        String plan = ReportRunner.text(ReportRunner.pdf(runner.fill("ActionPlan", messidor.clientId(), "en_US",
                Map.of("CPOM_Contract_ID", messidor.contractId()))));
        assertThat(plan).contains("Action plan monitoring", "Axis 1", "Abandoned");
    }

    @Test
    void noReportShowsAnotherTenantsRows() {
        for (LoadedSample[] pair : new LoadedSample[][] {{messidor, other}, {other, messidor}}) {
            LoadedSample me = pair[0];
            LoadedSample them = pair[1];
            String mine = brand(me);
            String theirs = brand(them);
            for (String name : ReportRunner.REPORTS) {
                String text = ReportRunner.text(ReportRunner.pdf(runner.fill(name, me.clientId(), "fr_FR",
                        params("CPOM_Contract_ID", me.contractId(), "FiscalYear1", 2013, "FiscalYear2", 2017,
                                "FiscalYear", 2016))));
                assertThat(text).as(name).contains(mine).doesNotContain(theirs);
                // asking for the other tenant's contract from my session shows nothing of it
                String foreign = ReportRunner.text(ReportRunner.pdf(runner.fill(name, me.clientId(), "fr_FR",
                        params("CPOM_Contract_ID", them.contractId(), "FiscalYear1", 2013, "FiscalYear2", 2017,
                                "FiscalYear", 2016))));
                assertThat(foreign).as(name).contains("Aucune donnée à afficher").doesNotContain(theirs);
            }
        }
    }

    @Test
    void emptyContractStillRendersAndSaysThereIsNothingToShow() {
        Map<String, String> expected = Map.of(
                "ContractBudget", "Aucune ligne de budget n'est saisie pour ce contrat : rien à afficher.",
                "BudgetVsActual", "Aucun budget ni aucune écriture comptabilisée sur la période : rien à afficher.",
                "ActionPlan", "Aucune fiche action n'est saisie pour ce contrat : rien à afficher.",
                "AnnualReport", "Aucune écriture comptabilisée sur l'exercice : rien à afficher pour le réalisé.");
        for (String name : ReportRunner.REPORTS) {
            byte[] pdf = ReportRunner.pdf(runner.fill(name, messidor.clientId(), "fr_FR",
                    params("CPOM_Contract_ID", messidor.emptyContractId(), "FiscalYear1", 2018, "FiscalYear2", 2022,
                            "FiscalYear", 2018)));
            String text = ReportRunner.text(pdf);
            assertThat(text).as(name).contains("CPOM MESSIDOR 2018-2022 (renouvellement)", expected.get(name));
            ReportRunner.preview(pdf, name + "-empty");
        }
        assertThat(ReportRunner.text(ReportRunner.pdf(runner.fill("AnnualReport", messidor.clientId(), "fr_FR",
                params("CPOM_Contract_ID", messidor.emptyContractId(), "FiscalYear", 2018))))).contains("Néant.");
    }

    @Test
    void budgetWithoutLedgerLinesSaysActualsAreZero() throws SQLException {
        // a 2019 budget line (the contract was prolonged on paper) with no ledger line posted for 2019
        int est = messidor.establishmentIds().get(0);
        execute("INSERT INTO CPOM_BudgetLine (CPOM_BudgetLine_ID, AD_Client_ID, AD_Org_ID, IsActive, Created, CreatedBy, "
                + "Updated, UpdatedBy, CPOM_Contract_ID, CPOM_Establishment_ID, FiscalYear, Funder, FunctionalGroup, "
                + "BudgetSection, Amount) VALUES (999999, " + messidor.clientId() + ", 0, 'Y', now(), 100, now(), 100, "
                + messidor.contractId() + ", " + est + ", 2019, 'ARS', 'C2', 'BPAS', 123456.78)");
        try {
            String text = ReportRunner.text(ReportRunner.pdf(runner.fill("BudgetVsActual", messidor.clientId(),
                    "fr_FR", params("CPOM_Contract_ID", messidor.contractId(), "FiscalYear1", 2019,
                            "FiscalYear2", 2019))));
            assertThat(text).contains("Aucune écriture comptabilisée sur la période : le réalisé est nul.",
                    "123 456,78 €", "0,00 €");
            String none = ReportRunner.text(ReportRunner.pdf(runner.fill("BudgetVsActual", messidor.clientId(),
                    "fr_FR", params("CPOM_Contract_ID", messidor.contractId(), "FiscalYear1", 2030,
                            "FiscalYear2", 2031))));
            assertThat(none).contains("Aucun budget ni aucune écriture comptabilisée sur la période : rien à afficher.");
        } finally {
            execute("DELETE FROM CPOM_BudgetLine WHERE CPOM_BudgetLine_ID = 999999");
        }
    }

    @Test
    void everyReportExportsToXlsxWithItsFigures() throws IOException {
        for (String name : ReportRunner.REPORTS) {
            JasperPrint print = runner.fill(name, messidor.clientId(), "fr_FR",
                    params("CPOM_Contract_ID", messidor.contractId(), "FiscalYear1", 2013, "FiscalYear2", 2017,
                            "FiscalYear", 2015));
            byte[] xlsx = ReportRunner.xlsx(print);
            Files.createDirectories(ReportRunner.PREVIEWS);
            Files.write(ReportRunner.PREVIEWS.resolve(name + ".xlsx"), xlsx);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(wb.getNumberOfSheets()).isGreaterThan(0);
                StringBuilder all = new StringBuilder();
                int numeric = 0;
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            switch (cell.getCellType()) {
                                case STRING -> all.append(cell.getStringCellValue()).append('\n');
                                case NUMERIC -> numeric++;
                                default -> { }
                            }
                        }
                    }
                }
                assertThat(all.toString()).as(name).contains("CPOM MESSIDOR 2013-2017");
                assertThat(numeric).as(name + " numeric cells").isPositive();
            }
            byte[] pdf = ReportRunner.pdf(print);
            assertThat(ReportRunner.pages(pdf)).as(name).isPositive();
        }
    }

    // ---- independent computations ----

    private static String brand(LoadedSample s) {
        return s.clientId() == MessidorSample.CLIENT_ID ? "MESSIDOR" : "HORIZON";
    }

    /**
     * Posted actuals by functional group, computed without the report's SQL: raw Dr/Cr sums per account value from
     * Fact_Acct, then mapped in Java with cpom-core's AccountGroupMapper (the tenant's own rows first, client 0's
     * default rows as fallback).
     */
    private static Map<String, BigDecimal> actualByGroup(LoadedSample s, Integer est, int y1, int y2)
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
                + "WHERE f.AD_Client_ID = ? AND f.PostingType = 'A' AND f.AD_Org_ID = ANY (?) "
                + "AND EXTRACT(YEAR FROM f.DateAcct) BETWEEN ? AND ? GROUP BY ev.Value";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, s.clientId());
            ps.setArray(2, c.createArrayOf("numeric", orgs.toArray()));
            ps.setInt(3, y1);
            ps.setInt(4, y2);
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

    private static List<AccountGroupMapping> mappings(int clientId) throws SQLException {
        List<AccountGroupMapping> list = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
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

    private static void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }

    private static BigDecimal sum(String sql, int param) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    private static List<String> strings(String sql, int param) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
