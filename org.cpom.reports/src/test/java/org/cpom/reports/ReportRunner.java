package org.cpom.reports;

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
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles the shipped .jrxml files and runs them the way iDempiere's ReportStarter does: parameters by name
 * (AD_CLIENT_ID, CURRENT_LANG, REPORT_LOCALE, process parameters) and fill on a JDBC connection.
 */
final class ReportRunner {

    static final String[] REPORTS = {"ContractBudget", "BudgetVsActual", "ActionPlan", "AnnualReport"};
    static final Path PREVIEWS = Path.of("target", "report-previews");

    private final DataSource dataSource;
    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    ReportRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static JasperReport compile(String name) {
        try (InputStream in = ReportRunner.class.getClassLoader()
                .getResourceAsStream("reports/" + name + ".jrxml")) {
            if (in == null) {
                throw new IllegalStateException("reports/" + name + ".jrxml not on the classpath");
            }
            return JasperCompileManager.compileReport(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot compile " + name + ": " + e.getMessage(), e);
        }
    }

    JasperPrint fill(String name, int clientId, String lang, Map<String, Object> processParams) {
        JasperReport report = compiled.computeIfAbsent(name, ReportRunner::compile);
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

    static byte[] pdf(JasperPrint print) {
        try {
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] xlsx(JasperPrint print) {
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
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** Text of the PDF, with the narrow/no-break spaces of French number formatting turned into plain spaces. */
    static String text(byte[] pdf) {
        try (PDDocument doc = PDDocument.load(pdf)) {
            return normalize(new PDFTextStripper().getText(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = PDDocument.load(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders page 1 to target/report-previews/&lt;file&gt;.png (a build artifact to look at). */
    static Path preview(byte[] pdf, String file) {
        try (PDDocument doc = PDDocument.load(pdf)) {
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 110, ImageType.RGB);
            Files.createDirectories(PREVIEWS);
            Path out = PREVIEWS.resolve(file + ".png");
            ImageIO.write(img, "png", out.toFile());
            Files.write(PREVIEWS.resolve(file + ".pdf"), pdf);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** French amount format used by the reports: 1 234 567,89 €. */
    static String euros(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00 €", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return normalize(f.format(amount));
    }

    static String normalize(String s) {
        return s.replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}
