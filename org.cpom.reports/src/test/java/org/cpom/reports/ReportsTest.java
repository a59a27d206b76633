package org.cpom.reports;

import net.sf.jasperreports.engine.JasperPrint;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpom.testkit.EmbeddedDatabase;
import org.cpom.testkit.LoadedSample;
import org.cpom.testkit.MessidorSample;
import org.cpom.testkit.ReportRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.testkit.ReportRenderer.INTEGER;
import static org.cpom.testkit.ReportRenderer.SEARCH;

/**
 * Real JasperReports on a real PostgreSQL loaded with the generated DDL, the core stand-in and the MESSIDOR
 * sample (two tenants). Every total printed is checked against an independent SQL (or cpom-core) computation.
 * Every report is filled with its process parameters typed as iDempiere's ReportStarter passes them.
 */
class ReportsTest {

    private static EmbeddedDatabase db;
    private static LoadedSample messidor;
    private static LoadedSample other;
    private static ReportRunner runner;
    private static Expected expected;

    @BeforeAll
    static void start() {
        db = EmbeddedDatabase.start();
        messidor = MessidorSample.messidor().load(db.getDataSource());
        other = MessidorSample.otherClient().load(db.getDataSource());
        runner = new ReportRunner(db.getDataSource());
        expected = new Expected(db.getDataSource());
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
        byte[] pdf = runner.run("ContractBudget", messidor.clientId(), "fr_FR")
                .param("CPOM_Contract_ID", SEARCH, messidor.contractId()).pdf();
        String text = ReportRunner.text(pdf);
        ReportRunner.preview(pdf, "ContractBudget");
        int contract = messidor.contractId();
        assertThat(text).contains("Budget du CPOM", "CPOM MESSIDOR 2013-2017", "Association MESSIDOR",
                "Agence régionale de santé Rhône-Alpes", "CASF L313-11", "Du 01/01/2013 au 31/12/2017", "20/06/2013",
                "800 places autorisées", "13 établissement(s)");
        // every FINESS of the perimeter is printed
        for (String finess : expected.strings("SELECT e.FINESS_EG FROM CPOM_Establishment e "
                + "JOIN CPOM_ContractEstablishment ce ON ce.CPOM_Establishment_ID = e.CPOM_Establishment_ID "
                + "WHERE ce.CPOM_Contract_ID = ?", contract)) {
            assertThat(text).contains(finess);
        }
        // overall totals
        assertThat(text).contains(ReportRunner.euros(expected.sum("SELECT SUM(Amount) FROM CPOM_BudgetLine "
                + "WHERE CPOM_Contract_ID = ? AND FunctionalGroup LIKE 'C%'", contract)));
        assertThat(text).contains(ReportRunner.euros(expected.sum("SELECT SUM(Amount) FROM CPOM_BudgetLine "
                + "WHERE CPOM_Contract_ID = ? AND FunctionalGroup LIKE 'P%'", contract)));
        // per year (all establishments) and the ARS dotation of each year
        for (int y = messidor.firstYear(); y <= messidor.lastYear(); y++) {
            assertThat(text).contains(ReportRunner.euros(expected.sum("SELECT SUM(Amount) FROM CPOM_BudgetLine "
                    + "WHERE CPOM_Contract_ID = ? AND FunctionalGroup LIKE 'C%' AND FiscalYear = " + y, contract)));
            assertThat(text).contains(ReportRunner.euros(expected.sum("SELECT SUM(Amount) FROM CPOM_BudgetLine "
                    + "WHERE CPOM_Contract_ID = ? AND Funder = 'ARS' AND FunctionalGroup LIKE 'P%' AND FiscalYear = " + y,
                    contract)));
        }
        // per establishment, and per establishment and year
        for (int est : messidor.establishmentIds()) {
            assertThat(text).contains(ReportRunner.euros(expected.sum("SELECT SUM(Amount) FROM CPOM_BudgetLine "
                    + "WHERE CPOM_Contract_ID = ? AND FunctionalGroup LIKE 'C%' AND CPOM_Establishment_ID = " + est,
                    contract)));
            assertThat(text).contains(ReportRunner.euros(expected.sum("SELECT SUM(Amount) FROM CPOM_BudgetLine "
                    + "WHERE CPOM_Contract_ID = ? AND FunctionalGroup LIKE 'P%' AND FiscalYear = 2016 "
                    + "AND CPOM_Establishment_ID = " + est, contract)));
        }
        assertThat(text).contains("Page 1 / ", "Édité le ");
    }

    @Test
    void budgetVsActualMatchesTheLedgerMappedByTheCoreRules() throws SQLException {
        byte[] pdf = runner.run("BudgetVsActual", messidor.clientId(), "fr_FR")
                .param("CPOM_Contract_ID", SEARCH, messidor.contractId())
                .range("FiscalYear", INTEGER, 2013, 2017).pdf();
        String text = ReportRunner.text(pdf);
        ReportRunner.preview(pdf, "BudgetVsActual");
        assertThat(text).contains("Suivi budgétaire", "Exercices 2013 à 2017", "tous les établissements du périmètre");

        Map<String, BigDecimal> actual = expected.actualByGroup(messidor, null, 2013, 2017);
        BigDecimal charges = Expected.charges(actual);
        BigDecimal income = Expected.income(actual);
        BigDecimal budgetCharges = expected.sum("SELECT SUM(Amount) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID = ? "
                + "AND FunctionalGroup LIKE 'C%'", messidor.contractId());
        assertThat(charges.signum()).isPositive();
        assertThat(text).contains(ReportRunner.euros(charges), ReportRunner.euros(income),
                ReportRunner.euros(budgetCharges), ReportRunner.euros(charges.subtract(budgetCharges)));

        // one establishment and one year: every functional group line equals the independent computation
        int est = messidor.establishmentIds().get(2);
        byte[] one = runner.run("BudgetVsActual", messidor.clientId(), "fr_FR")
                .param("CPOM_Contract_ID", SEARCH, messidor.contractId())
                .range("FiscalYear", INTEGER, 2016, 2016)
                .param("CPOM_Establishment_ID", SEARCH, est).pdf();
        String oneText = ReportRunner.text(one);
        assertThat(oneText).contains("ESAT MESSIDOR Vénissieux").doesNotContain("ESAT MESSIDOR Annecy");
        Map<String, BigDecimal> oneActual = expected.actualByGroup(messidor, est, 2016, 2016);
        assertThat(oneActual).containsKeys("C1", "C2", "C3", "P1", "P2", "P3");
        for (BigDecimal v : oneActual.values()) {
            assertThat(oneText).contains(ReportRunner.euros(v));
        }
        // Vénissieux overspends its staff budget from 2015: the variance is positive and printed
        BigDecimal c2Budget = expected.sum("SELECT SUM(Amount) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID = ? "
                + "AND FunctionalGroup = 'C2' AND FiscalYear = 2016 AND CPOM_Establishment_ID = " + est,
                messidor.contractId());
        assertThat(oneActual.get("C2")).isGreaterThan(c2Budget);
        assertThat(oneText).contains(ReportRunner.euros(oneActual.get("C2").subtract(c2Budget)));
    }

    @Test
    void actionPlanShowsAxesSheetsPilotsAndIndicators() {
        byte[] pdf = runner.run("ActionPlan", messidor.clientId(), "fr_FR")
                .param("CPOM_Contract_ID", SEARCH, messidor.contractId()).pdf();
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
        byte[] pdf = runner.run("AnnualReport", messidor.clientId(), "fr_FR")
                .param("CPOM_Contract_ID", SEARCH, messidor.contractId())
                .param("FiscalYear", INTEGER, 2015).pdf();
        String text = ReportRunner.text(pdf);
        ReportRunner.preview(pdf, "AnnualReport");
        assertThat(text).contains("Rapport annuel 2015", "1. Le contrat", "2. Périmètre", "3. Exécution budgétaire 2015",
                "4. Plan d'actions", "5. Indicateurs 2015", "6. Avenants", "7. Dialogues de gestion et revues",
                "Avenant n° 1", "Revue à mi-parcours (année 3)", "ESAT MESSIDOR Annecy");
        assertThat(text).doesNotContain("Bilan final"); // the 2017 review is after year N
        BigDecimal charges = Expected.charges(expected.actualByGroup(messidor, null, 2015, 2015));
        assertThat(text).contains(ReportRunner.euros(charges), ReportRunner.euros(expected.sum("SELECT SUM(Amount) "
                + "FROM CPOM_BudgetLine WHERE CPOM_Contract_ID = ? AND FunctionalGroup LIKE 'C%' AND FiscalYear = 2015",
                messidor.contractId())), ReportRunner.euros(expected.sum("SELECT TotalAmt FROM CPOM_Contract "
                + "WHERE CPOM_Contract_ID = ?", messidor.contractId())));
    }

    // ---- each report filled with the parameter types iDempiere 12's ReportStarter passes ----

    @Test
    void budgetVsActualTakesTheYearRangeAsReportStarterPassesIt() throws SQLException {
        ReportRenderer.Run run = runner.run("BudgetVsActual", messidor.clientId(), "fr_FR")
                .param("CPOM_Contract_ID", SEARCH, messidor.contractId())
                .range("FiscalYear", INTEGER, 2014, 2015);
        // an Integer-reference range arrives as two BigDecimals, the contract as an Integer
        assertThat(run.parameters()).containsEntry("FiscalYear1", new BigDecimal(2014))
                .containsEntry("FiscalYear2", new BigDecimal(2015))
                .containsEntry("CPOM_Contract_ID", messidor.contractId()).doesNotContainKey("FiscalYear");
        String text = ReportRunner.text(run.pdf());
        BigDecimal charges = Expected.charges(expected.actualByGroup(messidor, null, 2014, 2015));
        BigDecimal budget = expected.sum("SELECT SUM(Amount) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID = ? "
                + "AND FunctionalGroup LIKE 'C%' AND FiscalYear BETWEEN 2014 AND 2015", messidor.contractId());
        BigDecimal allYears = Expected.charges(expected.actualByGroup(messidor, null, 2013, 2017));
        assertThat(text).contains("Exercices 2014 à 2015", ReportRunner.euros(charges), ReportRunner.euros(budget))
                .doesNotContain(ReportRunner.euros(allYears));
    }

    @Test
    void budgetVsActualWithOnlyTheStartYearReadsFromThatYearOn() throws SQLException {
        // the end left empty: ReportStarter passes the start alone, under the parameter's own name
        ReportRenderer.Run run = runner.run("BudgetVsActual", messidor.clientId(), "fr_FR")
                .param("CPOM_Contract_ID", SEARCH, messidor.contractId())
                .range("FiscalYear", INTEGER, 2016, null);
        assertThat(run.parameters()).containsEntry("FiscalYear", new BigDecimal(2016))
                .doesNotContainKeys("FiscalYear1", "FiscalYear2");
        String text = ReportRunner.text(run.pdf());
        assertThat(text).contains("Exercices 2016 à -",
                ReportRunner.euros(Expected.charges(expected.actualByGroup(messidor, null, 2016, 2017))));
    }

    @Test
    void annualReportTakesTheYearAsReportStarterPassesIt() throws SQLException {
        ReportRenderer.Run run = runner.run("AnnualReport", messidor.clientId(), "fr_FR")
                .param("CPOM_Contract_ID", SEARCH, messidor.contractId())
                .param("FiscalYear", INTEGER, 2016);
        assertThat(run.parameters()).containsEntry("FiscalYear", new BigDecimal(2016));
        String text = ReportRunner.text(run.pdf());
        assertThat(text).contains("Rapport annuel 2016", "3. Exécution budgétaire 2016", "5. Indicateurs 2016",
                ReportRunner.euros(Expected.charges(expected.actualByGroup(messidor, null, 2016, 2016))),
                ReportRunner.euros(expected.sum("SELECT SUM(Amount) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID = ? "
                        + "AND FunctionalGroup LIKE 'C%' AND FiscalYear = 2016", messidor.contractId())));
    }

    @Test
    void contractBudgetTakesTheContractAsReportStarterPassesIt() throws SQLException {
        ReportRenderer.Run run = runner.run("ContractBudget", messidor.clientId(), "fr_FR")
                .param("CPOM_Contract_ID", SEARCH, messidor.contractId());
        assertThat(run.parameters()).containsEntry("CPOM_Contract_ID", messidor.contractId())
                .containsEntry("AD_CLIENT_ID", messidor.clientId());
        assertThat(ReportRunner.text(run.pdf())).contains("CPOM MESSIDOR 2013-2017",
                ReportRunner.euros(expected.sum("SELECT SUM(Amount) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID = ? "
                        + "AND FunctionalGroup LIKE 'C%'", messidor.contractId())));
    }

    @Test
    void actionPlanTakesTheContractAsReportStarterPassesIt() {
        ReportRenderer.Run run = runner.run("ActionPlan", messidor.clientId(), "fr_FR")
                .param("CPOM_Contract_ID", SEARCH, messidor.contractId());
        assertThat(run.parameters()).containsEntry("CPOM_Contract_ID", messidor.contractId());
        assertThat(ReportRunner.text(run.pdf())).contains("CPOM MESSIDOR 2013-2017", "Total : 11 fiches actions");
    }

    @Test
    void startedFromTheContractWindowTheRecordIdSelectsTheContract() {
        for (String name : ReportRunner.REPORTS) {
            ReportRenderer.Run run = runner.run(name, messidor.clientId(), "fr_FR").record(messidor.contractId());
            if (name.equals(ReportRenderer.BUDGET_VS_ACTUAL)) {
                run.range("FiscalYear", INTEGER, 2013, 2017);
            } else if (name.equals(ReportRenderer.ANNUAL_REPORT)) {
                run.param("FiscalYear", INTEGER, 2016);
            }
            String text = ReportRunner.text(run.pdf());
            assertThat(text).as(name).contains("CPOM MESSIDOR 2013-2017").doesNotContain("Aucune donnée à afficher");
        }
    }

    @Test
    void englishLabelsWhenTheUserLanguageIsEnglish() {
        String text = ReportRunner.text(runner.run("ContractBudget", messidor.clientId(), "en_US")
                .param("CPOM_Contract_ID", SEARCH, messidor.contractId()).pdf());
        assertThat(text).contains("CPOM budget", "Managing body", "Contract grand total", "Generated on")
                .doesNotContain("Organisme gestionnaire");
        String plan = ReportRunner.text(runner.run("ActionPlan", messidor.clientId(), "en_US")
                .param("CPOM_Contract_ID", SEARCH, messidor.contractId()).pdf());
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
                String text = ReportRunner.text(runner.contract(name, me.clientId(), "fr_FR", me.contractId(),
                        2013, 2017, 2016).pdf());
                assertThat(text).as(name).contains(mine).doesNotContain(theirs);
                // asking for the other tenant's contract from my session shows nothing of it
                String foreign = ReportRunner.text(runner.contract(name, me.clientId(), "fr_FR", them.contractId(),
                        2013, 2017, 2016).pdf());
                assertThat(foreign).as(name).contains("Aucune donnée à afficher").doesNotContain(theirs);
            }
        }
    }

    @Test
    void emptyContractStillRendersAndSaysThereIsNothingToShow() {
        Map<String, String> expectedText = Map.of(
                "ContractBudget", "Aucune ligne de budget n'est saisie pour ce contrat : rien à afficher.",
                "BudgetVsActual", "Aucun budget ni aucune écriture comptabilisée sur la période : rien à afficher.",
                "ActionPlan", "Aucune fiche action n'est saisie pour ce contrat : rien à afficher.",
                "AnnualReport", "Aucune écriture comptabilisée sur l'exercice : rien à afficher pour le réalisé.");
        for (String name : ReportRunner.REPORTS) {
            byte[] pdf = runner.contract(name, messidor.clientId(), "fr_FR", messidor.emptyContractId(),
                    2018, 2022, 2018).pdf();
            String text = ReportRunner.text(pdf);
            assertThat(text).as(name).contains("CPOM MESSIDOR 2018-2022 (renouvellement)", expectedText.get(name));
            ReportRunner.preview(pdf, name + "-empty");
        }
        assertThat(ReportRunner.text(runner.contract("AnnualReport", messidor.clientId(), "fr_FR",
                messidor.emptyContractId(), 0, 0, 2018).pdf())).contains("Néant.");
    }

    @Test
    void budgetWithoutLedgerLinesSaysActualsAreZero() throws SQLException {
        // a 2019 budget line (the contract was prolonged on paper) with no ledger line posted for 2019
        int est = messidor.establishmentIds().get(0);
        expected.execute("INSERT INTO CPOM_BudgetLine (CPOM_BudgetLine_ID, AD_Client_ID, AD_Org_ID, IsActive, Created, "
                + "CreatedBy, Updated, UpdatedBy, CPOM_Contract_ID, CPOM_Establishment_ID, FiscalYear, Funder, "
                + "FunctionalGroup, BudgetSection, Amount) VALUES (999999, " + messidor.clientId() + ", 0, 'Y', now(), "
                + "100, now(), 100, " + messidor.contractId() + ", " + est + ", 2019, 'ARS', 'C2', 'BPAS', 123456.78)");
        try {
            String text = ReportRunner.text(runner.contract("BudgetVsActual", messidor.clientId(), "fr_FR",
                    messidor.contractId(), 2019, 2019, 0).pdf());
            assertThat(text).contains("Aucune écriture comptabilisée sur la période : le réalisé est nul.",
                    "123 456,78 €", "0,00 €");
            String none = ReportRunner.text(runner.contract("BudgetVsActual", messidor.clientId(), "fr_FR",
                    messidor.contractId(), 2030, 2031, 0).pdf());
            assertThat(none).contains("Aucun budget ni aucune écriture comptabilisée sur la période : rien à afficher.");
        } finally {
            expected.execute("DELETE FROM CPOM_BudgetLine WHERE CPOM_BudgetLine_ID = 999999");
        }
    }

    @Test
    void everyReportExportsToXlsxWithItsFigures() throws IOException {
        for (String name : ReportRunner.REPORTS) {
            JasperPrint print = runner.contract(name, messidor.clientId(), "fr_FR", messidor.contractId(),
                    2013, 2017, 2015).fill();
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

    private static String brand(LoadedSample s) {
        return s.clientId() == MessidorSample.CLIENT_ID ? "MESSIDOR" : "HORIZON";
    }
}
