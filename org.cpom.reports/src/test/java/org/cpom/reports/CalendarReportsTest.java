package org.cpom.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.testkit.ReportRenderer.DATE;
import static org.cpom.testkit.ReportRenderer.SEARCH;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintPage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpom.core.activity.ActivityFigures;
import org.cpom.core.activity.ActivityRecord;
import org.cpom.core.activity.ActivityUnit;
import org.cpom.core.activity.ModulationRisk;
import org.cpom.core.activity.ModulationRule;
import org.cpom.core.activity.OccupancyCalculator;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.PerimeterMember;
import org.cpom.testkit.EmbeddedDatabase;
import org.cpom.testkit.LoadedSample;
import org.cpom.testkit.MessidorSample;
import org.cpom.testkit.ReportRenderer;
import org.cpom.testkit.SampleCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deadline calendar (Deadlines.jrxml) and the activity report (Activity.jrxml) on the embedded PostgreSQL with
 * the MESSIDOR sample and its look-alike tenant. Every classification, rate and amount printed is compared with an
 * independent computation: the calendar's late / 30 / 60 / 90 days / beyond / done classification recomputed in Java
 * from the stored due dates against the reference date, the activity figures with cpom-core's OccupancyCalculator
 * and ModulationRisk (the report computes them in SQL), the at-risk amount by hand. The GENETS contract (imported
 * through the plugin's importer) is covered by cpom-demo's CalendarBothSamplesTest.
 */
class CalendarReportsTest {

    private static final LocalDate REF = SampleCalendar.MESSIDOR_REFERENCE_DATE;
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

    // ------------------------------------------------------------------------------------------ deadlines

    private ReportRenderer.Run deadlines(LoadedSample s, String lang, Integer contractId, Integer establishmentId,
            LocalDate reference) {
        return runner.run(ReportRenderer.DEADLINES, s.clientId(), lang)
                .param("CPOM_Contract_ID", SEARCH, contractId)
                .param("CPOM_Establishment_ID", SEARCH, establishmentId)
                .param("DateDoc", DATE, reference);
    }

    /** One stored deadline with the classification the report must print, computed here. */
    record StoredDeadline(String name, LocalDate due, boolean done, LocalDate dateDone, String doneBy, String type,
            BigDecimal amount) {
        String bucket(LocalDate ref) {
            if (done) {
                return "Fait";
            }
            long days = ChronoUnit.DAYS.between(ref, due);
            return days < 0 ? "En retard" : days <= 30 ? "Sous 30 jours" : days <= 60 ? "Sous 60 jours"
                    : days <= 90 ? "Sous 90 jours" : "Au-delà de 90 jours";
        }
    }

    private List<StoredDeadline> storedDeadlines(int clientId, int contractId) throws SQLException {
        List<StoredDeadline> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT d.Name, "
                + "d.DueDate, d.IsDone, d.DateDone, u.Name, d.DeadlineType, d.Amount FROM CPOM_Deadline d "
                + "LEFT JOIN AD_User u ON u.AD_User_ID = d.DoneBy_User_ID WHERE d.AD_Client_ID=? "
                + "AND d.CPOM_Contract_ID=?")) {
            ps.setInt(1, clientId);
            ps.setInt(2, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredDeadline(rs.getString(1), date(rs.getTimestamp(2)), "Y".equals(rs.getString(3)),
                            date(rs.getTimestamp(4)), rs.getString(5), rs.getString(6), rs.getBigDecimal(7)));
                }
            }
        }
        return out;
    }

    @Test
    void deadlinesAreClassifiedAgainstTheReferenceDateRowByRow() throws SQLException {
        JasperPrint print = deadlines(messidor, "fr_FR", messidor.contractId(), null, REF).fill();
        byte[] pdf = ReportRunner.pdf(print);
        ReportRunner.preview(pdf, "Deadlines");
        List<StoredDeadline> stored = storedDeadlines(messidor.clientId(), messidor.contractId());
        // the sample has every kind of situation on its reference date
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String b : List.of("En retard", "Sous 30 jours", "Sous 60 jours", "Sous 90 jours", "Au-delà de 90 jours",
                "Fait")) {
            counts.put(b, stored.stream().filter(d -> d.bucket(REF).equals(b)).count());
        }
        assertThat(counts.values()).allMatch(n -> n > 0);
        assertThat(stored).extracting(StoredDeadline::type).contains("USER", "MODU", "RENW", "ACTS", "INDV");

        Map<String, List<String>> rows = xlsxRowsByCell(ReportRunner.xlsx(print));
        DateTimeFormatter fr = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        for (StoredDeadline d : stored) {
            List<String> row = rows.get(d.name() + "|" + d.due().format(fr));
            assertThat(row).as(d.name() + " due " + d.due()).isNotNull();
            assertThat(row).as(d.name()).contains(d.bucket(REF));
            if (d.done()) {
                assertThat(row).contains(d.dateDone().format(fr) + ", " + d.doneBy());
            } else {
                // days left before the due date (negative when late), on the reference date
                assertThat(row).contains(String.valueOf(ChronoUnit.DAYS.between(REF, d.due())));
            }
        }
        String text = ReportRunner.text(pdf);
        assertThat(text).contains("Échéancier CPOM", "Situation au 10/04/2017", "CPOM-2013-001 - CPOM MESSIDOR 2013-2017",
                "Ensemble du contrat", "ESAT MESSIDOR Voiron", "avril 2017");
        counts.forEach((bucket, n) -> assertThat(text).contains((bucket.equals("Fait") ? "Faites" : bucket) + " : " + n));
        // the open modulation risk is the MODU deadline's amount
        BigDecimal risk = stored.stream().filter(d -> d.type().equals("MODU") && !d.done())
                .map(StoredDeadline::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(risk.signum()).isPositive();
        assertThat(text).contains("Risque de modulation ouvert : " + ReportRunner.euros(risk));
    }

    @Test
    void anotherReferenceDateMovesTheClassification() throws SQLException {
        // a year earlier, the 2016 deadlines are ahead and nothing stored as done later is shown differently
        LocalDate earlier = LocalDate.of(2016, 5, 15);
        String text = ReportRunner.text(deadlines(messidor, "fr_FR", messidor.contractId(), null, earlier).pdf());
        List<StoredDeadline> stored = storedDeadlines(messidor.clientId(), messidor.contractId());
        long late = stored.stream().filter(d -> d.bucket(earlier).equals("En retard")).count();
        long within30 = stored.stream().filter(d -> d.bucket(earlier).equals("Sous 30 jours")).count();
        assertThat(text).contains("Situation au 15/05/2016", "En retard : " + late, "Sous 30 jours : " + within30);
    }

    @Test
    void oneEstablishmentShowsItsOwnDeadlinesOnly() throws SQLException {
        int voiron = establishment(messidor, "Voiron");
        String text = ReportRunner.text(deadlines(messidor, "fr_FR", messidor.contractId(), voiron, REF).pdf());
        assertThat(text).contains("Établissement ESAT MESSIDOR Voiron", "Risque de modulation 2017",
                "Total : " + count("SELECT count(*) FROM CPOM_Deadline WHERE CPOM_Establishment_ID=?", voiron)
                        + " échéances")
                .doesNotContain("Ensemble du contrat", "Réalisé des indicateurs");
    }

    @Test
    void deadlinesInEnglish() {
        String text = ReportRunner.text(deadlines(messidor, "en_US", messidor.contractId(), null, REF).pdf());
        assertThat(text).contains("CPOM deadlines", "Situation on 10/04/2017", "Whole contract", "Late: ",
                "Within 30 days", "Within 60 days", "Within 90 days", "Beyond 90 days", "Done", "Action sheet",
                "Indicator actuals", "Modulation risk", "User deadline", "(contract", "(action-sheet", "Open modulation risk: ")
                .doesNotContain("En retard", "Échéancier");
    }

    @Test
    void deadlinesStayWithinTheTenant() throws SQLException {
        // no contract chosen: every contract of the session's tenant, none of the other tenant
        String all = ReportRunner.text(deadlines(messidor, "fr_FR", null, null, REF).pdf());
        assertThat(all).contains("Tous les contrats", "CPOM MESSIDOR 2013-2017").doesNotContain("HORIZON");
        assertThat(all).contains("Total : " + count("SELECT count(*) FROM CPOM_Deadline WHERE AD_Client_ID=?",
                messidor.clientId()) + " échéances");
        // the other tenant's contract asked from MESSIDOR's session: nothing
        String foreign = ReportRunner.text(deadlines(messidor, "fr_FR", other.contractId(), null, REF).pdf());
        assertThat(foreign).contains("contrat introuvable", "Aucune échéance à afficher").doesNotContain("HORIZON");
        // and the other tenant sees its own calendar
        String own = ReportRunner.text(deadlines(other, "fr_FR", other.contractId(), null, REF).pdf());
        assertThat(own).contains("CPOM HORIZON 2013-2017").doesNotContain("MESSIDOR");
    }

    @Test
    void aContractWithoutDeadlinesSaysSo() {
        String text = ReportRunner.text(deadlines(messidor, "fr_FR", messidor.emptyContractId(), null, REF).pdf());
        assertThat(text).contains("Échéancier CPOM", "CPOM MESSIDOR 2018-2022", "En retard : 0",
                "Aucune échéance à afficher pour ces critères");
    }

    // ------------------------------------------------------------------------------------------ activity

    private ReportRenderer.Run activity(LoadedSample s, String lang, int contractId) {
        return runner.run(ReportRenderer.ACTIVITY, s.clientId(), lang).param("CPOM_Contract_ID", SEARCH, contractId);
    }

    /** One CPOM_Activity row with its establishment, its raw inputs and the stored risk amount. */
    record StoredActivity(String establishment, String category, ActivityRecord record, BigDecimal riskAmt,
            BigDecimal budgetDotation) {
    }

    private List<StoredActivity> storedActivity(int clientId, int contractId) throws SQLException {
        List<StoredActivity> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT e.Name, fc.Value, "
                + "a.CPOM_Establishment_ID, a.FiscalYear, a.ActivityUnit, a.ActivityTarget, a.ActivityActual, "
                + "a.ActivityToDate, a.MeasureDate, a.CapacityInstalled, a.OpeningDays, a.AdmissionsQty, "
                + "a.ModulationThreshold, a.DotationAmt, a.ModulationRiskAmt, (SELECT SUM(b.Amount) FROM CPOM_BudgetLine b "
                + "WHERE b.CPOM_Contract_ID = a.CPOM_Contract_ID AND b.CPOM_Establishment_ID = a.CPOM_Establishment_ID "
                + "AND b.FiscalYear = a.FiscalYear AND b.FunctionalGroup = 'P1') FROM CPOM_Activity a "
                + "JOIN CPOM_Establishment e ON e.CPOM_Establishment_ID = a.CPOM_Establishment_ID "
                + "LEFT JOIN CPOM_FinessCategory fc ON fc.CPOM_FinessCategory_ID = e.CPOM_FinessCategory_ID "
                + "WHERE a.AD_Client_ID=? AND a.CPOM_Contract_ID=? ORDER BY e.Name, a.FiscalYear")) {
            ps.setInt(1, clientId);
            ps.setInt(2, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ActivityRecord r = new ActivityRecord(0, contractId, rs.getInt(3), rs.getInt(4),
                            org.cpom.core.rule.Coded.fromCode(ActivityUnit.class, rs.getString(5)), rs.getBigDecimal(6),
                            rs.getBigDecimal(7), rs.getBigDecimal(8), date(rs.getTimestamp(9)), rs.getBigDecimal(10),
                            rs.getObject(11) == null ? null : rs.getInt(11), rs.getBigDecimal(12), rs.getBigDecimal(13),
                            rs.getBigDecimal(14), null);
                    out.add(new StoredActivity(rs.getString(1), rs.getString(2), r, rs.getBigDecimal(15),
                            rs.getBigDecimal(16)));
                }
            }
        }
        return out;
    }

    @Test
    void activityFiguresEqualTheCoreCalculators() throws SQLException {
        JasperPrint print = activity(messidor, "fr_FR", messidor.contractId()).fill();
        byte[] pdf = ReportRunner.pdf(print);
        ReportRunner.preview(pdf, "Activity");
        Map<String, Map<String, Object>> rows = activityRows(ReportRunner.xlsx(print));
        List<StoredActivity> stored = storedActivity(messidor.clientId(), messidor.contractId());
        assertThat(stored).hasSize(13 * 5);
        assertThat(rows).hasSize(stored.size());
        for (StoredActivity a : stored) {
            ActivityFigures f = OccupancyCalculator.compute(a.record());
            Map<String, Object> row = rows.get(a.establishment() + "|" + a.record().fiscalYear());
            String what = a.establishment() + " " + a.record().fiscalYear();
            assertThat(row).as(what).isNotNull();
            assertNumber(row.get("Objectif"), a.record().target(), what + " target");
            assertNumber(row.get("Réalisé"), f.reference(), what + " realised or projected");
            assertNumber(row.get("Écart"), f.variance(), what + " variance");
            assertNumber(row.get("Réalisation"), f.activityRate().movePointLeft(2), what + " realisation rate");
            assertNumber(row.get("Occupation"), f.occupancyRate().movePointLeft(2), what + " occupancy rate");
            if (f.rotationRate() != null) {
                assertNumber(row.get("Rotation"), f.rotationRate().movePointLeft(2), what + " rotation rate");
            }
            assertNumber(row.get("Jours"), BigDecimal.valueOf(f.openingDays()), what + " opening days");
            // the amount at risk under the contract's rule, assessed again by the core
            ModulationRisk.Assessment risk = ModulationRisk.assess(LegalBasis.L313_11, ModulationRule.PRO_RATA,
                    new BigDecimal("92"), new PerimeterMember(a.record().establishmentId(), a.establishment(),
                            a.category(), null, null, null), a.record(), a.budgetDotation());
            assertNumber(row.get("Risque (€)"), risk.amountAtRisk(), what + " modulation risk");
            assertThat(a.riskAmt()).as(what + " stored risk").isEqualByComparingTo(risk.amountAtRisk());
        }
        // the charts: one per establishment
        assertThat(images(print)).isGreaterThanOrEqualTo(13);
    }

    @Test
    void oneEsatIsAtRiskAndItsAmountMatchesAHandComputation() throws SQLException {
        String text = ReportRunner.text(activity(messidor, "fr_FR", messidor.contractId()).pdf());
        List<StoredActivity> atRisk = storedActivity(messidor.clientId(), messidor.contractId()).stream()
                .filter(a -> a.riskAmt().signum() > 0).toList();
        assertThat(atRisk).hasSize(1);
        StoredActivity v = atRisk.get(0);
        assertThat(v.establishment()).isEqualTo("ESAT MESSIDOR Voiron");
        assertThat(v.record().fiscalYear()).isEqualTo(2017);
        // by hand: journées to 31 March × 365 ÷ 90 days, over places × 228 opening days; pro rata below 92 %
        BigDecimal projection = v.record().toDate().multiply(BigDecimal.valueOf(365))
                .divide(BigDecimal.valueOf(90), 2, RoundingMode.HALF_UP);
        BigDecimal occupancy = projection.multiply(BigDecimal.valueOf(100))
                .divide(v.record().capacityInstalled().multiply(BigDecimal.valueOf(228)), 2, RoundingMode.HALF_UP);
        assertThat(occupancy).isLessThan(new BigDecimal("92"));
        BigDecimal amount = v.budgetDotation().multiply(new BigDecimal("92").subtract(occupancy))
                .divide(new BigDecimal("184"), 2, RoundingMode.HALF_UP);
        assertThat(v.riskAmt()).isEqualByComparingTo(amount);
        assertThat(text).contains("Risque de modulation du contrat : " + ReportRunner.euros(amount),
                "Établissements et années en risque", "projection de l'activité au 31/03/2017",
                "ESAT MESSIDOR Voiron", percent(occupancy), ReportRenderer.plainSpaces(
                        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.FRANCE)).format(projection)),
                "moitié de l'écart relatif à l'objectif, seuil 92 %")
                .doesNotContain("EHPAD d'un contrat IV ter");
    }

    @Test
    void activityInEnglish() {
        String text = ReportRunner.text(activity(messidor, "en_US", messidor.contractId()).pdf());
        assertThat(text).contains("Activity against target", "Year", "Target", "Realised", "Occupancy", "Threshold",
                "days", "Modulation risk of the contract: ", "Establishments and years at risk",
                "half the shortfall relative to the objective, threshold 92 %", "projected from the activity on")
                .doesNotContain("Activité et objectifs", "journées");
    }

    @Test
    void activityStaysWithinTheTenant() {
        String foreign = ReportRunner.text(activity(messidor, "fr_FR", other.contractId()).pdf());
        assertThat(foreign).contains("contrat introuvable pour cette entité").doesNotContain("HORIZON");
        String own = ReportRunner.text(activity(other, "fr_FR", other.contractId()).pdf());
        assertThat(own).contains("ESAT HORIZON Roanne").doesNotContain("MESSIDOR");
    }

    @Test
    void aContractWithoutActivitySaysSo() {
        String text = ReportRunner.text(activity(messidor, "fr_FR", messidor.emptyContractId()).pdf());
        assertThat(text).contains("Activité et objectifs", "CPOM MESSIDOR 2018-2022",
                "Aucune activité n'est saisie pour ce contrat");
    }

    @Test
    void annualReportShowsTheActivityOfTheYear() throws SQLException {
        List<StoredActivity> stored = storedActivity(messidor.clientId(), messidor.contractId());
        for (int year : new int[] {2016, 2017}) {
            String text = ReportRunner.text(runner.run(ReportRenderer.ANNUAL_REPORT, messidor.clientId(), "fr_FR")
                    .param("CPOM_Contract_ID", SEARCH, messidor.contractId())
                    .param("FiscalYear", ReportRenderer.INTEGER, year).pdf());
            assertThat(text).contains("Activité " + year + " par établissement");
            for (StoredActivity a : stored.stream().filter(a -> a.record().fiscalYear() == year).toList()) {
                ActivityFigures f = OccupancyCalculator.compute(a.record());
                // one line per establishment: name, unit, target, realised (or projected), rates, threshold, risk
                assertThat(text).contains(a.establishment() + " journées " + number(a.record().target()) + " "
                        + number(f.reference()) + " " + percent(f.activityRate()) + " " + percent(f.occupancyRate())
                        + " 92 % " + ReportRunner.euros(a.riskAmt()));
            }
        }
        String empty = ReportRunner.text(runner.run(ReportRenderer.ANNUAL_REPORT, messidor.clientId(), "en_US")
                .param("CPOM_Contract_ID", SEARCH, messidor.emptyContractId())
                .param("FiscalYear", ReportRenderer.INTEGER, 2019).pdf());
        assertThat(empty).contains("Activity of 2019 per establishment", "No activity recorded for this year.");
    }

    @Test
    void bothDesignsDeclareTheParametersAsReportStarterPassesThem() throws Exception {
        assertThat(ReportProcessParametersTest.reportParameters()).contains(
                new ReportProcessParametersTest.ReportParameter(ReportRenderer.DEADLINES, "DateDoc", DATE, false),
                new ReportProcessParametersTest.ReportParameter(ReportRenderer.DEADLINES, "CPOM_Establishment_ID",
                        SEARCH, false),
                new ReportProcessParametersTest.ReportParameter(ReportRenderer.ACTIVITY, "CPOM_Contract_ID", SEARCH,
                        false));
        Map<String, Class<?>> declared = new HashMap<>();
        for (String name : ReportRenderer.CALENDAR_REPORTS) {
            JasperReport design = ReportRunner.compile(name);
            for (JRParameter p : design.getParameters()) {
                declared.put(name + "." + p.getName(), p.getValueClass());
            }
        }
        assertThat(declared.get("Deadlines.DateDoc")).isEqualTo(ReportRenderer.reportStarterType("DateDoc", DATE));
        assertThat(declared.get("Deadlines.CPOM_Contract_ID")).isEqualTo(Integer.class);
        assertThat(declared.get("Deadlines.CPOM_Establishment_ID")).isEqualTo(Integer.class);
        assertThat(declared.get("Activity.CPOM_Contract_ID")).isEqualTo(Integer.class);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static void assertNumber(Object cell, BigDecimal expected, String what) {
        assertThat(cell).as(what).isInstanceOf(Double.class);
        assertThat(BigDecimal.valueOf((Double) cell).setScale(4, RoundingMode.HALF_UP))
                .as(what).isEqualByComparingTo(expected.setScale(4, RoundingMode.HALF_UP));
    }

    private static String number(BigDecimal quantity) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return ReportRenderer.plainSpaces(f.format(quantity));
    }

    private static String percent(BigDecimal pct) {
        DecimalFormat f = new DecimalFormat("#,##0.00 %", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return ReportRenderer.plainSpaces(f.format(pct.movePointLeft(2)));
    }

    /** Rows of the calendar's XLSX keyed by "name|due date", each as the list of its cells' texts. */
    private static Map<String, List<String>> xlsxRowsByCell(byte[] xlsx) {
        Map<String, List<String>> out = new HashMap<>();
        DataFormatter fmt = new DataFormatter(Locale.FRANCE);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    String due = null;
                    for (Cell cell : row) {
                        String v = cell.getCellType() == CellType.NUMERIC
                                && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                                ? cell.getLocalDateTimeCellValue().toLocalDate().format(
                                        DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                                : cell.getCellType() == CellType.NUMERIC
                                        ? new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros()
                                                .toPlainString()
                                        : ReportRenderer.plainSpaces(fmt.formatCellValue(cell));
                        if (due == null && v.matches("\\d\\d/\\d\\d/\\d{4}")) {
                            due = v;
                        }
                        cells.add(v);
                    }
                    if (due != null && cells.size() > 2) {
                        for (String v : cells) {
                            out.putIfAbsent(v + "|" + due, cells);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Detail rows of the activity XLSX keyed by "establishment|year": the cells under each column header (numbers as
     * Double), the establishment being the last section title seen.
     */
    private static Map<String, Map<String, Object>> activityRows(byte[] xlsx) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<Integer, String> headers = new HashMap<>();
            String establishment = null;
            String previous = null;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    // the exporter writes empty text cells around the report's elements: the first one with content
                    Cell first = null;
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.NUMERIC
                                || c.getCellType() == CellType.STRING && !c.getStringCellValue().isBlank()) {
                            first = c;
                            break;
                        }
                    }
                    if (first == null) {
                        continue;
                    }
                    if (first.getCellType() == CellType.STRING && first.getStringCellValue().equals("Année")) {
                        headers.clear();
                        for (Cell c : row) {
                            if (!c.getStringCellValue().isBlank()) {
                                headers.put(c.getColumnIndex(), c.getStringCellValue());
                            }
                        }
                        establishment = previous;
                        continue;
                    }
                    if (first.getCellType() == CellType.STRING) {
                        previous = first.getStringCellValue();
                        continue;
                    }
                    if (first.getCellType() == CellType.NUMERIC && establishment != null && !headers.isEmpty()
                            && first.getColumnIndex() == headers.keySet().stream().min(Integer::compare).orElse(-1)) {
                        Map<String, Object> cells = new HashMap<>();
                        for (Cell c : row) {
                            String h = headers.get(c.getColumnIndex());
                            if (h != null) {
                                cells.put(h, c.getCellType() == CellType.NUMERIC ? (Object) c.getNumericCellValue()
                                        : c.getStringCellValue());
                            }
                        }
                        out.put(establishment + "|" + (int) first.getNumericCellValue(), cells);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static long images(JasperPrint print) {
        long n = 0;
        for (JRPrintPage page : print.getPages()) {
            n += page.getElements().stream().flatMap(CalendarReportsTest::flatten)
                    .filter(e -> e instanceof JRPrintImage).count();
        }
        return n;
    }

    private static Stream<JRPrintElement> flatten(JRPrintElement e) {
        if (e instanceof net.sf.jasperreports.engine.JRPrintFrame f) {
            return Stream.concat(Stream.of(e), f.getElements().stream().flatMap(CalendarReportsTest::flatten));
        }
        return Stream.of(e);
    }

    private int establishment(LoadedSample s, String town) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT CPOM_Establishment_ID FROM CPOM_Establishment WHERE AD_Client_ID=? AND Name LIKE ?")) {
            ps.setInt(1, s.clientId());
            ps.setString(2, "%" + town);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private long count(String sql, int arg) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static LocalDate date(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toLocalDate();
    }
}
