package org.cpom.reports;

import org.cpom.testkit.EmbeddedDatabase;
import org.cpom.testkit.LoadedSample;
import org.cpom.testkit.MessidorSample;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import org.cpom.reports.BudgetVsActualBenchmark.Bound;

/**
 * Speed of the ledger query layer for the ERRD (run with {@code -Pbenchmark}, never as a unit test): 5,000,000
 * posted Fact_Acct rows over 100 establishments × 5 years. Side by side in one run, best and median of
 * {@value #RUNS} interleaved runs of
 * <ul>
 * <li>the ERRD data query: one year of cpom_ledger (client, primary schema, posted actuals, mapping) grouped by
 * establishment of the contract × functional group × budget section;</li>
 * <li>a plain GROUP BY of the same rows: that year's posted lines of the client and schema by organisation,
 * account and year, straight from Fact_Acct, with no mapping and no perimeter;</li>
 * </ul>
 * and their ratio (target ≤ 1.2): of the best runs, of the medians, and the median of the per-pair ratios (each pair
 * runs back to back, so it is the measure least disturbed by other builds on the machine). {@code --explain}
 * prints both executed plans.
 */
public final class ErrdLedgerBenchmark {

    static final int ROWS = 5_000_000;
    static final int YEAR = 2015;
    static final int RUNS = 11;

    /** The SELECT the ERRD groups the ledger with (establishment × group × section, one year). */
    static final String ERRD = "SELECT e.CPOM_Establishment_ID, l.FunctionalGroup, l.BudgetSection, "
            + "SUM(CASE WHEN l.FunctionalGroup LIKE 'C%' THEN l.AmtAcctDr - l.AmtAcctCr "
            + "ELSE l.AmtAcctCr - l.AmtAcctDr END) AS Amount "
            + "FROM cpom_ledger(?, ?, ?, ?, NULL) l "
            + "JOIN CPOM_Establishment e ON e.AD_Org_ID = l.AD_Org_ID AND e.AD_Client_ID = ? "
            + "JOIN CPOM_ContractEstablishment ce ON ce.CPOM_Establishment_ID = e.CPOM_Establishment_ID "
            + "AND ce.CPOM_Contract_ID = ? AND ce.IsActive = 'Y' "
            + "WHERE l.FunctionalGroup IS NOT NULL GROUP BY 1, 2, 3";
    static final String PLAIN = "SELECT f.AD_Org_ID, f.Account_ID, EXTRACT(YEAR FROM f.DateAcct)::int, "
            + "SUM(f.AmtAcctDr), SUM(f.AmtAcctCr) FROM Fact_Acct f WHERE f.AD_Client_ID = ? AND f.PostingType = 'A' "
            + "AND f.C_AcctSchema_ID = ? AND f.DateAcct >= make_date(?, 1, 1) AND f.DateAcct < make_date(? + 1, 1, 1) "
            + "GROUP BY 1, 2, 3";

    private ErrdLedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start()) {
            LoadedSample s = MessidorSample.messidor().load(db.getDataSource());
            long t0 = System.nanoTime();
            try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
                BudgetVsActualBenchmark.populate(st, s.clientId(), ROWS);
            }
            System.out.printf("Loaded %,d Fact_Acct rows for %d establishments x %d years in %.1f s%n", ROWS,
                    BudgetVsActualBenchmark.ORGS, BudgetVsActualBenchmark.LAST_YEAR
                            - BudgetVsActualBenchmark.FIRST_YEAR + 1, (System.nanoTime() - t0) / 1e9);
            Bound errd = new Bound(ERRD, Arrays.asList(s.clientId(), null, YEAR, YEAR, s.clientId(),
                    BudgetVsActualBenchmark.BENCH_CONTRACT));
            Bound plain = new Bound(PLAIN, List.of(s.clientId(), s.acctSchemaId(), YEAR, YEAR));
            double[] te = new double[RUNS];
            double[] tp = new double[RUNS];
            int rowsErrd = 0;
            int rowsPlain = 0;
            try (Connection c = db.getConnection()) {
                BudgetVsActualBenchmark.run(c, plain);
                BudgetVsActualBenchmark.run(c, errd);
                // pairs run back to back, in alternating order, so a burst of load elsewhere hits both alike
                for (int i = 0; i < RUNS; i++) {
                    for (int k = 0; k < 2; k++) {
                        boolean plainTurn = (i + k) % 2 == 0;
                        long a = System.nanoTime();
                        int n = BudgetVsActualBenchmark.run(c, plainTurn ? plain : errd);
                        double ms = (System.nanoTime() - a) / 1e6;
                        if (plainTurn) {
                            rowsPlain = n;
                            tp[i] = ms;
                        } else {
                            rowsErrd = n;
                            te[i] = ms;
                        }
                    }
                }
                if (Arrays.asList(args).contains("--explain")) {
                    BudgetVsActualBenchmark.explain(c, plain);
                    BudgetVsActualBenchmark.explain(c, errd);
                }
            }
            double ratio = BudgetVsActualBenchmark.min(te) / BudgetVsActualBenchmark.min(tp);
            System.out.printf("Plain GROUP BY over Fact_Acct (%d) : best %7.1f ms, median %7.1f ms (%d groups)  runs %s%n",
                    YEAR, BudgetVsActualBenchmark.min(tp), BudgetVsActualBenchmark.median(tp), rowsPlain,
                    Arrays.toString(BudgetVsActualBenchmark.round(tp)));
            System.out.printf("ERRD query through cpom_ledger     : best %7.1f ms, median %7.1f ms (%d rows)    runs %s%n",
                    BudgetVsActualBenchmark.min(te), BudgetVsActualBenchmark.median(te), rowsErrd,
                    Arrays.toString(BudgetVsActualBenchmark.round(te)));
            double[] pairs = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                pairs[i] = te[i] / tp[i];
            }
            System.out.printf("Ratio ERRD/plain                   : best runs %.2f, medians %.2f, median of the %d pairs %.2f "
                            + "(target <= 1.20) %s%n", ratio,
                    BudgetVsActualBenchmark.median(te) / BudgetVsActualBenchmark.median(tp), RUNS,
                    BudgetVsActualBenchmark.median(pairs), BudgetVsActualBenchmark.median(pairs) <= 1.2 ? "OK"
                            : "OVER TARGET");
        }
    }
}
