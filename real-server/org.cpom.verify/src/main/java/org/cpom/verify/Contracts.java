package org.cpom.verify;

import static org.cpom.verify.Session.cols;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.compiere.model.MTable;
import org.compiere.model.PO;
import org.compiere.process.DocAction;
import org.compiere.process.DocumentEngine;
import org.compiere.process.ProcessInfo;
import org.compiere.process.ServerProcessCtl;
import org.compiere.util.Env;

/**
 * Small contracts saved through POs for the document-action, process and race checks, and the DocAction button
 * as iDempiere's window runs it: DocAction written on the record, then the column's process (the contract
 * workflow) through ServerProcessCtl.
 */
final class Contracts {

    /** A contract with its establishments. */
    record Small(int contractId, List<Integer> establishments, int bpartnerId) {
    }

    private Contracts() {
    }

    /**
     * The FINESS category of that code: the 2Pack's System row; when the pack did not bring it, a row of the
     * tenant saved through PO, so the other checks still run (the sample group reports the missing row).
     */
    static int category(String value, String name) {
        int id = Session.value("SELECT COALESCE(MIN(CPOM_FinessCategory_ID),0) FROM CPOM_FinessCategory WHERE Value=?"
                + " AND AD_Client_ID IN (0,?)", value, org.compiere.util.Env.getAD_Client_ID(org.compiere.util.Env.getCtx()));
        if (id > 0) {
            return id;
        }
        String trx = Session.newTrx("cpomv-cat");
        boolean ok = false;
        try {
            id = Session.insert("CPOM_FinessCategory", cols("AD_Org_ID", 0, "Value", value, "Name", name), trx);
            Session.commit(trx);
            ok = true;
            return id;
        } finally {
            Session.close(trx, ok);
        }
    }

    /** New organisations and ESAT establishments (valid FINESS of the Rhône), committed. */
    static List<Integer> establishments(String tag, int count) {
        String trx = Session.newTrx("cpomv-est");
        boolean ok = false;
        try {
            List<Integer> ids = new ArrayList<>();
            int serial = (int) (System.nanoTime() / 1000 % 400_000); // distinct FINESS per call: unique in the client
            for (int i = 0; i < count; i++) {
                int org = Session.insert("AD_Org", cols("Value", "V" + tag + "-" + i, "Name", "ESAT vérification " + tag
                        + " " + i, "IsSummary", Boolean.FALSE), trx);
                ids.add(Session.insert("CPOM_Establishment", cols("AD_Org_ID", org,
                        "FINESS_EG", MessidorThroughPo.finess("69", serial + 11 * i),
                        "FINESS_EJ", MessidorThroughPo.finess("69", serial + 500_000), "Name", "ESAT " + tag + "-" + i,
                        "CapacityAuthorised", new BigDecimal("40"), "CapacityInstalled", new BigDecimal("40"),
                        "OpeningDays", 228, "Departement", "69", "TariffAuthority", "ARS",
                        "CPOM_FinessCategory_ID", category("246", "Etablissement et Service d'Aide par le Travail (E.S.A.T.)")),
                        trx));
            }
            Session.commit(trx);
            ok = true;
            return ids;
        } finally {
            Session.close(trx, ok);
        }
    }

    static int bpartner(String tag) {
        String trx = Session.newTrx("cpomv-bp");
        boolean ok = false;
        try {
            int id = Session.insert("C_BPartner", cols("Value", "ARS-" + tag, "Name", "ARS " + tag, "IsVendor",
                    Boolean.TRUE), trx);
            Session.commit(trx);
            ok = true;
            return id;
        } finally {
            Session.close(trx, ok);
        }
    }

    /**
     * A drafted contract over [from, to] with the given perimeter, one axis and, when {@code budget}, one ARS
     * dotation line of 100,000.00 per establishment and year (TotalAmt their sum), committed.
     */
    static int draft(String documentNo, int bpartner, LocalDate from, LocalDate to, List<Integer> perimeter,
            boolean budget) {
        String trx = Session.newTrx("cpomv-contract");
        boolean ok = false;
        try {
            int contract = Session.insert("CPOM_Contract", cols("AD_Org_ID", 0, "DocumentNo", documentNo,
                    "Name", "CPOM " + documentNo, "LegalBasis", "L11", "ARS_BPartner_ID", bpartner, "DateFrom", from,
                    "DateTo", to, "IsExtended", Boolean.FALSE, "TotalAmt", BigDecimal.ZERO), trx);
            for (int e : perimeter) {
                Session.insert("CPOM_ContractEstablishment", cols("AD_Org_ID", 0, "CPOM_Contract_ID", contract,
                        "CPOM_Establishment_ID", e, "DateJoined", from), trx);
            }
            Session.insert("CPOM_Axis", cols("AD_Org_ID", 0, "CPOM_Contract_ID", contract, "SeqNo", 10,
                    "Name", "Axe 1 : parcours"), trx);
            if (budget) {
                BigDecimal total = BigDecimal.ZERO;
                for (int e : perimeter) {
                    for (int y = from.getYear(); y <= to.getYear(); y++) {
                        BigDecimal amount = new BigDecimal("100000.00");
                        Session.insert("CPOM_BudgetLine", cols("AD_Org_ID", 0, "CPOM_Contract_ID", contract,
                                "CPOM_Establishment_ID", e, "FiscalYear", y, "Funder", "ARS", "FunctionalGroup", "P1",
                                "BudgetSection", "BPAS", "Amount", amount), trx);
                        total = total.add(amount);
                    }
                }
                Session.update("CPOM_Contract", contract, cols("TotalAmt", total), trx);
            }
            Session.commit(trx);
            ok = true;
            return contract;
        } finally {
            Session.close(trx, ok);
        }
    }

    static PO contract(int id) {
        return Session.load("CPOM_Contract", id, null);
    }

    static String status(int id) {
        return Session.string("SELECT DocStatus FROM CPOM_Contract WHERE CPOM_Contract_ID=?", id);
    }

    /** The actions the DocAction button offers for the contract now (DocumentEngine + the model's DocOptions). */
    static List<String> offered(int id) {
        PO po = contract(id);
        String[] options = new String[64];
        String[] docAction = {po.get_ValueAsString("DocAction")};
        int n = DocumentEngine.getValidActions(po.get_ValueAsString("DocStatus"), po.get_Value("Processing"), "--", "N",
                MTable.getTable_ID("CPOM_Contract"), docAction, options, true, po);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (options[i] != null && !out.contains(options[i])) {
                out.add(options[i]);
            }
        }
        return out;
    }

    /** Outcome of one button press: the process result and the status afterwards. */
    record Press(boolean error, String summary, String status) {
    }

    /** The DocAction button: DocAction written and saved, then the contract's process (workflow) run. */
    static Press press(int id, String action) {
        PO po = contract(id);
        po.set_ValueOfColumn(DocAction.DOC_COLUMNNAME_DocAction, action);
        po.saveEx();
        int process = Session.value("SELECT AD_Process_ID FROM AD_Process WHERE Value='CPOM_Contract_Process'");
        ProcessInfo pi = new ProcessInfo("DocAction", process, MTable.getTable_ID("CPOM_Contract"), id);
        pi.setAD_Client_ID(Env.getAD_Client_ID(Env.getCtx()));
        pi.setAD_User_ID(Integer.parseInt(Env.getCtx().getProperty("#AD_User_ID", "0")));
        ServerProcessCtl.process(pi, null);
        return new Press(pi.isError(), pi.getSummary(), status(id));
    }
}
