package org.cpom.verify;

import static org.cpom.verify.Session.cols;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The overlap race on the real server: two sessions, each in its own transaction, add the same establishment to
 * two overlapping drafted contracts at the same moment. The save rules alone cannot see the other uncommitted
 * row; the perimeter guard must let exactly one commit.
 */
final class OverlapRace {

    private final Report report;
    private final Session session;

    OverlapRace(Report report, Session session) {
        this.report = report;
        this.session = session;
    }

    void check() throws Exception {
        session.login("en_US");
        String tag = "R" + System.currentTimeMillis() / 1000 % 1_000_000;
        int est = Contracts.establishments(tag, 1).get(0);
        int bp = Contracts.bpartner(tag);
        int a = Contracts.draft("CPOM-RA-" + tag, bp, LocalDate.of(2030, 1, 1), LocalDate.of(2034, 12, 31), List.of(), false);
        int b = Contracts.draft("CPOM-RB-" + tag, bp, LocalDate.of(2032, 1, 1), LocalDate.of(2036, 12, 31), List.of(), false);
        CyclicBarrier start = new CyclicBarrier(2);
        AtomicReferenceArray<String> outcome = new AtomicReferenceArray<>(2);
        Thread[] threads = new Thread[2];
        int[] contracts = {a, b};
        for (int i = 0; i < 2; i++) {
            int n = i;
            threads[i] = new Thread(() -> {
                session.login("en_US");
                String trx = Session.newTrx("cpomv-race" + n);
                boolean ok = false;
                try {
                    start.await(30, TimeUnit.SECONDS);
                    Session.insert("CPOM_ContractEstablishment", cols("AD_Org_ID", 0, "CPOM_Contract_ID", contracts[n],
                            "CPOM_Establishment_ID", est), trx);
                    Session.commit(trx);
                    ok = true;
                    outcome.set(n, "committed");
                } catch (Throwable t) {
                    outcome.set(n, "refused: " + Verification.rootMessage(t));
                } finally {
                    Session.close(trx, ok);
                }
            }, "cpom-race-" + i);
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join(120_000);
        }
        int rows = Session.value("SELECT COUNT(*) FROM CPOM_ContractEstablishment WHERE CPOM_Establishment_ID=?"
                + " AND CPOM_Contract_ID IN (?,?)", est, a, b);
        long committed = java.util.stream.IntStream.range(0, 2).filter(i -> "committed".equals(outcome.get(i))).count();
        report.check("race", "same establishment in two overlapping contracts at once: one winner",
                rows == 1 && committed == 1, rows + " row(s) in the database; A " + outcome.get(0) + "; B " + outcome.get(1));
    }
}
