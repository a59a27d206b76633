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
 * {@value #RUNS} runs of fill + PDF export and of the design's data query alone, and the page count (target ≤ 3 s).
 * Arguments: the row count, {@code --explain} to print the query's executed plan.
 */
public final class ErrdPdfBenchmark {

    static final int ROWS = 5_000_000;
    static final int YEAR = 2015;
    static final int RUNS = 5;

    private ErrdPdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 && args[0].matches("[0-9]+") ? Integer.parseInt(args[0]) : ROWS;
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
            // the design's data query alone, bound as JasperReports binds it (no calendar tables: status N)
            java.util.Map<String, Object> params = new java.util.HashMap<>();
            params.put("AD_CLIENT_ID", s.clientId());
            params.put("EN", Boolean.FALSE);
            params.put("CONTRACT_ID", BudgetVsActualBenchmark.BENCH_CONTRACT);
            params.put("YEAR", YEAR);
            params.put("CPOM_Establishment_ID", null);
            params.put("C_AcctSchema_ID", null);
            params.put("PERIOD_SQL", "'N'");
            BudgetVsActualBenchmark.Bound query = BudgetVsActualBenchmark.bind(ReportRunner.compile("ERRD"), params);
            double[] q = new double[RUNS];
            int n = 0;
            try (Connection c = db.getConnection()) {
                for (int i = 0; i < RUNS; i++) {
                    long a = System.nanoTime();
                    n = BudgetVsActualBenchmark.run(c, query);
                    q[i] = (System.nanoTime() - a) / 1e9;
                }
                if (Arrays.asList(args).contains("--explain")) {
                    BudgetVsActualBenchmark.explain(c, query);
                }
            }
            Arrays.sort(q);
            System.out.printf("ERRD data query: %d rows, best %.2f s, median %.2f s%n", n, q[0], q[RUNS / 2]);
            Arrays.sort(fill);
            Arrays.sort(total);
            System.out.printf("ERRD %d, %d pages: fill best %.2f s, median %.2f s; fill + PDF best %.2f s, median %.2f s "
                    + "(target <= 3 s)%n", YEAR, pages, fill[0], fill[RUNS / 2], total[0], total[RUNS / 2]);
        }
    }
}
