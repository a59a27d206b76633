package org.cpom.verify;

import static org.cpom.verify.Session.cols;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.compiere.model.PO;
import org.compiere.process.DocAction;
import org.compiere.util.DB;
import org.compiere.util.Msg;
import org.compiere.util.Trx;
import org.cpom.core.catalogue.Columns;
import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.catalogue.HostileCase;
import org.cpom.core.catalogue.HostileInputs;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.i18n.Messages;
import org.cpom.core.model.ActionSheet;
import org.cpom.core.model.Contract;

/**
 * The core's hostile-input catalogue replayed on the real server, once with a French and once with an English
 * session: each record is written the way a user writes it (PO save from MTable, the DocAction button, the
 * process runner), into a world saved through POs (a drafted, a signed, a closed and a voided contract, each with
 * its own establishments; the catalogue's fixture ids mapped onto the world's real ids). Every case must be
 * refused with its message in the session language, and every CPOM table must be unchanged (checksum).
 */
final class HostileReplay {

    /** Cases the real server cannot be asked, with the reason. */
    static final Map<String, String> NOT_REPLAYED = Map.of(
            "CON-STATUS-DR-CO", "DocumentEngine completes a draft (prepare + complete, DR -> CO in one save):"
                    + " checked through the DocAction button in the document-action group");

    /**
     * Legacy core rules the plugin no longer runs, with the rule it runs instead (as the plugin's own database
     * replay): the signature compares TotalAmt with the authorities' commitment, not with the produits groupe I.
     */
    static final Map<String, String> SUCCESSOR_KEYS = Map.of(MessageKeys.CONTRACT_TOTAL_MISMATCH,
            MessageKeys.CONTRACT_COMMITMENT_MISMATCH);

    /** One contract of the world. */
    record Ctx(DocStatusKind kind, int contract, String documentNo, int e1, int e2, int org1, String eg1, String ej1,
            int axis, int sheet, int indicator) {
    }

    enum DocStatusKind { DR, CO, CL, VO }

    private final Report report;
    private final Session session;
    private final Map<DocStatusKind, Ctx> worlds = new HashMap<>();
    private int bp;
    private int esatCategory;
    private int ehpadCategory;
    private String tag;
    private final List<String> failures = new ArrayList<>();

    HostileReplay(Report report, Session session) {
        this.report = report;
        this.session = session;
    }

    void check() throws Exception {
        session.login("en_US");
        tag = "H" + System.currentTimeMillis() / 1000 % 1_000_000;
        esatCategory = Contracts.category("246", "Etablissement et Service d'Aide par le Travail (E.S.A.T.)");
        ehpadCategory = Contracts.category("500", "Etablissement d'hébergement pour personnes âgées dépendantes");
        bp = Contracts.bpartner(tag);
        buildWorlds();
        int replayed = 0;
        int vetoed = 0;
        List<String> truncated = new ArrayList<>();
        java.util.Set<String> byIdempiere = new java.util.LinkedHashSet<>();
        for (HostileCase hc : HostileInputs.all()) {
            if (NOT_REPLAYED.containsKey(hc.id())) {
                report.notHosted("hostile catalogue", hc.id(), NOT_REPLAYED.get(hc.id()));
                continue;
            }
            replayed++;
            boolean ok = true;
            StringBuilder detail = new StringBuilder();
            for (String lang : List.of("fr_FR", "en_US")) {
                session.login(lang);
                Outcome o;
                try {
                    o = replay(hc, lang);
                } catch (Throwable t) {
                    o = new Outcome(false, false, "setup failed: " + Verification.rootMessage(t), true, false);
                }
                if (o.truncatedByPo()) {
                    truncated.add(hc.id());
                }
                boolean passed = o.refused() && o.unchanged() && o.inLanguage();
                if (!passed && o.truncatedByPo()) {
                    passed = true; // not reachable on a real server: reported in the summary line below
                }
                if (!passed && o.unchanged() && o.byIdempiere(hc)) {
                    passed = true;
                    byIdempiere.add(hc.id());
                }
                ok &= passed;
                detail.append(lang).append(": ");
                if (o.truncatedByPo() && !(o.refused() && o.inLanguage())) {
                    detail.append("PO truncated the text to the column length before any save rule")
                            .append(o.refused() ? ", then refused «" + PackIn.shorten(o.message()) + "» " : " (rolled back) ");
                } else {
                    detail.append(o.refused() ? (o.byIdempiere(hc) && !o.inLanguage() ? "refused by iDempiere" : "refused")
                            : "ACCEPTED").append(o.unchanged() ? "" : ", DATABASE CHANGED")
                            .append(o.inLanguage() || o.byIdempiere(hc) ? "" : ", message not in " + lang)
                            .append(" «").append(PackIn.shorten(o.message() == null ? "" : o.message())).append("» ");
                }
            }
            if (ok) {
                vetoed++;
            } else {
                failures.add(hc.id());
            }
            report.check("hostile catalogue", hc.id() + " " + hc.description(), ok, detail.toString().trim());
        }
        session.login("en_US");
        report.check("hostile catalogue", "every replayed case refused, database unchanged, message in the session language",
                failures.isEmpty() && replayed > 0, vetoed + "/" + replayed + " refused in fr_FR and en_US"
                        + (failures.isEmpty() ? "" : "; failing: " + failures)
                        + (truncated.isEmpty() ? "" : "; PO truncated the over-long text to the column length before the"
                                + " save rules (a window's field cannot hold more) in " + new java.util.LinkedHashSet<>(truncated))
                        + (byIdempiere.isEmpty() ? "" : "; refused by iDempiere's own checks before the save rules in "
                                + byIdempiere));
    }

    // ------------------------------------------------------------------ the world

    private void buildWorlds() {
        List<Integer> est = Contracts.establishments(tag, 6);
        String trx = Session.newTrx("cpomv-hcat");
        try {
            for (int e : est) {
                Session.update("CPOM_Establishment", e, cols("CPOM_FinessCategory_ID", esatCategory), trx);
            }
            Session.commit(trx);
        } finally {
            Session.close(trx, true);
        }
        LocalDate from = Fixtures.FROM;
        LocalDate to = Fixtures.TO;
        worlds.put(DocStatusKind.DR, world(DocStatusKind.DR, Contracts.draft("CPOM-" + tag + "-DR", bp, from, to,
                List.of(est.get(0), est.get(1)), true), est.get(0), est.get(1), true));
        worlds.put(DocStatusKind.CO, world(DocStatusKind.CO, Contracts.draft("CPOM-" + tag + "-CO", bp, from, to,
                List.of(est.get(2), est.get(3)), true), est.get(2), est.get(3), true));
        worlds.put(DocStatusKind.CL, world(DocStatusKind.CL, Contracts.draft("CPOM-" + tag + "-CL", bp, from, to,
                List.of(est.get(4), est.get(5)), true), est.get(4), est.get(5), false));
        worlds.put(DocStatusKind.VO, world(DocStatusKind.VO, Contracts.draft("CPOM-" + tag + "-VO", bp, from, to,
                List.of(), false), 0, 0, true));
        sign(DocStatusKind.CO);
        sign(DocStatusKind.CL);
        press(DocStatusKind.CL, DocAction.ACTION_Close, DocAction.STATUS_Closed);
        press(DocStatusKind.VO, DocAction.ACTION_Void, DocAction.STATUS_Voided);
    }

    private void sign(DocStatusKind k) {
        Ctx c = worlds.get(k);
        Session.update("CPOM_Contract", c.contract(), cols("DateSigned", LocalDate.of(2024, 12, 15)), null);
        press(k, DocAction.ACTION_Complete, DocAction.STATUS_Completed);
    }

    private void press(DocStatusKind k, String action, String expected) {
        Contracts.Press p = Contracts.press(worlds.get(k).contract(), action);
        if (!expected.equals(p.status())) {
            throw new IllegalStateException("world " + k + ": " + action + " gave " + p.status() + ": " + p.summary());
        }
    }

    /** Axis, action sheet FA-01 (the fixture's) and an indicator with yearly targets, committed. */
    private Ctx world(DocStatusKind kind, int contract, int e1, int e2, boolean withSheet) {
        String trx = Session.newTrx("cpomv-hworld");
        boolean ok = false;
        try {
            int axis = Session.value("SELECT MIN(CPOM_Axis_ID) FROM CPOM_Axis WHERE CPOM_Contract_ID=?", contract);
            int org1 = e1 == 0 ? 0 : Session.value("SELECT AD_Org_ID FROM CPOM_Establishment WHERE CPOM_Establishment_ID=?", e1);
            String documentNo = Session.string("SELECT DocumentNo FROM CPOM_Contract WHERE CPOM_Contract_ID=?", contract);
            String eg1 = e1 == 0 ? null : Session.string("SELECT FINESS_EG FROM CPOM_Establishment WHERE CPOM_Establishment_ID=?", e1);
            String ej1 = e1 == 0 ? null : Session.string("SELECT FINESS_EJ FROM CPOM_Establishment WHERE CPOM_Establishment_ID=?", e1);
            Ctx partial = new Ctx(kind, contract, documentNo, e1, e2, org1, eg1, ej1, axis, 0, 0);
            int sheet = 0;
            int indicator = 0;
            if (withSheet) {
                Map<String, Object> s = map(Columns.of(Fixtures.actionSheet()), partial);
                s.remove("CPOM_ActionSheet_ID");
                sheet = Session.insert("CPOM_ActionSheet", s, trx);
                if (e1 > 0) {
                    indicator = Session.insert("CPOM_Indicator", cols("AD_Org_ID", 0, "CPOM_Contract_ID", contract,
                            "Name", "Taux d'occupation", "UnitName", "%", "Direction", "H", "BaselineValue",
                            new BigDecimal("0.80"), "BaselineYear", 2024, "IndicatorSource", "M"), trx);
                    for (int y = 2025; y <= 2029; y++) {
                        Session.insert("CPOM_IndicatorValue", cols("AD_Org_ID", 0, "CPOM_Indicator_ID", indicator,
                                "FiscalYear", y, "TargetValue", BigDecimal.ONE), trx);
                    }
                }
            }
            Session.commit(trx);
            ok = true;
            return new Ctx(kind, contract, documentNo, e1, e2, org1, eg1, ej1, axis, sheet, indicator);
        } finally {
            Session.close(trx, ok);
        }
    }

    // ------------------------------------------------------------------ one case

    record Outcome(boolean refused, boolean unchanged, String message, boolean inLanguage, boolean truncatedByPo) {

        /** Refused before any CPOM rule, by iDempiere's own checks (mandatory, min/max, processed record, read-only). */
        boolean byIdempiere(HostileCase hc) {
            return refused && message != null && !message.isBlank() && !message.startsWith("setup failed")
                    && !mentionsCpom(message, hc.expectedKey());
        }
    }

    /** The message carries a text of the CPOM catalogue (any key's fixed text, in either language). */
    static boolean mentionsCpom(String message, String key) {
        for (Language l : Language.values()) {
            for (String k : Messages.keys(l)) {
                String f = longestLiteral(Messages.pattern(l, k));
                if (f.length() >= 12 && message.contains(f)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Ctx ctxFor(HostileCase hc) {
        String id = hc.id();
        if (hc.record() instanceof Contract k && Set.of("SAVE", "UPDATE_SIGNED", "DELETE", "STATUS", "RENEW")
                .contains(hc.operation())) {
            return switch (k.docStatus() == null ? "DR" : k.docStatus().code()) {
                case "CO" -> worlds.get(DocStatusKind.CO);
                case "CL" -> worlds.get(DocStatusKind.CL);
                case "VO" -> worlds.get(DocStatusKind.VO);
                default -> worlds.get(DocStatusKind.DR);
            };
        }
        return switch (id) {
            case "EST-DELETE-SIGNED" -> worlds.get(DocStatusKind.CO);
            case "AXIS-CLOSED-CONTRACT" -> worlds.get(DocStatusKind.CL);
            case "ACT-VOIDED-CONTRACT" -> worlds.get(DocStatusKind.VO);
            case "AME-DRAFT-CONTRACT" -> worlds.get(DocStatusKind.DR);
            default -> {
                String prefix = id.substring(0, id.indexOf('-'));
                yield Set.of("ACT", "AME", "REV", "IND").contains(prefix) ? worlds.get(DocStatusKind.CO)
                        : worlds.get(DocStatusKind.DR);
            }
        };
    }

    private Outcome replay(HostileCase hc, String lang) throws Exception {
        Ctx ctx = ctxFor(hc);
        String op = hc.operation();
        if (op.equals("COMPLETE")) {
            return completeCase(hc, lang);
        }
        if (op.equals("APPLY") || op.equals("GENERATE") || op.equals("RENEW")) {
            return processCase(hc, ctx, lang);
        }
        String trx = Session.newTrx("cpomv-hostile");
        try {
            Connection con = Trx.get(trx, false).getConnection();
            Map<String, Object> columns = map(Columns.of(hc.record()), ctx);
            String table = hc.table();
            String key = table + "_ID";
            int id = existingId(hc, ctx);
            setup(hc, ctx, trx);
            String before = checksum(con);
            String message = null;
            boolean refused = false;
            boolean truncated = false;
            try {
                switch (op) {
                    case "SAVE", "UPDATE_SIGNED" -> {
                        columns.remove(key);
                        if (hc.id().equals("EST-ORG-OTHER-CLIENT")) {
                            columns.put("AD_Org_ID", DB.getSQLValueEx(trx, "SELECT MAX(AD_Org_ID) FROM AD_Org WHERE"
                                    + " Value='CPOMV-OTHER' AND AD_Client_ID=0"));
                        } else if (hc.id().equals("PER-OVERLAP")) {
                            columns.put("CPOM_Establishment_ID", worlds.get(DocStatusKind.CO).e1());
                        } else if (hc.id().equals("ACT-AXIS-OTHER-CONTRACT")) {
                            columns.put("CPOM_Axis_ID", worlds.get(DocStatusKind.DR).axis());
                        }
                        if (id > 0) {
                            columns = changedOnly(hc.record(), columns, ctx);
                        }
                        if (hc.id().equals("ACT-ESTABLISHMENT-OUTSIDE")) {
                            Session.insert("CPOM_ActionSheetEstablishment", cols("AD_Org_ID", 0, "CPOM_ActionSheet_ID",
                                    ctx.sheet(), "CPOM_Establishment_ID", 777), trx);
                        } else {
                            PO po = id > 0 ? Session.load(table, id, trx) : Session.newPO(table, trx);
                            if (id > 0) {
                                columns = differing(po, columns);
                            }
                            List<String> refusedByPo = Session.set(po, columns);
                            truncated = truncated(po, columns);
                            if (!refusedByPo.isEmpty() && !po.is_Changed()) {
                                // PO.set_Value refused the value and nothing else changed: save() writes nothing
                                throw new IllegalStateException("PO.set_Value refused " + refusedByPo + ", nothing written");
                            }
                            po.saveEx();
                        }
                    }
                    case "DELETE" -> Session.load(table, id, trx).deleteEx(false); // as the window deletes
                    case "STATUS" -> Session.update("CPOM_Contract", ctx.contract(),
                            cols("DocStatus", hc.id().substring(hc.id().length() - 2)), trx);
                    default -> throw new IllegalStateException("unknown operation " + op);
                }
            } catch (RuntimeException e) {
                refused = true;
                message = e.getMessage();
            }
            String after;
            try {
                after = checksum(con);
            } catch (SQLException e) {
                after = "transaction aborted: " + e.getMessage(); // a database error refused it, not a save rule
            }
            return new Outcome(refused, before.equals(after), message, inLanguage(message, hc.expectedKey(), lang), truncated);
        } finally {
            Session.close(trx, false);
        }
    }

    /** The record the case changes, when it exists in the world (otherwise the case inserts). */
    private int existingId(HostileCase hc, Ctx ctx) {
        if (Set.of("EST-EG-DUPLICATE", "EST-ORG-TAKEN").contains(hc.id())) {
            return 0; // a second establishment like the first one
        }
        return switch (hc.table()) {
            case "CPOM_Establishment" -> hc.columns().get("CPOM_Establishment_ID") instanceof Integer i && i > 0 ? ctx.e1() : 0;
            case "CPOM_Contract" -> ctx.contract();
            case "CPOM_ActionSheet" -> hc.columns().get("CPOM_ActionSheet_ID") instanceof Integer i && i > 0 ? ctx.sheet() : 0;
            case "CPOM_Indicator" -> hc.columns().get("CPOM_Indicator_ID") instanceof Integer i && i > 0 ? ctx.indicator() : 0;
            default -> 0;
        };
    }

    /** What the case needs beyond the world, written in the case's transaction before the checksum. */
    private void setup(HostileCase hc, Ctx ctx, String trx) {
        switch (hc.id()) {
            case "BUD-DUPLICATE" -> rawInsert("CPOM_BudgetLine", map(Columns.of(hc.record()), ctx), trx);
            case "BUD-BPAS-NOT-ESAT" -> DB.executeUpdateEx("UPDATE CPOM_Establishment SET"
                    + " CPOM_FinessCategory_ID=? WHERE CPOM_Establishment_ID=?", new Object[] {ehpadCategory, ctx.e1()}, trx);
            case "ACC-PREFIX-TWICE" -> Session.insert("CPOM_AccountGroup", cols("AD_Org_ID", 0, "AccountPrefix", "64",
                    "FunctionalGroup", "C3"), trx);
            case "AME-NO-TWICE" -> Session.insert("CPOM_Amendment", cols("AD_Org_ID", 0, "CPOM_Contract_ID", ctx.contract(),
                    "AmendmentNo", 1, "DateDoc", LocalDate.of(2026, 6, 1), "Description", "Avenant 1"), trx);
            case "AME-DESCRIPTION-10K" -> Session.insert("CPOM_Amendment", cols("AD_Org_ID", 0, "CPOM_Contract_ID",
                    ctx.contract(), "AmendmentNo", 1, "DateDoc", LocalDate.of(2026, 6, 1), "Description", "Avenant 1"), trx);
            case "REV-MID-TWICE" -> Session.insert("CPOM_Review", cols("AD_Org_ID", 0, "CPOM_Contract_ID", ctx.contract(),
                    "FiscalYear", 2027, "ReviewKind", "MID", "DateDoc", LocalDate.of(2027, 6, 1)), trx);
            case "EST-ORG-OTHER-CLIENT" -> DB.executeUpdateEx("INSERT INTO AD_Org (AD_Org_ID, AD_Client_ID, Value, Name,"
                    + " CreatedBy, UpdatedBy) VALUES ((SELECT MAX(AD_Org_ID)+1 FROM AD_Org), 0, 'CPOMV-OTHER',"
                    + " 'Organisation of another client', 100, 100)", new Object[0], trx); // a System organisation
            case "PER-OVERLAP" -> {
                // the establishment belongs to the signed contract over the same years
            }
            default -> {
                // the world as built
            }
        }
    }

    /** COMPLETE: a contract prepared for the case, then the DocAction button (Complete). */
    private Outcome completeCase(HostileCase hc, String lang) {
        String t = tag + hc.id().hashCode() % 1000 + lang.substring(0, 2);
        List<Integer> est = Contracts.establishments(t, 2);
        boolean noEst = hc.id().equals("CON-COMPLETE-NO-EST");
        int k = Contracts.draft("CPOM-" + t, bp, Fixtures.FROM, Fixtures.TO, noEst ? List.of() : est, !noEst);
        String trx = Session.newTrx("cpomv-hcomplete");
        try {
            switch (hc.id()) {
                case "CON-COMPLETE-NO-AXIS" -> Session.load("CPOM_Axis", Session.value(
                        "SELECT MIN(CPOM_Axis_ID) FROM CPOM_Axis WHERE CPOM_Contract_ID=?", k), trx).deleteEx(true);
                case "CON-COMPLETE-MISSING-BUDGET" -> {
                    Session.load("CPOM_BudgetLine", Session.value("SELECT MIN(CPOM_BudgetLine_ID) FROM CPOM_BudgetLine"
                            + " WHERE CPOM_Contract_ID=? AND FiscalYear=2029 AND CPOM_Establishment_ID=?", k, est.get(1)), trx)
                            .deleteEx(true);
                    Session.update("CPOM_Contract", k, cols("TotalAmt", new BigDecimal("900000.00")), trx);
                }
                case "CON-TOTAL-MISMATCH" -> Session.update("CPOM_Contract", k, cols("TotalAmt", new BigDecimal("999999.99")), trx);
                case "IND-TARGET-MISSING" -> {
                    int ind = Session.insert("CPOM_Indicator", cols("AD_Org_ID", 0, "CPOM_Contract_ID", k, "Name",
                            "Taux d'occupation", "UnitName", "%", "Direction", "H", "BaselineValue", new BigDecimal("0.80"),
                            "BaselineYear", 2024, "IndicatorSource", "M"), trx);
                    for (int y = 2025; y <= 2028; y++) {
                        Session.insert("CPOM_IndicatorValue", cols("AD_Org_ID", 0, "CPOM_Indicator_ID", ind, "FiscalYear", y,
                                "TargetValue", BigDecimal.ONE), trx);
                    }
                }
                default -> {
                }
            }
            Session.commit(trx);
        } finally {
            Session.close(trx, true);
        }
        String before = contractState(k);
        Contracts.Press p = Contracts.press(k, DocAction.ACTION_Complete);
        String after = contractState(k);
        boolean refused = !DocAction.STATUS_Completed.equals(p.status());
        return new Outcome(refused, refused && sameExceptStatus(before, after), p.summary(),
                inLanguage(p.summary(), hc.expectedKey(), lang), false);
    }

    /** Processed, DateSigned, TotalAmt and every child row of the contract. */
    private static String contractState(int k) {
        return Session.string("SELECT Processed || '|' || COALESCE(DateSigned::text,'') || '|' || TotalAmt || '|'"
                + " || (SELECT COUNT(*) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID=c.CPOM_Contract_ID) || '|'"
                + " || (SELECT COUNT(*) FROM CPOM_ContractEstablishment WHERE CPOM_Contract_ID=c.CPOM_Contract_ID)"
                + " FROM CPOM_Contract c WHERE CPOM_Contract_ID=?", k);
    }

    private static boolean sameExceptStatus(String a, String b) {
        return a != null && a.equals(b);
    }

    /** APPLY, GENERATE, RENEW: the record committed, then iDempiere's process runner. */
    private Outcome processCase(HostileCase hc, Ctx ctx, String lang) throws Exception {
        int amendment = 0;
        if (hc.operation().equals("APPLY")) {
            Map<String, Object> a = map(Columns.of(hc.record()), ctx);
            a.remove("CPOM_Amendment_ID");
            a.put("AmendmentNo", 100 + Math.floorMod((hc.id() + lang).hashCode(), 800));
            String trx = Session.newTrx("cpomv-hamend");
            boolean ok = false;
            try {
                amendment = Session.insert("CPOM_Amendment", a, trx);
                Session.commit(trx);
                ok = true;
            } catch (RuntimeException e) {
                // refused when saved already: the earliest place a user meets the rule
                return new Outcome(true, true, "at save: " + e.getMessage(), inLanguage(e.getMessage(), hc.expectedKey(), lang), false);
            } finally {
                Session.close(trx, ok);
            }
        }
        String before = checksumCommitted();
        Processes.Run r = switch (hc.operation()) {
            case "APPLY" -> Processes.run("CPOM_ApplyAmendment", "CPOM_Amendment", amendment);
            case "RENEW" -> Processes.run("CPOM_RenewContract", "CPOM_Contract", ctx.contract());
            default -> {
                int k = hc.id().equals("BUD-GEN-EMPTY-BASE")
                        ? Contracts.draft("CPOM-" + tag + "-E" + lang.substring(0, 2), bp, Fixtures.FROM, Fixtures.TO, List.of(), false)
                        : ctx.contract();
                if (hc.id().equals("BUD-GEN-EMPTY-BASE")) {
                    before = checksumCommitted();
                }
                yield Processes.run("CPOM_GenerateBudgetYears", "CPOM_Contract", k,
                        Processes.param("BaseYear", BigDecimal.valueOf(hc.id().equals("BUD-GEN-BASE-OUTSIDE") ? 2019 : 2025)),
                        Processes.param("GrowthRate", hc.id().equals("BUD-GEN-RATE-100") ? new BigDecimal("-100") : BigDecimal.ONE));
            }
        };
        String after = checksumCommitted();
        return new Outcome(r.error(), before.equals(after), r.summary(), inLanguage(r.summary(), hc.expectedKey(), lang), false);
    }

    // ------------------------------------------------------------------ helpers

    /** The catalogue's fixture ids mapped onto the world's records. */
    private Map<String, Object> map(Map<String, Object> columns, Ctx ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        columns.forEach((c, v) -> {
            Object x = v;
            if (c.equals("AD_Client_ID")) {
                return;
            }
            if (Fixtures.FINESS_EG_1.equals(v) && ctx.eg1() != null) {
                x = ctx.eg1();
            } else if (Fixtures.FINESS_EJ.equals(v) && ctx.ej1() != null) {
                x = ctx.ej1();
            }
            if (v instanceof Integer i) {
                x = switch (c) {
                    case "CPOM_Contract_ID" -> i == Fixtures.CONTRACT_ID ? ctx.contract()
                            : i == 4200 ? worlds.get(DocStatusKind.DR).contract() : i;
                    case "CPOM_Establishment_ID" -> i == Fixtures.ESTABLISHMENT_1 ? ctx.e1()
                            : i == Fixtures.ESTABLISHMENT_2 ? ctx.e2() : i;
                    case "CPOM_Axis_ID" -> i == Fixtures.AXIS_ID ? ctx.axis()
                            : i == 4242 ? worlds.get(DocStatusKind.DR).axis() : i;
                    case "CPOM_ActionSheet_ID" -> i == 601 ? ctx.sheet() : i;
                    case "CPOM_Indicator_ID" -> i == 701 ? ctx.indicator() : i;
                    case "AD_User_ID" -> i == Fixtures.PILOT_USER_ID ? session.userId() : i;
                    case "AD_Org_ID" -> i == 51 ? ctx.org1() : i;
                    case "ARS_BPartner_ID", "ManagingBody_BPartner_ID", "Departement_BPartner_ID" -> i > 0 ? bp : 0;
                    case "CPOM_FinessCategory_ID" -> esatCategory; // the catalogue's establishments are ESAT
                    default -> i;
                };
            }
            if (c.equals("DocumentNo") && "CPOM-2025-001".equals(v)) {
                x = ctx.documentNo();
            }
            m.put(c, x);
        });
        return m;
    }

    /** For an update: only the columns the case changes against the catalogue's valid record. */
    private Map<String, Object> changedOnly(Object record, Map<String, Object> columns, Ctx ctx) {
        // an establishment takes the catalogue's whole record (its dates and capacities are what the rules compare)
        Object baseline = record instanceof Contract k ? Fixtures.contract(k.docStatus())
                : record instanceof ActionSheet ? Fixtures.actionSheet() : null;
        if (baseline == null) {
            return columns;
        }
        Map<String, Object> base = map(Columns.of(baseline), ctx);
        Map<String, Object> m = new LinkedHashMap<>();
        columns.forEach((c, v) -> {
            if (!java.util.Objects.equals(base.get(c), v)) {
                m.put(c, v);
            }
        });
        return m;
    }

    /**
     * The columns whose value differs from the record's: PO writes only changes, so an unchanged value would reach no
     * save rule. When the case changes nothing (it edits the record as it is), its name is edited, as a user would.
     */
    private static Map<String, Object> differing(PO po, Map<String, Object> columns) {
        Map<String, Object> m = new LinkedHashMap<>();
        columns.forEach((c, v) -> {
            Object now = po.get_Value(c);
            Object x = Session.poValue(c, v);
            boolean same = x == null ? now == null
                    : x instanceof BigDecimal b && now instanceof BigDecimal n ? b.compareTo(n) == 0
                    : x instanceof Integer i && now instanceof Integer n ? i.intValue() == n.intValue()
                    : x.equals(now);
            if (!same) {
                m.put(c, v);
            }
        });
        if (m.isEmpty() && po.get_Value("Name") instanceof String name) {
            m.put("Name", name + " (modifié)");
        }
        return m;
    }

    /** A prerequisite row written without the save rules (what the case needs, not what it tests). */
    private void rawInsert(String table, Map<String, Object> values, String trx) {
        StringBuilder cols = new StringBuilder(table + "_ID, AD_Client_ID, AD_Org_ID, IsActive, Created, CreatedBy, Updated,"
                + " UpdatedBy, " + table + "_UU");
        StringBuilder qs = new StringBuilder("(SELECT COALESCE(MAX(" + table + "_ID),0)+1 FROM " + table + "), ?, 0, 'Y',"
                + " now(), ?, now(), ?, gen_random_uuid()::text");
        List<Object> params = new ArrayList<>(List.of(session.clientId(), session.userId(), session.userId()));
        values.forEach((c, v) -> {
            if (c.equals(table + "_ID") || c.equals("AD_Org_ID") || v == null) {
                return;
            }
            cols.append(", ").append(c);
            qs.append(", ?");
            Object x = Session.poValue(c, v);
            params.add(x instanceof Boolean b ? (b ? "Y" : "N") : x);
        });
        DB.executeUpdateEx("INSERT INTO " + table + " (" + cols + ") VALUES (" + qs + ")",
                params.toArray(), trx);
    }

    /** PO.set_Value cuts a String longer than the column (a warning, no error): the save rules see the cut text. */
    private static boolean truncated(PO po, Map<String, Object> columns) {
        for (Map.Entry<String, Object> e : columns.entrySet()) {
            if (e.getValue() instanceof String s) {
                Object held = po.get_Value(e.getKey());
                if (held instanceof String h && h.length() < s.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The message shows the longest fixed text of the key's pattern in the session language. */
    static boolean inLanguage(String message, String key, String lang) {
        if (message == null || message.isBlank()) {
            return false;
        }
        if (MessageKeys.FIELD_MANDATORY.equals(key)
                && message.contains(Msg.getMsg(org.compiere.util.Env.getCtx(), "FillMandatory"))) {
            return true; // iDempiere's own mandatory check (PO.set_Value) answers before any save rule
        }
        if (SUCCESSOR_KEYS.containsKey(key) && inLanguage(message, SUCCESSOR_KEYS.get(key), lang)) {
            return true;
        }
        Language l = Language.of(lang);
        String pattern = installedPattern(l, key);
        if (pattern == null) {
            return false;
        }
        String fragment = longestLiteral(pattern);
        String other = longestLiteral(installedPattern(l == Language.FR ? Language.EN : Language.FR, key));
        return message.contains(fragment) && (other.isEmpty() || !message.contains(other) || other.equals(fragment));
    }

    /**
     * The message pattern as installed by the 2Pack (AD_Message, its fr_FR translation), which is what the plugin
     * shows; the catalogue embedded in this bundle when the database cannot be read (unit tests).
     */
    static String installedPattern(Language l, String key) {
        try {
            String p = l == Language.FR
                    ? Session.string("SELECT t.MsgText FROM AD_Message m JOIN AD_Message_Trl t ON t.AD_Message_ID=m.AD_Message_ID"
                            + " WHERE m.Value=? AND t.AD_Language='fr_FR'", key)
                    : Session.string("SELECT MsgText FROM AD_Message WHERE Value=?", key);
            return p != null ? p : Messages.pattern(l, key);
        } catch (RuntimeException | LinkageError e) {
            return Messages.pattern(l, key);
        }
    }

    static String longestLiteral(String pattern) {
        if (pattern == null) {
            return "";
        }
        String best = "";
        for (String part : pattern.replace("''", "'").split("\\{[^}]*\\}")) {
            String p = part.replace("'", "'").trim();
            if (p.length() > best.length()) {
                best = p;
            }
        }
        return best;
    }

    static final List<String> TABLES = List.of("CPOM_Establishment", "CPOM_Contract", "CPOM_ContractEstablishment",
            "CPOM_Axis", "CPOM_ActionSheet", "CPOM_ActionSheetEstablishment", "CPOM_Indicator", "CPOM_IndicatorValue",
            "CPOM_BudgetLine", "CPOM_Amendment", "CPOM_Review", "CPOM_AccountGroup");

    /** Every CPOM table's rows (minus the audit columns a refused save may not touch anyway), hashed. */
    static String checksum(Connection con) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Statement st = con.createStatement()) {
            for (String t : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*), COALESCE(md5(string_agg(md5((to_jsonb(x) - 'updated'"
                        + " - 'updatedby')::text), ',' ORDER BY md5((to_jsonb(x) - 'updated' - 'updatedby')::text))),'')"
                        + " FROM " + t + " x")) {
                    rs.next();
                    b.append(t).append(':').append(rs.getInt(1)).append(':').append(rs.getString(2)).append(' ');
                }
            }
        }
        return b.toString();
    }

    private static String checksumCommitted() throws SQLException {
        String trx = Session.newTrx("cpomv-sum");
        try {
            return checksum(Trx.get(trx, false).getConnection());
        } finally {
            Session.close(trx, false);
        }
    }

}
