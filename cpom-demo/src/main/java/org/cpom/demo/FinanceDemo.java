package org.cpom.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import net.sf.jasperreports.engine.JasperPrint;

import org.cpom.testkit.ReportRenderer;

/**
 * The demo's statements from the books for one contract: the ERRD of a year (PDF, XLSX, PNG of page 1), its
 * lines in the order of the normalised frame (XLSX), the financial analysis (PDF, XLSX) and the EPRD preparation
 * with its financing plan (PDF), filled as iDempiere's ReportStarter fills them.
 */
final class FinanceDemo {

    private FinanceDemo() {
    }

    /**
     * @param prefix    file name prefix ("" for MESSIDOR, whose files the README shows)
     * @param year      the ERRD and financial-analysis year (a year with posted ledger lines)
     * @param eprdYear  the EPRD year (its plan opens on the balance sheet of the year before)
     */
    static void run(ReportRenderer renderer, Path out, String prefix, int clientId, int contractId, int year,
            int eprdYear) throws IOException {
        statement(renderer, out, prefix, ReportRenderer.ERRD, clientId, contractId, year, true, true);
        statement(renderer, out, prefix, ReportRenderer.ERRD_FRAME, clientId, contractId, year, false, true);
        statement(renderer, out, prefix, ReportRenderer.FINANCIAL_ANALYSIS, clientId, contractId, year, true, true);
        statement(renderer, out, prefix, ReportRenderer.EPRD, clientId, contractId, eprdYear, true, false);
    }

    private static void statement(ReportRenderer renderer, Path out, String prefix, String report, int clientId,
            int contractId, int year, boolean pdf, boolean xlsx) throws IOException {
        long t = System.nanoTime();
        JasperPrint print = renderer.run(report).client(clientId).language("fr_FR")
                .param("CPOM_Contract_ID", ReportRenderer.SEARCH, contractId)
                .param("FiscalYear", ReportRenderer.INTEGER, year).fill();
        String name = prefix + report;
        StringBuilder files = new StringBuilder();
        int pages = print.getPages().size();
        if (pdf) {
            byte[] bytes = ReportRenderer.toPdf(print);
            Files.write(out.resolve(name + ".pdf"), bytes);
            Path png = ReportRenderer.renderFirstPage(bytes, out.resolve(name + "-page1.png"));
            files.append(name).append(".pdf, ").append(png.getFileName());
        }
        if (xlsx) {
            Files.write(out.resolve(name + ".xlsx"), ReportRenderer.toXlsx(print));
            files.append(files.length() > 0 ? ", " : "").append(name).append(".xlsx");
        }
        System.out.printf(Locale.ROOT, "      %-24s %d, %d pages, %.2f s: %s%n", name, year, pages,
                (System.nanoTime() - t) / 1e9, files);
    }
}
