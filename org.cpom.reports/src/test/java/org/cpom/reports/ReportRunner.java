package org.cpom.reports;

import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.cpom.testkit.ReportRenderer;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import static org.cpom.testkit.ReportRenderer.INTEGER;
import static org.cpom.testkit.ReportRenderer.SEARCH;

/**
 * Test-side shortcuts over the testkit's {@link ReportRenderer} (the one way reports are filled, typed as
 * iDempiere's ReportStarter types them), plus the preview artifacts of the build.
 */
final class ReportRunner {

    static final String[] REPORTS = ReportRenderer.REPORTS;
    static final Path PREVIEWS = Path.of("target", "report-previews");

    private final ReportRenderer renderer;

    ReportRunner(DataSource dataSource) {
        this.renderer = new ReportRenderer(dataSource);
    }

    static JasperReport compile(String name) {
        return ReportRenderer.compile(name);
    }

    /** A run of a report in this client's session, parameters still to add. */
    ReportRenderer.Run run(String report, int clientId, String lang) {
        return renderer.run(report).client(clientId).language(lang);
    }

    /**
     * A run with the process parameters of the report's AD_Process as a user fills them: the contract (Search),
     * and the year range (Integer, range) of the budget-vs-actual report or the year (Integer) of the annual report.
     */
    ReportRenderer.Run contract(String report, int clientId, String lang, int contractId, int yearFrom, int yearTo,
                                int year) {
        ReportRenderer.Run run = run(report, clientId, lang).param("CPOM_Contract_ID", SEARCH, contractId);
        switch (report) {
            case ReportRenderer.BUDGET_VS_ACTUAL -> run.range("FiscalYear", INTEGER, yearFrom, yearTo);
            case ReportRenderer.ANNUAL_REPORT -> run.param("FiscalYear", INTEGER, year);
            default -> { }
        }
        return run;
    }

    static byte[] pdf(JasperPrint print) {
        return ReportRenderer.toPdf(print);
    }

    static byte[] xlsx(JasperPrint print) {
        return ReportRenderer.toXlsx(print);
    }

    static String text(byte[] pdf) {
        return ReportRenderer.pdfText(pdf);
    }

    static int pages(byte[] pdf) {
        return ReportRenderer.pdfPages(pdf);
    }

    /** Page 1 as target/report-previews/&lt;file&gt;.png, next to the whole PDF. */
    static Path preview(byte[] pdf, String file) {
        try {
            Files.createDirectories(PREVIEWS);
            Files.write(PREVIEWS.resolve(file + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ReportRenderer.renderFirstPage(pdf, PREVIEWS.resolve(file + ".png"));
    }

    /** The reports' French amount format, computed independently of them: 1 234 567,89 €. */
    static String euros(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00 €", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return ReportRenderer.plainSpaces(f.format(amount));
    }
}
