package org.cpom.verify;

import static org.cpom.verify.Session.cols;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.compiere.model.MTable;
import org.compiere.process.ProcessInfo;
import org.compiere.process.ProcessInfoParameter;
import org.compiere.process.ServerProcessCtl;
import org.compiere.util.Env;

/**
 * Every CPOM Java process through iDempiere's process runner (ServerProcessCtl: AD_PInstance created under the
 * session's role, which checks process access, then the class from the plugin's process factory) with its
 * parameters, as a tenant user; the System-only FINESS loader refused to the tenant role with a clear message and
 * run as System.
 */
final class Processes {

    private final Report report;
    private final Session session;
    private final World world;

    Processes(Report report, Session session, World world) {
        this.report = report;
        this.session = session;
        this.world = world;
    }

    record Run(boolean error, String summary) {
    }

    static Run run(String value, String table, int recordId, ProcessInfoParameter... params) {
        int process = Session.value("SELECT AD_Process_ID FROM AD_Process WHERE Value=?", value);
        ProcessInfo pi = new ProcessInfo(value, process, table == null ? 0 : MTable.getTable_ID(table), recordId);
        pi.setAD_Client_ID(Env.getAD_Client_ID(Env.getCtx()));
        pi.setAD_User_ID(Integer.parseInt(Env.getCtx().getProperty("#AD_User_ID", "0")));
        pi.setParameter(params);
        ServerProcessCtl.process(pi, null);
        return new Run(pi.isError(), pi.getSummary());
    }

    static ProcessInfoParameter param(String name, Object value) {
        return new ProcessInfoParameter(name, value, null, null, null);
    }

    void check() throws IOException {
        session.login("fr_FR");
        String tag = "P" + System.currentTimeMillis() / 1000 % 1_000_000;
        // Generate budget years: a drafted contract with its 2025 lines only
        List<Integer> est = Contracts.establishments(tag, 2);
        int bp = Contracts.bpartner(tag);
        int k = Contracts.draft("CPOM-GEN-" + tag, bp, LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31), est, false);
        String trx = Session.newTrx("cpomv-base");
        try {
            for (int e : est) {
                Session.insert("CPOM_BudgetLine", cols("AD_Org_ID", 0, "CPOM_Contract_ID", k, "CPOM_Establishment_ID", e,
                        "FiscalYear", 2025, "Funder", "ARS", "FunctionalGroup", "P1", "BudgetSection", "BPAS",
                        "Amount", new BigDecimal("100000.00")), trx);
            }
            Session.commit(trx);
        } finally {
            Session.close(trx, true);
        }
        Run gen = run("CPOM_GenerateBudgetYears", "CPOM_Contract", k, param("BaseYear", BigDecimal.valueOf(2025)),
                param("GrowthRate", new BigDecimal("2")));
        int lines = Session.value("SELECT COUNT(*) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID=?", k);
        String y2026 = Session.string("SELECT MIN(Amount)::text FROM CPOM_BudgetLine WHERE CPOM_Contract_ID=? AND FiscalYear=2026", k);
        report.check("processes", "Generate budget years (BaseYear 2025, +2 %)", !gen.error() && lines == 10
                && y2026 != null && new BigDecimal(y2026).compareTo(new BigDecimal("102000")) == 0,
                lines + " lines, 2026 amount " + y2026 + "; " + gen.summary());

        if (world == null) {
            report.fail("processes", "processes on the MESSIDOR contract", "not run: the sample was not saved");
        } else {
            int c = world.contractId();
            BigDecimal before = Session.decimal(Session.string("SELECT TotalAmt::text FROM CPOM_Contract WHERE CPOM_Contract_ID=?", c));
            String t2 = Session.newTrx("cpomv-amend");
            int amendment;
            try {
                amendment = Session.insert("CPOM_Amendment", cols("AD_Org_ID", 0, "CPOM_Contract_ID", c,
                        "AmendmentNo", 1, "DateDoc", LocalDate.of(2015, 3, 12),
                        "Description", "Avenant n° 1 : extension de 10 places de l'ESAT de Grenoble",
                        "AmtChange", new BigDecimal("360000")), t2);
                // the avenant's budget change, entered before it is applied: 120,000 a year for Grenoble in 2015-2017 (a cell
                // of its own: the sample already holds the P1 dotation)
                for (int y = 2015; y <= 2017; y++) {
                    Session.insert("CPOM_BudgetLine", cols("AD_Org_ID", 0, "CPOM_Contract_ID", c,
                            "CPOM_Establishment_ID", world.establishments().get(5), "FiscalYear", y, "Payer", "AM",
                            "FunctionalGroup", "P2", "BudgetSection", "BPAS", "Amount", new BigDecimal("120000"),
                            "Description", "Avenant n° 1 : dix places de plus"), t2);
                }
                Session.commit(t2);
            } finally {
                Session.close(t2, true);
            }
            Run apply = run("CPOM_ApplyAmendment", "CPOM_Amendment", amendment);
            BigDecimal after = Session.decimal(Session.string("SELECT TotalAmt::text FROM CPOM_Contract WHERE CPOM_Contract_ID=?", c));
            String processed = Session.string("SELECT Processed FROM CPOM_Amendment WHERE CPOM_Amendment_ID=?", amendment);
            report.check("processes", "Apply amendment (+360,000.00)", !apply.error() && "Y".equals(processed)
                    && after != null && after.subtract(before).compareTo(new BigDecimal("360000")) == 0,
                    "total " + before + " -> " + after + ", Processed " + processed + "; " + apply.summary());
            Run again = run("CPOM_ApplyAmendment", "CPOM_Amendment", amendment);
            BigDecimal after2 = Session.decimal(Session.string("SELECT TotalAmt::text FROM CPOM_Contract WHERE CPOM_Contract_ID=?", c));
            report.check("processes", "Apply the same amendment twice refused", again.error() && after.compareTo(after2) == 0,
                    "error " + again.error() + ", total " + after2 + "; " + again.summary());

            Run late = run("CPOM_FlagLateActionSheets", null, 0, param("CPOM_Contract_ID", BigDecimal.valueOf(c)),
                    param("DateDoc", Timestamp.valueOf(LocalDate.of(2017, 1, 1).atStartOfDay())));
            int lateCount = Session.value("SELECT COUNT(*) FROM CPOM_ActionSheet WHERE CPOM_Contract_ID=? AND ActionStatus='LA'", c);
            report.check("processes", "Flag late action sheets (at 2017-01-01)", !late.error() && lateCount >= 2,
                    lateCount + " sheets late; " + late.summary());

            // Renew: without the LegalBasis parameter it proposes the basis and creates nothing; confirmed, it renews
            int contractsBefore = Session.value("SELECT COUNT(*) FROM CPOM_Contract WHERE AD_Client_ID=?", session.clientId());
            Run proposal = run("CPOM_RenewContract", "CPOM_Contract", c);
            int contractsProposed = Session.value("SELECT COUNT(*) FROM CPOM_Contract WHERE AD_Client_ID=?", session.clientId());
            report.check("processes", "Renew contract without LegalBasis: a proposal, nothing created",
                    contractsProposed == contractsBefore && proposal.summary() != null && !proposal.summary().isBlank(),
                    (contractsProposed - contractsBefore) + " contract(s) created; " + proposal.summary());
            Run renew = run("CPOM_RenewContract", "CPOM_Contract", c, param("LegalBasis", "L122"));
            int contractsAfter = Session.value("SELECT COUNT(*) FROM CPOM_Contract WHERE AD_Client_ID=?", session.clientId());
            report.check("processes", "Renew contract (LegalBasis L313-12-2 confirmed)", !renew.error()
                    && contractsAfter == contractsProposed + 1,
                    (contractsAfter - contractsProposed) + " contract(s) created; " + renew.summary());
        }

        // the workbook import, when the pack has it: a file that is not a workbook is refused and nothing is written
        if (Session.value("SELECT COUNT(*) FROM AD_Process WHERE Value='CPOM_ImportContractWorkbook'") == 1) {
            Path notAWorkbook = Files.createTempFile("contrat-", ".xlsx");
            Files.writeString(notAWorkbook, "ceci n'est pas un classeur", StandardCharsets.UTF_8);
            int contractsBefore = Session.value("SELECT COUNT(*) FROM CPOM_Contract");
            Run imported = run("CPOM_ImportContractWorkbook", null, 0, param("FileName", notAWorkbook.toString()));
            int contractsAfter = Session.value("SELECT COUNT(*) FROM CPOM_Contract");
            report.check("processes", "Import contract workbook: a file that is not a workbook refused, nothing written",
                    imported.error() && contractsAfter == contractsBefore && imported.summary() != null
                            && !imported.summary().isBlank(),
                    "error " + imported.error() + ", contracts " + contractsBefore + " -> " + contractsAfter + "; "
                            + imported.summary());
            Files.deleteIfExists(notAWorkbook);
        }

        // the System-only loader: refused to the tenant role, run by System
        Path file = Files.createTempFile("tre_r66-", ".csv");
        Files.writeString(file, "Code;Libellé;Libellé long\n9" + tag.substring(tag.length() - 2)
                + ";Catégorie de vérification;Catégorie créée par la vérification\n", StandardCharsets.UTF_8);
        int before = Session.value("SELECT COUNT(*) FROM CPOM_FinessCategory");
        Run refused = run("CPOM_LoadFinessCategories", null, 0, param("FileName", file.toString()));
        int afterRefused = Session.value("SELECT COUNT(*) FROM CPOM_FinessCategory");
        report.check("processes", "Load FINESS categories refused to the tenant role", refused.error()
                && before == afterRefused && refused.summary() != null && !refused.summary().isBlank(),
                "error " + refused.error() + ", rows " + before + " -> " + afterRefused + "; " + refused.summary());
        Session system = new Session(0, 0, 100, 0);
        system.login("fr_FR");
        Run loaded = run("CPOM_LoadFinessCategories", null, 0, param("FileName", file.toString()));
        int afterLoad = Session.value("SELECT COUNT(*) FROM CPOM_FinessCategory");
        report.check("processes", "Load FINESS categories as System", !loaded.error() && afterLoad == before + 1,
                "rows " + before + " -> " + afterLoad + "; " + loaded.summary());
        Files.deleteIfExists(file);
        session.login("fr_FR");
    }
}
