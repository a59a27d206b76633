package org.cpom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cpom.core.activity.ActivityFigures;
import org.cpom.core.activity.ActivityRecord;
import org.cpom.core.activity.ActivityUnit;
import org.cpom.core.activity.OccupancyCalculator;
import org.cpom.core.i18n.Language;
import org.cpom.core.rule.Coded;
import org.cpom.service.WorkbookImportResult;
import org.cpom.testkit.EmbeddedDatabase;
import org.cpom.testkit.GenetsSample;
import org.cpom.testkit.LoadedSample;
import org.cpom.testkit.MessidorSample;
import org.cpom.testkit.ReportRenderer;
import org.cpom.testkit.SampleCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendar and activity of both samples as the demo loads them: MESSIDOR, and GENETS imported from its workbook,
 * signed and prorogued (which writes its activity and deadlines). The GENETS calendar is checked against the dates
 * of an IV ter contract, its report's statuses against the reference date recomputed here, its activity figures
 * against cpom-core's OccupancyCalculator (journées of the EHPAD over a leap year, actes of the SSIAD, hours of the
 * SAAD) and the SSIAD's amount at risk by hand; the demo's next-deadline and risk listings against SQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarBothSamplesTest {

    private static final LocalDate REF = SampleCalendar.GENETS_REFERENCE_DATE;
    private EmbeddedDatabase db;
    private LoadedSample messidor;
    private int genetsContract;
    private ReportRenderer renderer;

    @BeforeAll
    void load(@TempDir Path dir) throws Exception {
        db = EmbeddedDatabase.start();
        messidor = MessidorSample.messidor().load(db.getDataSource());
        GenetsSample.Tenant genets = GenetsSample.loadTenant(db.getDataSource());
        WorkbookImportResult result = ImportWorkbook.importFile(db.getDataSource(), genets.clientId(),
                GenetsSample.writeWorkbook(dir.resolve("genets.xlsx")));
        assertThat(result.isImported()).as(result.render(Language.EN)).isTrue();
        genetsContract = result.contractId();
        assertThat(ImportWorkbook.sign(db.getDataSource(), genets.clientId(), genetsContract, LocalDate.of(2021, 6, 28))
                .isValid()).isTrue();
        GenetsSample.recordProrogation(db.getDataSource(), genetsContract);
        renderer = new ReportRenderer(db.getDataSource(), Files.createDirectories(dir.resolve("compiled")));
    }

    @AfterAll
    void stop() {
        if (db != null) {
            db.close();
        }
    }

    /** DeadlineKey → due date, IsDone of the GENETS contract. */
    private Map<String, Object[]> deadlines() throws SQLException {
        Map<String, Object[]> out = new LinkedHashMap<>();
        for (Object[] r : rows("SELECT COALESCE(DeadlineKey, 'USER:' || Name), DueDate, IsDone, DeadlineType "
                + "FROM CPOM_Deadline WHERE CPOM_Contract_ID=? ORDER BY DueDate", genetsContract)) {
            out.put((String) r[0], new Object[] {((java.sql.Timestamp) r[1]).toLocalDateTime().toLocalDate(),
                    "Y".equals(r[2]), r[3]});
        }
        return out;
    }

    @Test
    void genetsCalendarHasTheDatesOfAnIvTerContract() throws SQLException {
        Map<String, Object[]> d = deadlines();
        for (int year = 2021; year <= 2026; year++) {
            // an EHPAD contract files an EPRD every year (30 April) and the ERRD on 30 April of the next year
            assertThat(d.get("EPRD/" + year)[0]).isEqualTo(LocalDate.of(year, 4, 30));
            assertThat(d.get("ERRD/" + year)[0]).isEqualTo(LocalDate.of(year + 1, 4, 30));
        }
        assertThat(d.get("ACTF/2026")[0]).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(d.get("MIDR/2023")[0]).isEqualTo(LocalDate.of(2023, 6, 30));
        // prorogued to 31/12/2026: the request is due six months before the new end
        assertThat(d.get("RENW/2026")[0]).isEqualTo(LocalDate.of(2026, 6, 30));
        int ssiad = id("SELECT CPOM_Establishment_ID FROM CPOM_Establishment WHERE Name LIKE 'SSIAD%' "
                + "AND AD_Client_ID=?", GenetsSample.CLIENT_ID);
        assertThat(d.get("MODU/" + ssiad + "/2025")[0]).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(d.keySet().stream().filter(k -> k.startsWith("MODU/"))).hasSize(1);
        assertThat(d.values().stream().filter(v -> "USER".equals(v[2]))).hasSize(1);
        // what was due before the reference date is done, but for the late ones
        assertThat(d.get("ERRD/2024")[1]).isEqualTo(true);
        assertThat(d.get("EPRD/2026")[1]).isEqualTo(false);
    }

    @Test
    void genetsCalendarReportClassifiesAgainstTheReferenceDate() throws SQLException {
        String text = text(renderer.run(ReportRenderer.DEADLINES).client(GenetsSample.CLIENT_ID).language("fr_FR")
                .param("CPOM_Contract_ID", ReportRenderer.SEARCH, genetsContract)
                .param("DateDoc", ReportRenderer.DATE, REF));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Object[] v : deadlines().values()) {
            long days = ChronoUnit.DAYS.between(REF, (LocalDate) v[0]);
            String bucket = (Boolean) v[1] ? "Faites" : days < 0 ? "En retard" : days <= 30 ? "Sous 30 jours"
                    : days <= 60 ? "Sous 60 jours" : days <= 90 ? "Sous 90 jours" : "Au-delà de 90 jours";
            counts.merge(bucket, 1, Integer::sum);
        }
        assertThat(counts).containsKeys("En retard", "Sous 30 jours", "Sous 60 jours", "Sous 90 jours",
                "Au-delà de 90 jours", "Faites");
        counts.forEach((bucket, n) -> assertThat(text).contains(bucket + " : " + n));
        assertThat(text).contains("Situation au 05/10/2025", "EHPAD Les Hortensias (Morlaix)",
                "Visite de la commission de sécurité", "SSIAD du Pays de Cornouaille", "Prévisions d’activité 2026",
                "Loïc Guéguen");
    }

    /** The GENETS activity rows as the core reads them, with the establishment's name. */
    private List<Object[]> activity() throws SQLException {
        List<Object[]> out = new ArrayList<>();
        for (Object[] r : rows("SELECT e.Name, a.FiscalYear, a.ActivityUnit, a.ActivityTarget, a.ActivityActual, "
                + "a.ActivityToDate, a.MeasureDate, a.CapacityInstalled, a.OpeningDays, a.AdmissionsQty, "
                + "a.ModulationRiskAmt, (SELECT SUM(b.Amount) FROM CPOM_BudgetLine b WHERE b.CPOM_Contract_ID = "
                + "a.CPOM_Contract_ID AND b.CPOM_Establishment_ID = a.CPOM_Establishment_ID AND b.FiscalYear = "
                + "a.FiscalYear AND b.FunctionalGroup = 'P1') FROM CPOM_Activity a JOIN CPOM_Establishment e "
                + "ON e.CPOM_Establishment_ID = a.CPOM_Establishment_ID WHERE a.CPOM_Contract_ID=? "
                + "ORDER BY e.Name, a.FiscalYear", genetsContract)) {
            ActivityRecord rec = new ActivityRecord(0, genetsContract, 0, ((Number) r[1]).intValue(),
                    Coded.fromCode(ActivityUnit.class, (String) r[2]), (BigDecimal) r[3], (BigDecimal) r[4],
                    (BigDecimal) r[5], r[6] == null ? null : ((java.sql.Timestamp) r[6]).toLocalDateTime().toLocalDate(),
                    (BigDecimal) r[7], r[8] == null ? null : ((Number) r[8]).intValue(), (BigDecimal) r[9], null, null,
                    null);
            out.add(new Object[] {r[0], rec, r[10], r[11]});
        }
        return out;
    }

    @Test
    void genetsActivityReportPrintsTheCoreFigures() throws SQLException {
        String text = text(renderer.run(ReportRenderer.ACTIVITY).client(GenetsSample.CLIENT_ID).language("fr_FR")
                .param("CPOM_Contract_ID", ReportRenderer.SEARCH, genetsContract));
        List<Object[]> rows = activity();
        assertThat(rows).hasSize(4 * 6);
        for (Object[] row : rows) {
            ActivityRecord r = (ActivityRecord) row[1];
            ActivityFigures f = OccupancyCalculator.compute(r);
            if (f.reference() == null) {
                continue; // 2026: target only
            }
            String line = r.fiscalYear() + " " + (r.unit() == ActivityUnit.DAYS ? "journées"
                    : r.unit() == ActivityUnit.ACTS ? "actes" : "heures");
            assertThat(text).as(row[0] + " " + r.fiscalYear()).contains(line, number(r.target()) + " "
                    + number(f.reference()), percent(f.activityRate()));
            if (f.occupancyRate() != null) {
                assertThat(text).contains(percent(f.activityRate()) + " " + percent(f.occupancyRate()));
            }
        }
        // a leap year counts 366 days: Morlaix's 2024 occupancy by hand
        ActivityRecord morlaix2024 = rows.stream().filter(x -> ((String) x[0]).contains("Morlaix")
                && ((ActivityRecord) x[1]).fiscalYear() == 2024).map(x -> (ActivityRecord) x[1]).findFirst().get();
        assertThat(morlaix2024.openingDays()).isEqualTo(366);
        assertThat(text).contains(percent(morlaix2024.actual().multiply(BigDecimal.valueOf(100))
                .divide(morlaix2024.capacityInstalled().multiply(BigDecimal.valueOf(366)), 2, RoundingMode.HALF_UP)));
        // the SSIAD, projected from 31 August 2025 below 95 % of its objective: pro rata amount by hand
        Object[] ssiad = rows.stream().filter(x -> ((String) x[0]).startsWith("SSIAD")
                && ((ActivityRecord) x[1]).fiscalYear() == 2025).findFirst().get();
        ActivityRecord s = (ActivityRecord) ssiad[1];
        BigDecimal projection = s.toDate().multiply(BigDecimal.valueOf(365)).divide(BigDecimal.valueOf(243), 2,
                RoundingMode.HALF_UP);
        BigDecimal rate = projection.multiply(BigDecimal.valueOf(100)).divide(s.target(), 2, RoundingMode.HALF_UP);
        assertThat(rate).isLessThan(new BigDecimal("95"));
        BigDecimal amount = ((BigDecimal) ssiad[3]).multiply(new BigDecimal("95").subtract(rate))
                .divide(new BigDecimal("190"), 2, RoundingMode.HALF_UP);
        assertThat((BigDecimal) ssiad[2]).isEqualByComparingTo(amount);
        assertThat(text).contains(number(projection), percent(rate), "Risque de modulation du contrat : " + euros(amount),
                "(EHPAD d'un contrat IV ter : moitié de l'écart en points sous 95 % d'occupation)");
        assertThat(rows.stream().filter(x -> ((BigDecimal) x[2]).signum() > 0)).hasSize(1);
    }

    @Test
    void demoListingsMatchTheDatabase() throws SQLException {
        List<CalendarDemo.NextDeadline> next = CalendarDemo.next(db.getDataSource(), GenetsSample.CLIENT_ID,
                genetsContract, REF, 10);
        assertThat(next).hasSize(10);
        assertThat(next).extracting(CalendarDemo.NextDeadline::due).isSorted().allMatch(d -> !d.isBefore(REF));
        assertThat(next.get(0).name()).isEqualTo("Prévisions d’activité 2026");
        assertThat(next.get(0).responsible()).isEqualTo("Loïc Guéguen");
        List<CalendarDemo.Risk> risks = CalendarDemo.risks(db.getDataSource(), GenetsSample.CLIENT_ID, genetsContract);
        assertThat(risks).singleElement().satisfies(r -> {
            assertThat(r.establishment()).isEqualTo("SSIAD du Pays de Cornouaille");
            assertThat(r.rateKind()).isEqualTo("realisation");
            assertThat(r.projected()).isTrue();
        });
        List<CalendarDemo.Risk> messidorRisks = CalendarDemo.risks(db.getDataSource(), messidor.clientId(),
                messidor.contractId());
        assertThat(messidorRisks).singleElement().satisfies(r -> {
            assertThat(r.establishment()).isEqualTo("ESAT MESSIDOR Voiron");
            assertThat(r.rateKind()).isEqualTo("occupancy");
        });
        // a tenant never sees another's deadlines
        assertThat(CalendarDemo.next(db.getDataSource(), messidor.clientId(), genetsContract, REF, 10)).isEmpty();
    }

    private String text(ReportRenderer.Run run) {
        return ReportRenderer.plainSpaces(ReportRenderer.pdfText(run.pdf()));
    }

    private List<Object[]> rows(String sql, int arg) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    private int id(String sql, int arg) throws SQLException {
        return ((Number) rows(sql, arg).get(0)[0]).intValue();
    }

    private static String number(BigDecimal q) {
        return ReportRenderer.plainSpaces(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.FRANCE))
                .format(q));
    }

    private static String percent(BigDecimal pct) {
        return ReportRenderer.plainSpaces(new DecimalFormat("#,##0.00 %", DecimalFormatSymbols.getInstance(Locale.FRANCE))
                .format(pct.movePointLeft(2)));
    }

    private static String euros(BigDecimal amount) {
        return ReportRenderer.plainSpaces(new DecimalFormat("#,##0.00 €", DecimalFormatSymbols.getInstance(Locale.FRANCE))
                .format(amount));
    }
}
