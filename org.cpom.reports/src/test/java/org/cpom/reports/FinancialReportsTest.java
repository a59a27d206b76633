package org.cpom.reports;

import net.sf.jasperreports.engine.JasperPrint;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpom.core.budget.BudgetVariance;
import org.cpom.core.finance.EprdForecast;
import org.cpom.core.finance.ErrdPart;
import org.cpom.core.finance.ErrdStatement;
import org.cpom.core.finance.EstablishmentRef;
import org.cpom.core.finance.ExistingAssets;
import org.cpom.core.finance.FinancialAnalysis;
import org.cpom.core.finance.FinancingPlan;
import org.cpom.core.finance.LedgerBalance;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.testkit.EmbeddedDatabase;
import org.cpom.testkit.LoadedSample;
import org.cpom.testkit.MessidorSample;
import org.cpom.testkit.ReportRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.testkit.ReportRenderer.INTEGER;
import static org.cpom.testkit.ReportRenderer.SEARCH;
import static org.cpom.testkit.ReportRenderer.TABLE_DIR;

/**
 * The issue-11 statements (ERRD, ERRD frame lines, financial analysis, EPRD preparation) filled as ReportStarter
 * fills them on the MESSIDOR sample and a second tenant, every printed figure compared with cpom-core's
 * computation ({@link ErrdStatement}, {@link FinancialAnalysis}, {@link EprdForecast}, {@link FinancingPlan}) run
 * on ledger rows read here without the reports' SQL or the ledger query layer ({@link LedgerRows}).
 */
class FinancialReportsTest {

    static final int YEAR = 2016;
    /** A second accounting schema of MESSIDOR whose amounts are the primary ones × 1.1. */
    static final int SECOND_SCHEMA = AccountingSchemaTest.SECOND_SCHEMA;
    static final String[] DESIGNS = {"ERRD", "ERRDFrame", "FinancialAnalysis", "EPRD"};

    private static EmbeddedDatabase db;
    private static LoadedSample messidor;
    private static LoadedSample other;
    private static ReportRunner runner;
    private static LedgerRows ledger;
    private static Expected expected;

    @BeforeAll
    static void start() throws SQLException {
        db = EmbeddedDatabase.start();
        messidor = MessidorSample.messidor().load(db.getDataSource());
        other = MessidorSample.otherClient().load(db.getDataSource());
        runner = new ReportRunner(db.getDataSource());
        ledger = new LedgerRows(db.getDataSource());
        expected = new Expected(db.getDataSource());
        // iDempiere posts every document once per accounting schema: a second schema holds every line again
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            AccountingSchemaTest.copyRows(st, "C_AcctSchema", "C_AcctSchema_ID = " + messidor.acctSchemaId(), Map.of(
                    "c_acctschema_id", String.valueOf(SECOND_SCHEMA),
                    "c_acctschema_uu", "md5('second schema')::uuid::text",
                    "name", "'" + AccountingSchemaTest.SECOND_NAME + "'"));
            AccountingSchemaTest.copyRows(st, "Fact_Acct", "AD_Client_ID = " + messidor.clientId()
                            + " AND C_AcctSchema_ID = " + messidor.acctSchemaId(),
                    Map.of("fact_acct_id", "t.Fact_Acct_ID + 10000000",
                            "fact_acct_uu", "md5('second' || t.Fact_Acct_ID)::uuid::text",
                            "c_acctschema_id", String.valueOf(SECOND_SCHEMA),
                            "amtacctdr", "round(t.AmtAcctDr * 1.1, 2)",
                            "amtacctcr", "round(t.AmtAcctCr * 1.1, 2)"));
        }
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    // ---------------------------------------------------------------------------------------------- ERRD

    @Test
    void errdPrintsEveryStatementLineOfEachEstablishmentAndTheConsolidatedAsCpomCoreComputesIt() throws SQLException {
        ReportRenderer.Run run = errdRun("ERRD", messidor, "fr_FR");
        assertThat(run.parameters()).containsEntry("FiscalYear", new BigDecimal(YEAR))
                .containsEntry("CPOM_Contract_ID", messidor.contractId());
        byte[] pdf = run.pdf();
        ReportRunner.preview(pdf, "ERRD");
        String text = ReportRunner.text(pdf);
        assertThat(text).contains("ERRD 2016 - état réalisé des recettes et des dépenses", "CPOM MESSIDOR 2013-2017",
                "schéma comptable MESSIDOR PCG M22 EUR",
                "Période non vérifiée : aucune période comptable de 2016 n'est définie pour ce client");

        ErrdStatement errd = errd(messidor, messidor.acctSchemaId());
        assertThat(errd.establishments()).hasSize(13);
        for (ErrdPart part : errd.establishments()) {
            String block = block(text, part.establishment().name() + "  -  FINESS");
            assertStatementLines(block, part);
            // per section: the budget is entered per ESAT budget (BPAS/BAPC), so the sections are printed
            boolean sections = part.sections().stream().anyMatch(x -> x != BudgetSection.MAIN);
            assertThat(block.contains("Budget principal : charges")).isEqualTo(sections);
            for (BudgetSection s : sections ? part.sections() : java.util.Set.<BudgetSection>of()) {
                assertThat(block).contains(line(sectionFr(s) + " : charges", part.charges(s)),
                        line(sectionFr(s) + " : produits", part.income(s)),
                        line(sectionFr(s) + " : résultat", part.result(s)));
            }
        }
        String consolidated = block(text, "Consolidé : tous les établissements du contrat");
        assertStatementLines(consolidated, errd.consolidated());
        assertThat(errd.consolidated().actual().charges().signum()).isPositive();
        // résultat = produits - charges, and the consolidated total is the sum of the establishments
        BigDecimal sum = errd.establishments().stream().map(p -> p.result().actual())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(errd.consolidated().result().actual()).isEqualByComparingTo(sum);

        // the head office posts outside the perimeter: shown apart, not consolidated
        ErrdPart unassigned = errd.unassigned().orElseThrow();
        String head = block(text, "Hors périmètre (non consolidé) : " + ledger.orgName(messidor.orgHeadOfficeId()));
        assertThat(head).contains("Charges groupe III - structure "
                + ReportRunner.euros(unassigned.actual().group(FunctionalGroup.CHARGES_III)));
    }

    @Test
    void errdDetailListsEveryAccountBehindEachFigure() throws SQLException {
        // a long account name wraps in its cell: the row is read as one line
        String text = ReportRunner.text(errdRun("ERRD", messidor, "fr_FR").pdf()).replace('\n', ' ');
        ErrdStatement errd = errd(messidor, messidor.acctSchemaId());
        Map<String, String> names = ledger.accountNames(messidor.clientId());
        int rows = 0;
        for (ErrdPart part : errd.establishments()) {
            int at = text.indexOf("Détail par compte - " + part.establishment().name() + "  -  FINESS");
            assertThat(at).isNotNegative();
            String detail = text.substring(at, Math.min(text.length(), at + 6000));
            for (LedgerBalance r : part.detail()) {
                assertThat(detail).contains(r.account() + " " + names.get(r.account()) + " " + r.group().code() + " "
                        + groupShortFr(r.group()) + " " + sectionFr(r.sectionOrMain()) + " "
                        + ReportRunner.euros(r.groupAmount()));
                rows++;
            }
            // each group figure is the sum of the accounts listed under it
            for (FunctionalGroup g : FunctionalGroup.values()) {
                BigDecimal byAccounts = part.detail(null, g).stream().map(LedgerBalance::groupAmount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(byAccounts).isEqualByComparingTo(part.group(g).actual());
            }
        }
        assertThat(rows).isGreaterThan(13 * 10);
    }

    @Test
    void errdOfOneEstablishmentShowsItAloneWithoutConsolidation() throws SQLException {
        ErrdStatement errd = errd(messidor, messidor.acctSchemaId());
        ErrdPart part = errd.establishments().get(5);
        String text = ReportRunner.text(errdRun("ERRD", messidor, "fr_FR")
                .param("CPOM_Establishment_ID", SEARCH, part.establishmentId()).pdf());
        assertThat(text).contains("établissement " + part.establishment().name())
                .doesNotContain("Consolidé", "Hors périmètre", errd.establishments().get(4).establishment().name());
        assertStatementLines(block(text, part.establishment().name() + "  -  FINESS"), part);
    }

    @Test
    void errdSaysWhetherTheYearsPeriodsAreClosed() throws SQLException {
        // iDempiere's calendar tables (release-12 columns), absent from the core stand-in: created for this test only
        expected.execute("CREATE TABLE C_Period (C_Period_ID NUMERIC(10) NOT NULL PRIMARY KEY, AD_Client_ID NUMERIC(10) "
                + "NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL, Created TIMESTAMP "
                + "DEFAULT now() NOT NULL, CreatedBy NUMERIC(10) NOT NULL, Updated TIMESTAMP DEFAULT now() NOT NULL, "
                + "UpdatedBy NUMERIC(10) NOT NULL, Name VARCHAR(60) NOT NULL, PeriodNo NUMERIC(10) NOT NULL, "
                + "C_Year_ID NUMERIC(10) NOT NULL, StartDate TIMESTAMP NOT NULL, EndDate TIMESTAMP, "
                + "PeriodType CHAR(1) NOT NULL, Processing CHAR(1), C_Period_UU VARCHAR(36))");
        expected.execute("CREATE TABLE C_PeriodControl (C_PeriodControl_ID NUMERIC(10) NOT NULL PRIMARY KEY, "
                + "AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT "
                + "NULL, Created TIMESTAMP DEFAULT now() NOT NULL, CreatedBy NUMERIC(10) NOT NULL, Updated TIMESTAMP "
                + "DEFAULT now() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL, C_Period_ID NUMERIC(10) NOT NULL, "
                + "DocBaseType CHAR(3) NOT NULL, PeriodStatus CHAR(1), PeriodAction CHAR(1), Processing CHAR(1), "
                + "C_PeriodControl_UU VARCHAR(36))");
        expected.execute("ALTER TABLE C_AcctSchema ADD COLUMN AutoPeriodControl CHAR(1) DEFAULT 'N' NOT NULL, "
                + "ADD COLUMN Period_OpenHistory NUMERIC(10), ADD COLUMN Period_OpenFuture NUMERIC(10)");
        try {
            int client = messidor.clientId();
            for (int m = 1; m <= 12; m++) {
                int id = 990000 + m;
                expected.execute("INSERT INTO C_Period (C_Period_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Name, "
                        + "PeriodNo, C_Year_ID, StartDate, EndDate, PeriodType) VALUES (" + id + ", " + client + ", 0, 100, "
                        + "100, '" + m + "/2016', " + m + ", 99000, make_date(2016, " + m + ", 1), "
                        + "make_date(2016, " + m + ", 1) + interval '1 month' - interval '1 day', 'S')");
                for (String doc : new String[] {"API", "GLJ"}) {
                    expected.execute("INSERT INTO C_PeriodControl (C_PeriodControl_ID, AD_Client_ID, AD_Org_ID, CreatedBy, "
                            + "UpdatedBy, C_Period_ID, DocBaseType, PeriodStatus) VALUES (" + (id * 10 + doc.length()
                            + (doc.equals("API") ? 0 : 5)) + ", " + client + ", 0, 100, 100, " + id + ", '" + doc + "', 'C')");
                }
            }
            assertThat(ReportRunner.text(errdRun("ERRD", messidor, "fr_FR").pdf()))
                    .contains("Toutes les périodes comptables de 2016 sont closes.").doesNotContain("provisoires");
            assertThat(ReportRunner.text(errdRun("FinancialAnalysis", messidor, "en_US").pdf()))
                    .contains("Every accounting period of 2016 is closed.");
            // December still open for the journals: provisional, on the statement and on every page
            expected.execute("UPDATE C_PeriodControl SET PeriodStatus = 'O' WHERE C_Period_ID = 990012 AND DocBaseType = 'GLJ'");
            String open = ReportRunner.text(errdRun("ERRD", messidor, "fr_FR").pdf());
            assertThat(open).contains("Attention : une période comptable de 2016 est encore ouverte : les montants sont "
                    + "provisoires.", "Période non close : montants provisoires");
            // "document closed" still accepts postings (MPeriodControl.isOpen(true)): still open
            expected.execute("UPDATE C_PeriodControl SET PeriodStatus = 'D' WHERE C_Period_ID = 990012 AND DocBaseType = 'GLJ'");
            assertThat(ReportRunner.text(errdRun("ERRDFrame", messidor, "fr_FR").pdf()))
                    .contains("une période comptable est encore ouverte : montants provisoires");
            // automatic period control: the window around today decides, whatever the controls say
            expected.execute("UPDATE C_PeriodControl SET PeriodStatus = 'C'");
            expected.execute("UPDATE C_AcctSchema SET AutoPeriodControl = 'Y', Period_OpenHistory = 36500, "
                    + "Period_OpenFuture = 30 WHERE C_AcctSchema_ID = " + messidor.acctSchemaId());
            assertThat(ReportRunner.text(errdRun("ERRD", messidor, "fr_FR").pdf()))
                    .contains("Attention : une période comptable de 2016 est encore ouverte");
            // another year without periods is not checked
            assertThat(ReportRunner.text(runner.run("ERRD", messidor.clientId(), "fr_FR")
                    .param("CPOM_Contract_ID", SEARCH, messidor.contractId()).param("FiscalYear", INTEGER, 2015).pdf()))
                    .contains("Période non vérifiée : aucune période comptable de 2015");
        } finally {
            expected.execute("DROP TABLE C_PeriodControl");
            expected.execute("DROP TABLE C_Period");
            expected.execute("ALTER TABLE C_AcctSchema DROP COLUMN AutoPeriodControl, DROP COLUMN Period_OpenHistory, "
                    + "DROP COLUMN Period_OpenFuture");
        }
    }

    // ---------------------------------------------------------------------------------------------- ERRD frame

    /** The frame's account lines as docs/reports.md lists them (group → roots, in the frame's order). */
    static final Map<FunctionalGroup, List<String>> FRAME = new LinkedHashMap<>();

    static {
        FRAME.put(FunctionalGroup.CHARGES_I, List.of("60", "611", "6242", "6281", "6282", "6283"));
        FRAME.put(FunctionalGroup.CHARGES_II, List.of("621", "631", "633", "641", "645", "647", "648"));
        FRAME.put(FunctionalGroup.CHARGES_III, List.of("61", "62", "63", "65", "66", "67", "68"));
        FRAME.put(FunctionalGroup.INCOME_I, List.of("73"));
        FRAME.put(FunctionalGroup.INCOME_II, List.of("70", "71", "72", "74", "75"));
        FRAME.put(FunctionalGroup.INCOME_III, List.of("76", "77", "78", "79"));
    }

    @Test
    void errdFrameXlsxHasOneRowPerFrameLineInTheFramesOrderWithTheCoreAmounts() throws Exception {
        JasperPrint print = errdRun("ERRDFrame", messidor, "fr_FR").fill();
        byte[] pdf = ReportRunner.pdf(print);
        ReportRunner.preview(pdf, "ERRDFrame");
        byte[] xlsx = ReportRunner.xlsx(print);
        Files.createDirectories(ReportRunner.PREVIEWS);
        Files.write(ReportRunner.PREVIEWS.resolve("ERRDFrame.xlsx"), xlsx);

        // one sheet: a single header row, then FINESS | establishment | line | group | account | label | amount
        Map<String, List<Object[]>> byEntity = new LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Map<String, Integer> col = new HashMap<>();
            int headers = 0;
            for (Row row : wb.getSheetAt(0)) {
                if (col.isEmpty() || row.getCell(col.get("Libellé")) == null) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Libellé")) {
                            headers++;
                            for (Cell h : row) {
                                if (h.getCellType() == CellType.STRING && !h.getStringCellValue().isEmpty()) {
                                    col.put(h.getStringCellValue(), h.getColumnIndex());
                                }
                            }
                        }
                    }
                    continue;
                }
                Cell amount = row.getCell(col.get("Montant"));
                if (amount == null || amount.getCellType() != CellType.NUMERIC) {
                    // the second grid row of a label that wraps, or a repeated header
                    Cell label = row.getCell(col.get("Libellé"));
                    if (label != null && label.getCellType() == CellType.STRING
                            && label.getStringCellValue().equals("Libellé")) {
                        headers++;
                    }
                    continue;
                }
                String entity = row.getCell(col.get("Établissement")).getStringCellValue();
                Cell root = row.getCell(col.get("Compte"));
                byEntity.computeIfAbsent(entity, k -> new ArrayList<>()).add(new Object[] {
                    (int) row.getCell(col.get("Ligne")).getNumericCellValue(),
                    row.getCell(col.get("Groupe")).getStringCellValue(),
                    root == null ? "" : root.getStringCellValue(),
                    row.getCell(col.get("Libellé")).getStringCellValue(),
                    BigDecimal.valueOf(amount.getNumericCellValue())});
            }
            assertThat(headers).as("one header row, not one per page").isEqualTo(1);
        }
        ErrdStatement errd = errd(messidor, messidor.acctSchemaId());
        int lines = FRAME.values().stream().mapToInt(l -> l.size() + 2).sum() + 3;
        assertThat(byEntity).hasSize(14).containsKey("Consolidé");
        List<ErrdPart> parts = new ArrayList<>(errd.establishments());
        parts.add(errd.consolidated());
        for (ErrdPart part : parts) {
            String entity = part.establishment() == null ? "Consolidé" : part.establishment().name();
            List<Object[]> rows = byEntity.get(entity);
            assertThat(rows).as(entity).hasSize(lines);
            Map<String, BigDecimal> byLine = frameLines(part);
            for (int i = 0; i < rows.size(); i++) {
                Object[] r = rows.get(i);
                assertThat(r[0]).as("frame order").isEqualTo(i + 1);
                String group = (String) r[1];
                String root = (String) r[2];
                String label = (String) r[3];
                BigDecimal want = !root.isEmpty() ? byLine.get(group + "/" + root)
                        : byLine.getOrDefault(label, byLine.get(group + "/" + label));
                assertThat(want).as(entity + " line " + (i + 1) + " " + label).isNotNull();
                assertThat((BigDecimal) r[4]).as(entity + " line " + (i + 1) + " " + label).isEqualByComparingTo(want);
            }
        }
    }

    /**
     * Expected amount of each frame line of a part, keyed "group/root" for account lines, "group/Autres comptes du
     * groupe" for the others line, and by label for the totals: accounts on the longest root of their group.
     */
    private static Map<String, BigDecimal> frameLines(ErrdPart part) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (Map.Entry<FunctionalGroup, List<String>> e : FRAME.entrySet()) {
            FunctionalGroup g = e.getKey();
            for (String root : e.getValue()) {
                out.put(g.code() + "/" + root, BigDecimal.ZERO);
            }
            out.put(g.code() + "/Autres comptes du groupe", BigDecimal.ZERO);
        }
        for (LedgerBalance r : part.detail()) {
            String best = null;
            for (String root : FRAME.get(r.group())) {
                if (r.account().startsWith(root) && (best == null || root.length() > best.length())) {
                    best = root;
                }
            }
            out.merge(r.group().code() + "/" + (best == null ? "Autres comptes du groupe" : best), r.groupAmount(),
                    BigDecimal::add);
        }
        String[] totals = {"Total groupe I : charges afférentes à l'exploitation courante",
            "Total groupe II : charges afférentes au personnel", "Total groupe III : charges afférentes à la structure",
            "Total groupe I : produits de la tarification", "Total groupe II : autres produits relatifs à l'exploitation",
            "Total groupe III : produits financiers, exceptionnels et non encaissables"};
        FunctionalGroup[] groups = FunctionalGroup.values();
        for (int i = 0; i < groups.length; i++) {
            out.put(totals[i], part.actual().group(groups[i]));
        }
        out.put("Total des charges", part.actual().charges());
        out.put("Total des produits", part.actual().income());
        out.put("Résultat (produits - charges)", part.actual().result());
        return out;
    }

    // ---------------------------------------------------------------------------------------------- financial analysis

    @Test
    void financialAnalysisPrintsEveryIndicatorAsCpomCoreComputesIt() throws SQLException {
        byte[] pdf = errdRun("FinancialAnalysis", messidor, "fr_FR").pdf();
        ReportRunner.preview(pdf, "FinancialAnalysis");
        String text = ReportRunner.text(pdf);
        assertThat(text).contains("Analyse financière 2016", "Bilan au 31/12/2016 et flux de l'exercice");
        ErrdStatement errd = errd(messidor, messidor.acctSchemaId());
        List<LedgerBalance> flows = ledger.flows(messidor.clientId(), messidor.acctSchemaId(), YEAR);
        List<LedgerBalance> closing = ledger.closing(messidor.clientId(), messidor.acctSchemaId(), YEAR);
        List<EstablishmentRef> ests = ledger.establishments(messidor.clientId(), messidor.contractId());
        int nonTrivial = 0;
        for (EstablishmentRef e : ests) {
            FinancialAnalysis fa = FinancialAnalysis.forEstablishment(errd, e, flows, closing);
            assertIndicators(block(text, e.name() + "  -  FINESS"), fa);
            if (fa.hasBalanceSheet() && fa.buildingsWear() != null && fa.cafRate() != null) {
                nonTrivial++;
            }
        }
        FinancialAnalysis all = FinancialAnalysis.forPerimeter(errd, ests, flows, closing);
        assertIndicators(block(text, "Consolidé : tous les établissements du contrat"), all);
        assertThat(all.caf().signum()).isNotZero();
        assertThat(all.balanceGap()).as("trésorerie = FRNG - BFR on a balanced ledger").isEqualByComparingTo("0");
        if (all.hasBalanceSheet()) {
            assertThat(nonTrivial).as("establishments with a balance sheet, a wear rate and a CAF rate").isPositive();
        }
    }

    // ---------------------------------------------------------------------------------------------- EPRD

    @Test
    void eprdPrintsTheForecastStatementCafAndFinancingPlanAsCpomCoreComputesThem() throws SQLException {
        int est = messidor.establishmentIds().get(0);
        int client = messidor.clientId();
        int planned = expected.sum("SELECT COUNT(*) FROM CPOM_Investment WHERE CPOM_Contract_ID = ?",
                messidor.contractId()).intValue();
        // a building in 2016 with a loan and a subsidy, and equipment in 2015 still depreciating
        String cols = "INSERT INTO CPOM_Investment (CPOM_Investment_ID, AD_Client_ID, AD_Org_ID, IsActive, CreatedBy, "
                + "UpdatedBy, CPOM_Contract_ID, CPOM_Establishment_ID, FiscalYear, Name, AssetCategory, Amount, "
                + "UseLifeYears, LoanAmt, LoanYears, SubsidyAmt, SelfFinancedAmt) VALUES ";
        expected.execute(cols + "(991001, " + client + ", 0, 'Y', 100, 100, " + messidor.contractId() + ", " + est
                + ", 2016, 'Extension de l''atelier', 'BLD', 450000, 25, 300000, 15, 100000, 50000)");
        expected.execute(cols + "(991002, " + client + ", 0, 'Y', 100, 100, " + messidor.contractId() + ", NULL, 2015, "
                + "'Véhicules adaptés', 'EQP', 84000.50, 7, 0, NULL, 20000, 64000.50)");
        try {
            ReportRenderer.Run run = runner.run("EPRD", client, "fr_FR")
                    .param("CPOM_Contract_ID", SEARCH, messidor.contractId()).param("FiscalYear", INTEGER, YEAR);
            assertThat(run.parameters()).containsEntry("FiscalYear", new BigDecimal(YEAR));
            byte[] pdf = run.pdf();
            ReportRunner.preview(pdf, "EPRD");
            String text = ReportRunner.text(pdf);

            List<EstablishmentRef> ests = ledger.establishments(client, messidor.contractId());
            var budget = ledger.budget(client, messidor.contractId());
            var investments = ledger.investments(client, messidor.contractId());
            assertThat(investments).hasSize(planned + 2);
            List<Integer> orgs = ests.stream().map(EstablishmentRef::orgId).toList();
            List<LedgerBalance> flows = LedgerRows.ofOrgs(ledger.flows(client, messidor.acctSchemaId(), YEAR - 1), orgs);
            List<LedgerBalance> closing = LedgerRows.ofOrgs(ledger.closing(client, messidor.acctSchemaId(), YEAR - 1), orgs);
            FinancialAnalysis opening = FinancialAnalysis.compute(flows, closing);
            ExistingAssets existing = ExistingAssets.fromActuals(opening, flows);
            EprdForecast eprd = EprdForecast.build(YEAR, ests, budget, investments, existing);
            FinancingPlan plan = FinancingPlan.build(YEAR, 2017, ests, budget, investments, existing, opening);

            assertThat(text).contains("Préparation de l'EPRD 2016", "1. Compte de résultat prévisionnel 2016",
                    "2. Capacité d'autofinancement prévisionnelle 2016", "3. Plan global de financement pluriannuel "
                            + "(PGFP) 2016-2017", "Au 31/12/2015 2016 2017");
            for (EprdForecast.Part p : eprd.establishments()) {
                assertThat(text).contains(crp(p));
            }
            assertThat(text).contains("Consolidé " + crp(eprd.consolidated()));
            assertThat(text).contains(
                    "Résultat des lignes de budget " + ReportRunner.euros(eprd.budgetResult()),
                    "- Dotations des investissements prévus " + ReportRunner.euros(eprd.newDepreciation()),
                    "+ Quote-part de leurs subventions " + ReportRunner.euros(eprd.newSubsidyWriteBack()),
                    "Résultat prévisionnel " + ReportRunner.euros(eprd.result()),
                    "+ Dotations aux amortissements (existantes et nouvelles) " + ReportRunner.euros(eprd.depreciation()),
                    "CAF prévisionnelle " + ReportRunner.euros(eprd.caf()));
            if (planned == 0) {
                assertThat(eprd.newDepreciation()).isEqualByComparingTo("12000.07"); // 84 000,50 / 7, the 2015 equipment
            }

            FinancingPlan.Year y1 = plan.year(2016).orElseThrow();
            FinancingPlan.Year y2 = plan.year(2017).orElseThrow();
            Function<Function<FinancingPlan.Year, BigDecimal>, String> both =
                    f -> ReportRunner.euros(f.apply(y1)) + " " + ReportRunner.euros(f.apply(y2));
            assertThat(text).contains(
                    "Résultat prévisionnel " + both.apply(FinancingPlan.Year::result),
                    "CAF prévisionnelle " + both.apply(FinancingPlan.Year::caf),
                    "Investissements " + both.apply(FinancingPlan.Year::investments),
                    "financés par emprunts nouveaux " + both.apply(FinancingPlan.Year::newLoans),
                    "financés par subventions " + both.apply(FinancingPlan.Year::subsidies),
                    "autofinancés " + both.apply(FinancingPlan.Year::selfFinancing),
                    "Remboursements d'emprunts (capital) " + both.apply(FinancingPlan.Year::repayments),
                    "Variation du FRNG " + both.apply(FinancingPlan.Year::frngChange),
                    "FRI en fin d'année " + ReportRunner.euros(plan.openingFri()) + " " + both.apply(FinancingPlan.Year::fri),
                    "FRE en fin d'année " + ReportRunner.euros(plan.openingFre()) + " " + both.apply(FinancingPlan.Year::fre),
                    "FRNG en fin d'année " + ReportRunner.euros(plan.openingFrng()) + " " + both.apply(FinancingPlan.Year::frng),
                    "Trésorerie en fin d'année (FRNG - BFR) " + ReportRunner.euros(plan.openingFrng()
                            .subtract(opening.workingCapitalNeed())) + " " + both.apply(FinancingPlan.Year::cash),
                    "Emprunts restant dus " + ReportRunner.euros(plan.openingLoans()) + " "
                            + both.apply(FinancingPlan.Year::loansOutstanding));
            assertThat(y1.investments()).isEqualByComparingTo("450000");
            assertThat(y2.loansOutstanding()).isEqualByComparingTo(y1.loansOutstanding()
                    .subtract(y2.repayments()).add(y2.newLoans()));
        } finally {
            expected.execute("DELETE FROM CPOM_Investment WHERE CPOM_Investment_ID IN (991001, 991002)");
        }
        if (planned == 0) {
            assertThat(ReportRunner.text(runner.run("EPRD", client, "fr_FR")
                    .param("CPOM_Contract_ID", SEARCH, messidor.contractId()).param("FiscalYear", INTEGER, YEAR).pdf()))
                    .contains("Aucun investissement n'est prévu au contrat");
        }
    }

    private static String crp(EprdForecast.Part p) {
        var t = p.budget();
        return String.join(" ", ReportRunner.euros(t.group(FunctionalGroup.CHARGES_I)),
                ReportRunner.euros(t.group(FunctionalGroup.CHARGES_II)),
                ReportRunner.euros(t.group(FunctionalGroup.CHARGES_III)), ReportRunner.euros(t.charges()),
                ReportRunner.euros(t.group(FunctionalGroup.INCOME_I)), ReportRunner.euros(t.group(FunctionalGroup.INCOME_II)),
                ReportRunner.euros(t.group(FunctionalGroup.INCOME_III)), ReportRunner.euros(t.income()),
                ReportRunner.euros(t.result()));
    }

    // ---------------------------------------------------------------------------------------------- common rules

    @Test
    void secondAccountingSchemaIsReadOnlyWhenChosen() throws SQLException {
        ErrdStatement primary = errd(messidor, messidor.acctSchemaId());
        ErrdStatement second = errd(messidor, SECOND_SCHEMA);
        BigDecimal p = primary.consolidated().actual().charges();
        BigDecimal s = second.consolidated().actual().charges();
        assertThat(s).isNotEqualByComparingTo(p);
        String byDefault = ReportRunner.text(errdRun("ERRD", messidor, "fr_FR").pdf());
        assertThat(byDefault).contains("Total des charges " + ReportRunner.euros(primary.consolidated().charges().budget())
                + " " + ReportRunner.euros(p)).doesNotContain(ReportRunner.euros(s), ReportRunner.euros(p.add(s)));
        String chosen = ReportRunner.text(errdRun("ERRD", messidor, "fr_FR")
                .param("C_AcctSchema_ID", TABLE_DIR, SECOND_SCHEMA).pdf());
        assertThat(chosen).contains("schéma comptable " + AccountingSchemaTest.SECOND_NAME);
        assertStatementLines(block(chosen, "Consolidé : tous les établissements du contrat"), second.consolidated());

        List<LedgerBalance> flows = ledger.flows(messidor.clientId(), SECOND_SCHEMA, YEAR);
        List<LedgerBalance> closing = ledger.closing(messidor.clientId(), SECOND_SCHEMA, YEAR);
        FinancialAnalysis fa = FinancialAnalysis.forPerimeter(second,
                ledger.establishments(messidor.clientId(), messidor.contractId()), flows, closing);
        String analysis = ReportRunner.text(errdRun("FinancialAnalysis", messidor, "fr_FR")
                .param("C_AcctSchema_ID", TABLE_DIR, SECOND_SCHEMA).pdf());
        assertIndicators(block(analysis, "Consolidé : tous les établissements du contrat"), fa);

        // the EPRD's plan opens on the balance sheet of the chosen schema
        List<EstablishmentRef> ests = ledger.establishments(messidor.clientId(), messidor.contractId());
        List<Integer> orgs = ests.stream().map(EstablishmentRef::orgId).toList();
        FinancialAnalysis opening = FinancialAnalysis.compute(
                LedgerRows.ofOrgs(ledger.flows(messidor.clientId(), SECOND_SCHEMA, YEAR - 1), orgs),
                LedgerRows.ofOrgs(ledger.closing(messidor.clientId(), SECOND_SCHEMA, YEAR - 1), orgs));
        assertThat(ReportRunner.text(runner.run("EPRD", messidor.clientId(), "fr_FR")
                .param("CPOM_Contract_ID", SEARCH, messidor.contractId()).param("FiscalYear", INTEGER, YEAR)
                .param("C_AcctSchema_ID", TABLE_DIR, SECOND_SCHEMA).pdf()))
                .contains("(schéma comptable " + AccountingSchemaTest.SECOND_NAME + ")",
                        "FRI en fin d'année " + ReportRunner.euros(opening.fri()) + " ");
    }

    @Test
    void noStatementShowsAnotherTenantsRows() throws SQLException {
        for (LoadedSample[] pair : new LoadedSample[][] {{messidor, other}, {other, messidor}}) {
            LoadedSample me = pair[0];
            LoadedSample them = pair[1];
            String mine = me.clientId() == MessidorSample.CLIENT_ID ? "MESSIDOR" : "HORIZON";
            String theirs = me.clientId() == MessidorSample.CLIENT_ID ? "HORIZON" : "MESSIDOR";
            for (String name : DESIGNS) {
                String text = ReportRunner.text(errdRun(name, me, "fr_FR").pdf());
                assertThat(text).as(name).contains(mine).doesNotContain(theirs);
                String foreign = ReportRunner.text(runner.run(name, me.clientId(), "fr_FR")
                        .param("CPOM_Contract_ID", SEARCH, them.contractId()).param("FiscalYear", INTEGER, YEAR).pdf());
                assertThat(foreign).as(name).contains("Aucune donnée à afficher").doesNotContain(theirs);
            }
        }
        // the other tenant's own figures come from its own ledger only
        ErrdStatement theirs = errd(other, other.acctSchemaId());
        assertStatementLines(block(ReportRunner.text(errdRun("ERRD", other, "fr_FR").pdf()),
                "Consolidé : tous les établissements du contrat"), theirs.consolidated());
    }

    @Test
    void englishLabelsWhenTheUserLanguageIsEnglish() {
        String errd = ReportRunner.text(errdRun("ERRD", messidor, "en_US").pdf());
        assertThat(errd).contains("ERRD 2016 - actual income and expenditure statement", "Forecast (budget)",
                "Attainment rate", "Expenses group II - staff", "Result (income - expenses)",
                "Consolidated: every establishment of the contract", "Detail by account - ", "Period not checked")
                .doesNotContain("Réalisé", "Charges groupe");
        assertThat(ReportRunner.text(errdRun("FinancialAnalysis", messidor, "en_US").pdf()))
                .contains("Financial analysis 2016", "CAF rate", "Net working capital (FRNG)", "Wear rate of buildings",
                        "Apparent debt duration (years)", "Revenue forecast attainment").doesNotContain("Taux de CAF");
        assertThat(ReportRunner.text(errdRun("ERRDFrame", messidor, "en_US").pdf()))
                .contains("Other accounts of the group", "Total group II: staff expenses", "Establishment")
                .doesNotContain("Libellé");
        assertThat(ReportRunner.text(runner.run("EPRD", messidor.clientId(), "en_US")
                .param("CPOM_Contract_ID", SEARCH, messidor.contractId()).param("FiscalYear", INTEGER, YEAR).pdf()))
                .contains("EPRD 2016 preparation", "Multi-year financing plan (PGFP) 2016-2017",
                        "Forecast self-financing capacity (CAF)", "Loans outstanding").doesNotContain("Emprunts");
    }

    @Test
    void emptyContractOrYearWithoutPostingsSaysThereIsNothingToShow() {
        for (String name : DESIGNS) {
            String text = ReportRunner.text(runner.run(name, messidor.clientId(), "fr_FR")
                    .param("CPOM_Contract_ID", SEARCH, messidor.emptyContractId()).param("FiscalYear", INTEGER, 2018).pdf());
            assertThat(text).as(name).contains("CPOM MESSIDOR 2018-2022 (renouvellement)",
                    "Aucun établissement dans le périmètre du contrat : rien à afficher.");
        }
        byte[] none = runner.run("ERRD", messidor.clientId(), "fr_FR")
                .param("CPOM_Contract_ID", SEARCH, messidor.contractId()).param("FiscalYear", INTEGER, 2030).pdf();
        ReportRunner.preview(none, "ERRD-empty");
        assertThat(ReportRunner.text(none)).contains("Aucune écriture comptabilisée sur l'exercice : le réalisé est nul.",
                "Charges groupe I - exploitation courante 0,00 € 0,00 € 0,00 €");
        assertThat(ReportRunner.text(runner.run("EPRD", messidor.clientId(), "fr_FR")
                .param("CPOM_Contract_ID", SEARCH, messidor.contractId()).param("FiscalYear", INTEGER, 2030).pdf()))
                .contains("Aucune ligne de budget pour 2030 : le compte de résultat prévisionnel est nul.");
    }

    @Test
    void everyStatementExportsToXlsxWithItsFigures() throws IOException, SQLException {
        ErrdStatement errd = errd(messidor, messidor.acctSchemaId());
        for (String name : DESIGNS) {
            JasperPrint print = errdRun(name, messidor, "fr_FR").fill();
            byte[] xlsx = ReportRunner.xlsx(print);
            Files.createDirectories(ReportRunner.PREVIEWS);
            Files.write(ReportRunner.PREVIEWS.resolve(name + ".xlsx"), xlsx);
            List<BigDecimal> numbers = new ArrayList<>();
            StringBuilder strings = new StringBuilder();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.NUMERIC) {
                                numbers.add(BigDecimal.valueOf(cell.getNumericCellValue()));
                            } else if (cell.getCellType() == CellType.STRING) {
                                strings.append(cell.getStringCellValue()).append('\n');
                            }
                        }
                    }
                }
            }
            assertThat(strings.toString()).as(name).contains("CPOM MESSIDOR 2013-2017");
            if (!name.equals("EPRD")) {
                // the consolidated total of charges is a number cell, not text
                assertThat(numbers).as(name).anySatisfy(n -> assertThat(n)
                        .isEqualByComparingTo(errd.consolidated().actual().charges()));
            }
            assertThat(ReportRunner.pages(ReportRunner.pdf(print))).as(name).isPositive();
        }
    }

    @Test
    void designsReadTheLedgerOnlyThroughTheLedgerQueryLayer() throws IOException {
        for (String name : DESIGNS) {
            String jrxml = Files.readString(Path.of("src", "main", "resources", "reports", name + ".jrxml"),
                    StandardCharsets.UTF_8);
            assertThat(jrxml.toLowerCase(Locale.ROOT)).as(name).doesNotContain("fact_acct", "cpom_accountgroup")
                    .contains("cpom_ledger(");
            assertThat(ReportRunner.compile(name).getName()).isEqualTo(name);
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static ReportRenderer.Run errdRun(String report, LoadedSample s, String lang) {
        return runner.run(report, s.clientId(), lang).param("CPOM_Contract_ID", SEARCH, s.contractId())
                .param("FiscalYear", INTEGER, YEAR);
    }

    private static ErrdStatement errd(LoadedSample s, int acctSchemaId) throws SQLException {
        return ErrdStatement.build(YEAR, ledger.flows(s.clientId(), acctSchemaId, YEAR),
                ledger.establishments(s.clientId(), s.contractId()), ledger.budget(s.clientId(), s.contractId()), false);
    }

    /**
     * The text of one statement: from the first line with {@code heading} to the first later line that starts
     * another statement (a heading repeated at the top of the next page belongs to the same statement).
     */
    private static String block(String text, String heading) {
        int from = text.indexOf(heading);
        assertThat(from).as("heading " + heading).isNotNegative();
        int end = text.length();
        for (String marker : new String[] {"  -  FINESS", "Consolidé : ", "Hors périmètre", "Détail par compte - "}) {
            int i = text.indexOf(marker, from + heading.length());
            while (i >= 0) {
                int lineStart = text.lastIndexOf('\n', i) + 1;
                if (!text.startsWith(heading, lineStart)) {
                    end = Math.min(end, lineStart);
                    break;
                }
                i = text.indexOf(marker, i + marker.length());
            }
        }
        return text.substring(from, end);
    }

    private static void assertStatementLines(String block, ErrdPart part) {
        String[] groupNames = {"Charges groupe I - exploitation courante", "Charges groupe II - personnel",
            "Charges groupe III - structure", "Produits groupe I - tarification", "Produits groupe II - autres produits",
            "Produits groupe III - financiers, exceptionnels"};
        FunctionalGroup[] groups = FunctionalGroup.values();
        for (int i = 0; i < groups.length; i++) {
            assertThat(block).contains(line(groupNames[i], part.group(groups[i])));
        }
        assertThat(block).contains(line("Total des charges", part.charges()), line("Total des produits", part.income()),
                line("Résultat (produits - charges)", part.result()));
    }

    /** One printed line: label, prévu, réalisé, écart and taux d'atteinte (blank when prévu is zero). */
    private static String line(String label, BudgetVariance v) {
        return label + " " + ReportRunner.euros(v.budget()) + " " + ReportRunner.euros(v.actual()) + " "
                + ReportRunner.euros(v.variance()) + (v.percentConsumed() == null ? "" : " " + pct(v.percentConsumed()));
    }

    private static void assertIndicators(String block, FinancialAnalysis fa) {
        assertThat(block).contains(
                "Produits " + ReportRunner.euros(fa.income()),
                "Charges " + ReportRunner.euros(fa.charges()),
                "Résultat " + ReportRunner.euros(fa.result()),
                "+ Dotations et valeur des actifs cédés " + ReportRunner.euros(fa.cafAddBack()),
                "- Reprises et produits non encaissables " + ReportRunner.euros(fa.cafTakeOut()),
                "Capacité d'autofinancement (CAF) " + ReportRunner.euros(fa.caf()),
                "Produits retenus pour le taux de CAF " + ReportRunner.euros(fa.cafRateIncome()),
                "Taux de CAF " + ratio(fa.cafRate(), " %"),
                "Financements stables " + ReportRunner.euros(fa.stableFunding()),
                "Immobilisations brutes " + ReportRunner.euros(fa.fixedAssets()),
                "Fonds de roulement d'investissement (FRI) " + ReportRunner.euros(fa.fri()),
                "Résultats non encore affectés " + ReportRunner.euros(fa.unclosedResult()),
                "Fonds de roulement d'exploitation (FRE) " + ReportRunner.euros(fa.fre()),
                "Fonds de roulement net global (FRNG) " + ReportRunner.euros(fa.frng()),
                "Besoin en fonds de roulement (BFR) " + ReportRunner.euros(fa.workingCapitalNeed()),
                "Trésorerie " + ReportRunner.euros(fa.cash()),
                "Trésorerie calculée (FRNG - BFR) " + ReportRunner.euros(fa.cashFromFrng()),
                "Charges courantes décaissables " + ReportRunner.euros(fa.cashCharges()),
                "FRNG en jours de charges courantes " + ratio(fa.frngDays(), ""),
                "BFR en jours de charges courantes " + ratio(fa.workingCapitalNeedDays(), ""),
                "Trésorerie en jours de charges courantes " + ratio(fa.cashDays(), ""),
                "Taux de couverture du BFR par la trésorerie " + ratio(fa.workingCapitalCoverage(), " %"),
                "Constructions (valeur brute) " + ReportRunner.euros(fa.buildingsGross()),
                "Amortissements des constructions " + ReportRunner.euros(fa.buildingsDepreciation()),
                "Taux de vétusté des constructions " + ratio(fa.buildingsWear(), " %"),
                "Équipements (valeur brute) " + ReportRunner.euros(fa.equipmentGross()),
                "Amortissements des équipements " + ReportRunner.euros(fa.equipmentDepreciation()),
                "Taux de vétusté des équipements " + ratio(fa.equipmentWear(), " %"),
                "Emprunts (capital restant dû) " + ReportRunner.euros(fa.loans()),
                "Financements stables hors amortissements " + ReportRunner.euros(fa.stableFundingExDepreciation()),
                "Taux d'indépendance financière " + ratio(fa.financialIndependence(), " %"),
                "Capital remboursé dans l'exercice " + ReportRunner.euros(fa.capitalRepaid()),
                "Apurement de la dette " + ratio(fa.debtRepayment(), " %"),
                "Durée apparente de la dette (années) " + ratio(fa.apparentDebtYears(), ""),
                "Taux d'atteinte des prévisions de recettes " + ratio(fa.revenueAttainment(), " %"),
                "Taux d'atteinte des prévisions de dépenses " + ratio(fa.expenseAttainment(), " %"));
    }

    private static String ratio(BigDecimal v, String unit) {
        if (v == null) {
            return "non défini";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return ReportRenderer.plainSpaces(f.format(v)) + unit;
    }

    private static String pct(BigDecimal v) {
        return ratio(v, " %");
    }

    private static String sectionFr(BudgetSection s) {
        return switch (s) {
            case MAIN -> "Budget principal";
            case ANNEX -> "Budget annexe";
            case ESAT_SOCIAL -> "BPAS (activité sociale)";
            case ESAT_COMMERCIAL -> "BAPC (production et commercialisation)";
            case EHPAD_CARE -> "Soins";
            case EHPAD_DEPENDENCY -> "Dépendance";
            case EHPAD_ACCOMMODATION -> "Hébergement";
        };
    }

    private static String groupShortFr(FunctionalGroup g) {
        return switch (g) {
            case CHARGES_I -> "charges I";
            case CHARGES_II -> "charges II";
            case CHARGES_III -> "charges III";
            case INCOME_I -> "produits I";
            case INCOME_II -> "produits II";
            case INCOME_III -> "produits III";
        };
    }
}
