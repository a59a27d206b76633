package org.cpom.verify;

import java.time.LocalDate;
import java.util.List;

import org.compiere.process.DocAction;

/**
 * The contract's life through the DocAction button on the real DocumentEngine and workflow: drafted → prepared
 * (IP) → signed (CO) → closed (CL), a void refused on a signed contract, and a draft voided. At each step the
 * status and the actions offered are those the plugin's tests specify: Prepare/Complete/Void on a draft;
 * Complete/Void and no Re-activate in negotiation (the engine cannot re-activate from IP); only Close once signed;
 * nothing once closed or voided.
 */
final class DocumentActions {

    private final Report report;
    private final Session session;

    DocumentActions(Report report, Session session) {
        this.report = report;
        this.session = session;
    }

    void check() {
        session.login("en_US");
        String tag = "D" + System.currentTimeMillis() / 1000 % 1_000_000;
        List<Integer> est = Contracts.establishments(tag, 2);
        int bp = Contracts.bpartner(tag);
        int k = Contracts.draft("CPOM-DOC-" + tag, bp, LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31), est, true);

        offered("DR", k, List.of("PR", "CO", "VO"), List.of("RE", "CL", "RC", "RA"));
        step(k, DocAction.ACTION_Prepare, DocAction.STATUS_InProgress);
        offered("IP", k, List.of("CO", "VO"), List.of("RE", "CL", "RC", "RA"));
        step(k, DocAction.ACTION_Complete, DocAction.STATUS_Completed);
        String signed = Session.string("SELECT Processed || ' ' || COALESCE(TO_CHAR(DateSigned,'YYYY-MM-DD'),'-')"
                + " FROM CPOM_Contract WHERE CPOM_Contract_ID=?", k);
        report.check("document actions", "signed contract is processed with a signature date",
                signed != null && signed.startsWith("Y ") && !signed.endsWith("-"), "Processed, DateSigned: " + signed);
        offered("CO", k, List.of("CL"), List.of("VO", "RE", "RC", "RA", "PR"));
        Contracts.Press voided = Contracts.press(k, DocAction.ACTION_Void);
        report.check("document actions", "void of a signed contract refused", DocAction.STATUS_Completed.equals(voided.status()),
                "status " + voided.status() + "; " + voided.summary());
        step(k, DocAction.ACTION_Close, DocAction.STATUS_Closed);
        offered("CL", k, List.of(), List.of("CO", "VO", "RE", "PR", "CL"));

        int d = Contracts.draft("CPOM-VO-" + tag, bp, LocalDate.of(2030, 1, 1), LocalDate.of(2034, 12, 31), List.of(), false);
        step(d, DocAction.ACTION_Void, DocAction.STATUS_Voided);
        offered("VO", d, List.of(), List.of("CO", "VO", "RE", "PR", "CL"));
    }

    private void step(int contract, String action, String expected) {
        String before = Contracts.status(contract);
        Contracts.Press p = Contracts.press(contract, action);
        report.check("document actions", before + " --" + action + "--> " + expected, expected.equals(p.status()) && !p.error(),
                "status " + p.status() + (p.error() ? " (process error)" : "") + "; " + p.summary());
    }

    private void offered(String status, int contract, List<String> must, List<String> mustNot) {
        List<String> actual = Contracts.offered(contract);
        boolean ok = actual.containsAll(must) && mustNot.stream().noneMatch(actual::contains)
                && status.equals(Contracts.status(contract));
        report.check("document actions", "actions offered at " + status, ok, actual + " (expected " + must
                + (mustNot.isEmpty() ? "" : ", never " + mustNot) + ")");
    }
}
