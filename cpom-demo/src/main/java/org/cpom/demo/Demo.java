package org.cpom.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cpom.component.CpomRegistry;
import org.cpom.core.i18n.Language;
import org.cpom.testkit.EmbeddedDatabase;
import org.cpom.testkit.LoadedSample;
import org.cpom.testkit.GenetsSample;
import org.cpom.testkit.MessidorSample;
import org.cpom.testkit.ModelInterfaces;
import org.cpom.testkit.ReportRenderer;
import org.cpom.testkit.SampleCalendar;
import org.cpom.service.ContractWorkbookTemplate;
import org.cpom.service.WorkbookImportResult;

/**
 * The main job on an embedded default: an embedded PostgreSQL with the generated schema, the MESSIDOR sample
 * (13 ESAT, 2013-2017), the CPOM rules over it and over deliberately bad records, and the four reports as PDF.
 * Usage: {@code Demo [outputDir]} (default {@code demo-output}); the p2 site zip path comes in {@code cpom.site.zip}.
 */
public final class Demo {

    private final long start = System.nanoTime();
    private long stepStart;
    private int step;
    private static final int STEPS = 6;

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "demo-output").toAbsolutePath();
        new Demo().run(out);
    }

    private void run(Path out) throws Exception {
        Files.createDirectories(out);

        begin("Plugin and p2 update site");
        String zip = System.getProperty("cpom.site.zip");
        if (zip != null && Files.isRegularFile(Path.of(zip))) {
            System.out.printf("      p2 site zip: %s (%,d bytes)%n", zip, Files.size(Path.of(zip)));
            System.out.println("      install into iDempiere: ./compare-update-prd.sh 'jar:file:" + zip
                    + "!/' org.cpom.plugin org.cpom.feature.feature.group");
        } else {
            System.out.println("      p2 site zip not built (run ./mvnw -B -Pdemo -DskipTests verify from the project root)");
        }
        end();

        begin("Embedded PostgreSQL, generated schema, MESSIDOR sample");
        try (EmbeddedDatabase db = EmbeddedDatabase.start()) {
            LoadedSample s = MessidorSample.messidor().load(db.getDataSource());
            System.out.printf("      %s (port %d): contract #%d, %d establishments, %d-%d, %,d ledger lines%n",
                    db.getJdbcUrl(), db.getPort(), s.contractId(), s.establishmentIds().size(), s.firstYear(),
                    s.lastYear(), s.factAcctRows());
            end();

            begin("CPOM rules over the sample and over bad records");
            ModelInterfaces.initialize(Demo.class.getClassLoader(), CpomRegistry.MODELS.keySet());
            try (Connection c = db.getConnection()) {
                int rows = 0;
                int problems = 0;
                for (SampleAudit.TableAudit a : SampleAudit.run(c, s.clientId(), Language.EN)) {
                    rows += a.rows();
                    problems += a.problems().size();
                    a.problems().forEach(p -> System.out.println("      ! " + p));
                }
                System.out.printf("      sample: %,d rows checked with the plugin's save rules, %d rejected%n", rows, problems);

                Map<String, Long> before = BadRecords.counts(c);
                List<BadRecords.Outcome> outcomes = BadRecords.run(c, s);
                for (BadRecords.Outcome o : outcomes) {
                    System.out.println("      " + (o.rejected() ? "REJECTED " : "ACCEPTED?") + " " + o.attempt());
                    if (o.rejected()) {
                        System.out.println("        fr: " + o.messageFr().replace("\n", "\n            "));
                        if (!o.messageEn().equals(o.messageFr())) {
                            System.out.println("        en: " + o.messageEn().replace("\n", "\n            "));
                        }
                    }
                }
                Map<String, Long> after = BadRecords.counts(c);
                long rejected = outcomes.stream().filter(BadRecords.Outcome::rejected).count();
                System.out.printf("      bad records: %d of %d rejected; database %s%n", rejected, outcomes.size(),
                        before.equals(after) ? "unchanged (row counts of every CPOM table identical)"
                                : "CHANGED: " + before + " -> " + after);
                if (rejected != outcomes.size() || !before.equals(after) || problems > 0) {
                    throw new IllegalStateException("the rules did not behave as the demo expects");
                }
            }
            end();

            begin("Second sample: the GENETS contract (ARS Bretagne + Finistère, IV ter) through the workbook import");
            GenetsSample.Tenant tenant = GenetsSample.loadTenant(db.getDataSource());
            Path workbook = GenetsSample.writeWorkbook(out.resolve("genets-cpom-2021-2026.xlsx"));
            Path template = out.resolve("modele-import-cpom.xlsx");
            ContractWorkbookTemplate.write(template);
            TemplatePicture.draw(template, out.resolve("modele-import-cpom.png"), 34);
            long importStart = System.nanoTime();
            WorkbookImportResult imported = ImportWorkbook.importFile(db.getDataSource(), tenant.clientId(), workbook);
            System.out.printf(Locale.ROOT, "      %s: %s (%.2f s)%n", workbook.getFileName(),
                    imported.render(Language.FR), (System.nanoTime() - importStart) / 1e9);
            if (!imported.isImported()) {
                throw new IllegalStateException("the sample workbook was rejected");
            }
            // signed as the Complete action does (perimeter, axes, budget coverage, total = the authorities'
            // commitment), then its avenant n° 1 of prorogation recorded; a refusal is shown and the draft kept
            org.cpom.core.rule.ValidationResult signed = ImportWorkbook.sign(db.getDataSource(), tenant.clientId(),
                    imported.contractId(), java.time.LocalDate.of(2021, 6, 28));
            if (signed.isValid()) {
                GenetsSample.recordProrogation(db.getDataSource(), imported.contractId());
                System.out.printf(Locale.ROOT, "      signed through the Complete action (%,.2f EUR committed by the "
                        + "ARS and the département); avenant n° 1 of prorogation to 31/12/2026 recorded%n",
                        GenetsSample.commitment());
            } else {
                System.out.println("      signature refused, the contract stays a draft: "
                        + signed.render(Language.EN).replace("\n", "\n        "));
            }
            int genetsFacts = GenetsSample.postLedger(db.getDataSource(), tenant);
            System.out.printf("      %,d ledger lines posted (2021-%d); template: modele-import-cpom.xlsx%n",
                    genetsFacts, GenetsSample.LAST_POSTED_YEAR);
            end();

            begin("Reports (PDF, French) of both contracts from the bundle's designs");
            // filled as iDempiere's ReportStarter fills them: process parameters typed by their AD_Reference; the
            // designs were compiled once by the build (CompileReports) and are only loaded here
            Path compiledDir = Path.of(System.getProperty("cpom.reports.compiled",
                    out.resolve(".compiled-reports").toString()));
            long loadStart = System.nanoTime();
            ReportRenderer renderer = new ReportRenderer(db.getDataSource(), compiledDir);
            record Sample(String prefix, int clientId, int contractId, int from, int to, int annualYear) {
            }
            List<Sample> samples = List.of(
                    new Sample("messidor-", s.clientId(), s.contractId(), s.firstYear(), s.lastYear(), 2015),
                    new Sample("genets-", tenant.clientId(), imported.contractId(), GenetsSample.FIRST_YEAR,
                            GenetsSample.LAST_YEAR, 2023));
            boolean first = true;
            for (Sample sample : samples) {
                Map<String, ReportRenderer.Run> runs = Map.of(
                        ReportRenderer.CONTRACT_BUDGET, renderer.run(ReportRenderer.CONTRACT_BUDGET)
                                .param("CPOM_Contract_ID", ReportRenderer.SEARCH, sample.contractId()),
                        ReportRenderer.BUDGET_VS_ACTUAL, renderer.run(ReportRenderer.BUDGET_VS_ACTUAL)
                                .param("CPOM_Contract_ID", ReportRenderer.SEARCH, sample.contractId())
                                .range("FiscalYear", ReportRenderer.INTEGER, sample.from(), sample.to()),
                        ReportRenderer.ACTION_PLAN, renderer.run(ReportRenderer.ACTION_PLAN)
                                .param("CPOM_Contract_ID", ReportRenderer.SEARCH, sample.contractId()),
                        ReportRenderer.ANNUAL_REPORT, renderer.run(ReportRenderer.ANNUAL_REPORT)
                                .param("CPOM_Contract_ID", ReportRenderer.SEARCH, sample.contractId())
                                .param("FiscalYear", ReportRenderer.INTEGER, sample.annualYear()));
                for (String report : ReportRenderer.REPORTS) {
                    long t = System.nanoTime();
                    byte[] pdf = runs.get(report).client(sample.clientId()).language("fr_FR").pdf();
                    double seconds = (System.nanoTime() - (first ? loadStart : t)) / 1e9;
                    first = false;
                    // MESSIDOR keeps the historical file names (README images); GENETS is prefixed
                    String name = (sample.prefix().equals("messidor-") ? "" : sample.prefix()) + report;
                    Path file = out.resolve(name + ".pdf");
                    Files.write(file, pdf);
                    Path png = ReportRenderer.renderFirstPage(pdf, out.resolve(name + "-page1.png"));
                    System.out.printf(Locale.ROOT, "      %-24s %d pages, %,d bytes, %.2f s, page 1: %s%n",
                            name, ReportRenderer.pdfPages(pdf), pdf.length, seconds, png.getFileName());
                }
                // the calendar seen from the sample's reference date, the modulation risk, and their two reports
                CalendarDemo.run(db.getDataSource(), renderer, out, sample.prefix(), sample.clientId(),
                        sample.contractId(), sample.prefix().equals("messidor-")
                                ? SampleCalendar.MESSIDOR_REFERENCE_DATE : SampleCalendar.GENETS_REFERENCE_DATE);
                // the ERRD, its frame lines, the financial analysis and the EPRD preparation from the books
                boolean isMessidor = sample.prefix().equals("messidor-");
                int statementYear = isMessidor ? 2016 : GenetsSample.LAST_POSTED_YEAR;
                FinanceDemo.run(renderer, out, isMessidor ? "" : sample.prefix(), sample.clientId(),
                        sample.contractId(), statementYear, statementYear + 1);
            }
            end();
        }

        begin("Done");
        System.out.printf(Locale.ROOT, "      total %.1f s (after the build); output in %s%n",
                (System.nanoTime() - start) / 1e9, out);
        end();
    }

    private void begin(String title) {
        step++;
        stepStart = System.nanoTime();
        System.out.printf("[%d/%d] %s%n", step, STEPS, title);
    }

    private void end() {
        System.out.printf(Locale.ROOT, "      ... %.2f s%n", (System.nanoTime() - stepStart) / 1e9);
    }
}
