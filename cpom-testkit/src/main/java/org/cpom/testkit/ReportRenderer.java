package org.cpom.testkit;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import javax.imageio.ImageIO;
import javax.sql.DataSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the CPOM reports outside iDempiere the way iDempiere's ReportStarter runs them: the .jrxml is compiled from
 * the classpath ({@code reports/<Name>.jrxml}, shipped by org.cpom.reports), the automatic parameters
 * AD_CLIENT_ID, CURRENT_LANG and REPORT_LOCALE are set, the process parameters are passed by column name, and the
 * report is filled on a JDBC connection. Used by the report tests and the demo.
 *
 * <pre>
 * ReportRenderer r = new ReportRenderer(db.getDataSource());
 * byte[] pdf = r.pdf("BudgetVsActual", sample.clientId(), "fr_FR",
 *         Map.of("CPOM_Contract_ID", sample.contractId(), "FiscalYear1", 2013, "FiscalYear2", 2017));
 * </pre>
 */
public final class ReportRenderer {

    /** The four reports of org.cpom.reports. */
    public static final String CONTRACT_BUDGET = "ContractBudget";
    public static final String BUDGET_VS_ACTUAL = "BudgetVsActual";
    public static final String ACTION_PLAN = "ActionPlan";
    public static final String ANNUAL_REPORT = "AnnualReport";
    public static final String[] REPORTS = {CONTRACT_BUDGET, BUDGET_VS_ACTUAL, ACTION_PLAN, ANNUAL_REPORT};

    private final DataSource dataSource;
    /** Compiled designs of this renderer instance (compilation takes about a second each). */
    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    public ReportRenderer(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource);
    }

    /** Compiles {@code reports/<name>.jrxml} from the classpath. */
    public static JasperReport compile(String name) {
        ClassLoader cl = Objects.requireNonNullElse(Thread.currentThread().getContextClassLoader(),
                ReportRenderer.class.getClassLoader());
        try (InputStream in = cl.getResourceAsStream("reports/" + name + ".jrxml")) {
            if (in == null) {
                throw new IllegalStateException("reports/" + name + ".jrxml is not on the classpath "
                        + "(add the org.cpom.reports bundle)");
            }
            return JasperCompileManager.compileReport(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot compile " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fills a report.
     *
     * @param name          report name, e.g. {@link #BUDGET_VS_ACTUAL}
     * @param clientId      AD_CLIENT_ID of the session
     * @param lang          CURRENT_LANG, e.g. {@code fr_FR} or {@code en_US}
     * @param processParams process parameters by column name (CPOM_Contract_ID, FiscalYear1, FiscalYear2, ...)
     */
    public JasperPrint fill(String name, int clientId, String lang, Map<String, Object> processParams) {
        JasperReport report = compiled.computeIfAbsent(name, ReportRenderer::compile);
        Map<String, Object> params = new HashMap<>(processParams);
        params.put("AD_CLIENT_ID", clientId);
        params.put("CURRENT_LANG", lang);
        params.put("REPORT_LOCALE", lang.startsWith("en") ? Locale.US : Locale.FRANCE);
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            return JasperFillManager.fillReport(report, params, c);
        } catch (SQLException | JRException e) {
            throw new IllegalStateException("Cannot fill " + name + ": " + e.getMessage(), e);
        }
    }

    /** Fills and exports to PDF. */
    public byte[] pdf(String name, int clientId, String lang, Map<String, Object> processParams) {
        return toPdf(fill(name, clientId, lang, processParams));
    }

    /** Fills and exports to XLSX. */
    public byte[] xlsx(String name, int clientId, String lang, Map<String, Object> processParams) {
        return toXlsx(fill(name, clientId, lang, processParams));
    }

    public static byte[] toPdf(JasperPrint print) {
        try {
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException e) {
            throw new IllegalStateException("PDF export failed: " + e.getMessage(), e);
        }
    }

    public static byte[] toXlsx(JasperPrint print) {
        JRXlsxExporter exporter = new JRXlsxExporter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration conf = new SimpleXlsxReportConfiguration();
        conf.setDetectCellType(true);
        conf.setOnePagePerSheet(false);
        exporter.setConfiguration(conf);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("XLSX export failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Text of a PDF; narrow and no-break spaces (French number grouping) become plain spaces. */
    public static String pdfText(byte[] pdf) {
        try (PDDocument doc = PDDocument.load(pdf)) {
            return plainSpaces(new PDFTextStripper().getText(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pdfPages(byte[] pdf) {
        try (PDDocument doc = PDDocument.load(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders page 1 of a PDF to a PNG file (parent folders created). */
    public static Path renderFirstPage(byte[] pdf, Path png) {
        try (PDDocument doc = PDDocument.load(pdf)) {
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 110, ImageType.RGB);
            Path parent = png.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(img, "png", png.toFile());
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String plainSpaces(String s) {
        return s.replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}
