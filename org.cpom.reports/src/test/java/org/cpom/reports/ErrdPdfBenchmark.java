package org.cpom.reports;

import net.sf.jasperreports.engine.JasperPrint;
import org.cpom.testkit.EmbeddedDatabase;
import org.cpom.testkit.LoadedSample;
import org.cpom.testkit.MessidorSample;
import org.cpom.testkit.ReportRenderer;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Time to fill and export the ERRD PDF over a large ledger (a test-scope main class, never a unit test):
 * {@value #ROWS} posted Fact_Acct rows over 100 establishments × 5 years (the rows of
 * {@link BudgetVsActualBenchmark#populate}), the ERRD of one year for the whole perimeter (100 statements, the
 * consolidated one and the detail by account), filled as ReportStarter fills it. Prints the best and the median of
 * {@value #RUNS} runs of fill + PDF export, and the page count (target ≤ 3 s). Argument: the row count.
 */
public final class ErrdPdfBenchmark {

    static final int ROWS = 5_000_000;
    static final int YEAR = 2015;
    static final int RUNS = 5;

    private ErrdPdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : ROWS;
        try (EmbeddedDatabase db = EmbeddedDatabase.start()) {
            LoadedSample s = MessidorSample.messidor().load(db.getDataSource());
            long t0 = System.nanoTime();
            try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
                BudgetVsActualBenchmark.populate(st, s.clientId(), rows);
                st.execute("ANALYZE");
            }
            System.out.printf("Loaded %,d Fact_Acct rows in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
            ReportRenderer renderer = new ReportRenderer(db.getDataSource());
            double[] fill = new double[RUNS];
            double[] total = new double[RUNS];
            int pages = 0;
            renderer.run(ReportRenderer.ERRD).client(s.clientId()).language("fr_FR")
                    .param("CPOM_Contract_ID", ReportRenderer.SEARCH, BudgetVsActualBenchmark.BENCH_CONTRACT)
                    .param("FiscalYear", ReportRenderer.INTEGER, YEAR).pdf(); // compiles the design, warms up
            for (int i = 0; i < RUNS; i++) {
                long a = System.nanoTime();
                JasperPrint print = renderer.run(ReportRenderer.ERRD).client(s.clientId()).language("fr_FR")
                        .param("CPOM_Contract_ID", ReportRenderer.SEARCH, BudgetVsActualBenchmark.BENCH_CONTRACT)
                        .param("FiscalYear", ReportRenderer.INTEGER, YEAR).fill();
                fill[i] = (System.nanoTime() - a) / 1e9;
                byte[] pdf = ReportRenderer.toPdf(print);
                total[i] = (System.nanoTime() - a) / 1e9;
                pages = ReportRenderer.pdfPages(pdf);
            }
            Arrays.sort(fill);
            Arrays.sort(total);
            System.out.printf("ERRD %d, %d pages: fill best %.2f s, median %.2f s; fill + PDF best %.2f s, median %.2f s "
                    + "(target <= 3 s)%n", YEAR, pages, fill[0], fill[RUNS / 2], total[0], total[RUNS / 2]);
        }
    }
}
