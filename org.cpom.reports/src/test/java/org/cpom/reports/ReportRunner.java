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
import java.util.Map;

/** Test-side shortcuts over the testkit's {@link ReportRenderer}, plus the preview artifacts of the build. */
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

    JasperPrint fill(String name, int clientId, String lang, Map<String, Object> processParams) {
        return renderer.fill(name, clientId, lang, processParams);
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
