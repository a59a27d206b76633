package org.cpom.verify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Pack-in as the real Incremental2PackActivator did it: one AD_Package_Imp row per shipped version, completed,
 * without a failed detail; every dictionary record the shipped PackOut.xml defines present (by UUID); the
 * perimeter guard's triggers and functions present; with fr_FR a system language, every French text in place.
 */
final class PackIn {

    /** Dictionary tables whose records are counted against the shipped packs. */
    static final List<String> TABLES = List.of("AD_Table", "AD_Column", "AD_Window", "AD_Tab", "AD_Field", "AD_Menu",
            "AD_Process", "AD_Process_Para", "AD_Message", "AD_Element", "AD_Reference", "AD_Ref_List");

    private final Report report;
    private final List<PackOut> packs;
    private final Set<String> editedByUser;

    /** @param editedByUser records whose French text a user changed on purpose (kept by an upgrade, checked there) */
    PackIn(Report report, List<PackOut> packs, Set<String> editedByUser) {
        this.report = report;
        this.packs = packs;
        this.editedByUser = editedByUser;
    }

    /** Polls until every pack version has ended (the Proc row gets its message) or one failed. */
    boolean waitForActivator(int timeoutSeconds) throws InterruptedException {
        long t0 = System.currentTimeMillis();
        long end = t0 + timeoutSeconds * 1000L;
        String ended = "FROM AD_Package_Imp_Proc p WHERE p.Name=? AND (p.P_Msg IS NOT NULL OR p.DateProcessed IS NOT NULL)";
        int done;
        int failed;
        do {
            done = Session.value("SELECT COUNT(*) " + ended, Verification.PLUGIN);
            failed = Session.value("SELECT COUNT(*) " + ended + " AND NOT EXISTS (SELECT 1 FROM AD_Package_Imp i"
                    + " WHERE i.AD_Package_Imp_Proc_ID=p.AD_Package_Imp_Proc_ID AND i.PK_Status LIKE 'Completed%')",
                    Verification.PLUGIN);
            if (done >= packs.size() || failed > 0) {
                break;
            }
            Thread.sleep(2000);
        } while (System.currentTimeMillis() < end);
        // a version applied by an earlier start leaves no new Proc row: count the completed versions too
        int completed = Session.value("SELECT COUNT(DISTINCT PK_Version) FROM AD_Package_Imp WHERE Name=?"
                + " AND PK_Status LIKE 'Completed%' AND PK_Version<>'0.0.0'", Verification.PLUGIN);
        boolean ok = done >= packs.size() || failed > 0 || completed >= packs.size();
        report.check("pack-in", "2Pack activator finished", ok, (System.currentTimeMillis() - t0) / 1000
                + " s; " + done + " pack run(s) ended, " + failed + " failed");
        return ok;
    }

    void check() {
        String name = Verification.PLUGIN;
        boolean all = true;
        for (PackOut p : packs) {
            List<List<Object>> rows = Session.rows("SELECT i.PK_Status, COALESCE(pr.P_Msg,'') FROM AD_Package_Imp i"
                    + " LEFT JOIN AD_Package_Imp_Proc pr ON pr.AD_Package_Imp_Proc_ID=i.AD_Package_Imp_Proc_ID"
                    + " WHERE i.Name=? AND i.PK_Version=? ORDER BY i.AD_Package_Imp_ID", name, p.version());
            boolean ok = !rows.isEmpty() && rows.stream().anyMatch(r -> "Completed successfully".equals(r.get(0)));
            all &= report.check("pack-in", "AD_Package_Imp " + p.version(), ok, rows.isEmpty() ? "no row: not packed in"
                    : rows.stream().map(r -> r.get(0) + (r.get(1).toString().isEmpty() ? "" : " (" + r.get(1) + ")"))
                            .toList().toString());
        }
        List<List<Object>> bad = Session.rows("SELECT d.Type, d.Name, d.Action, d.Success, d.Result FROM AD_Package_Imp_Detail d"
                + " JOIN AD_Package_Imp i ON i.AD_Package_Imp_ID=d.AD_Package_Imp_ID WHERE i.Name=?"
                + " AND COALESCE(d.Success,'')<>'Success' ORDER BY d.AD_Package_Imp_Detail_ID", name);
        int details = Session.value("SELECT COUNT(*) FROM AD_Package_Imp_Detail d JOIN AD_Package_Imp i"
                + " ON i.AD_Package_Imp_ID=d.AD_Package_Imp_ID WHERE i.Name=?", name);
        // a failed detail (an SQL statement PackIn "failed but ignored") is reported; the pack is still installed
        report.check("pack-in", "failed AD_Package_Imp_Detail rows", bad.isEmpty(), bad.size() + " failed of "
                + details + (bad.isEmpty() ? "" : ": " + bad.subList(0, Math.min(5, bad.size()))));
        for (String table : TABLES) {
            Set<String> expected = new LinkedHashSet<>();
            packs.forEach(p -> expected.addAll(p.uuids(table)));
            List<String> missing = new ArrayList<>();
            int found = 0;
            for (String uu : expected) {
                if (Session.value("SELECT COUNT(*) FROM " + table + " WHERE " + table + "_UU=?", uu) == 1) {
                    found++;
                } else {
                    missing.add(uu);
                }
            }
            all &= report.check("pack-in", table + " records", missing.isEmpty(), found + "/" + expected.size()
                    + " present" + (missing.isEmpty() ? "" : "; missing " + missing.subList(0, Math.min(3, missing.size()))));
        }
        Set<String> triggers = new LinkedHashSet<>();
        Set<String> functions = new LinkedHashSet<>();
        packs.forEach(p -> {
            triggers.addAll(p.triggers());
            functions.addAll(p.functions());
        });
        List<String> noTrigger = triggers.stream().filter(t -> Session.value("SELECT COUNT(*) FROM pg_trigger WHERE"
                + " NOT tgisinternal AND tgname=?", t) == 0).toList();
        all &= report.check("pack-in", "perimeter guard triggers", !triggers.isEmpty() && noTrigger.isEmpty(),
                (triggers.size() - noTrigger.size()) + "/" + triggers.size() + " present " + triggers
                        + (noTrigger.isEmpty() ? "" : "; missing " + noTrigger));
        List<String> noFunction = functions.stream().filter(f -> Session.value("SELECT COUNT(*) FROM pg_proc WHERE"
                + " proname=?", f) == 0).toList();
        report.check("pack-in", "perimeter guard functions", noFunction.isEmpty(),
                (functions.size() - noFunction.size()) + "/" + functions.size() + " present"
                        + (noFunction.isEmpty() ? "" : "; missing " + noFunction));
        french();
        if (!all) {
            // the later groups need every version completed, every record and the guard's triggers
            throw new IllegalStateException("the 2Pack is not fully installed");
        }
    }

    /** With fr_FR a system language before start, each French text of the packs is the one in the *_Trl row. */
    private void french() {
        if (Session.value("SELECT COUNT(*) FROM AD_Language WHERE AD_Language='fr_FR' AND IsSystemLanguage='Y'") == 0) {
            report.notHosted("pack-in", "French texts", "fr_FR is not a system language of this database (the script's"
                    + " tool mode makes it one; on an installation, set it up before installing the plugin)");
            return;
        }
        int total = 0;
        List<String> wrong = new ArrayList<>();
        java.util.Map<String, PackOut.Translation> latest = new java.util.LinkedHashMap<>();
        for (PackOut p : packs) {
            p.translations("fr_FR").forEach(t -> latest.put(t.table() + "/" + t.uuid(), t)); // the newest pack's text
        }
        {
            for (PackOut.Translation t : latest.values()) {
                if (editedByUser.contains(t.uuid())) {
                    continue;
                }
                total++;
                String actual = Session.string("SELECT t." + t.column() + " FROM " + t.table() + "_Trl t JOIN "
                        + t.table() + " b ON b." + t.table() + "_ID=t." + t.table() + "_ID WHERE b." + t.table()
                        + "_UU=? AND t.AD_Language='fr_FR'", t.uuid());
                if (!Objects.equals(actual, t.text())) {
                    wrong.add(t.table() + " " + t.uuid().substring(0, 8) + ": '" + shorten(actual) + "' instead of '"
                            + shorten(t.text()) + "'");
                }
            }
        }
        report.check("pack-in", "French texts (fr_FR system language)", total > 0 && wrong.isEmpty(),
                (total - wrong.size()) + "/" + total + " in French" + (wrong.isEmpty() ? ""
                        : "; e.g. " + wrong.subList(0, Math.min(4, wrong.size()))));
    }

    static String shorten(String s) {
        return s == null ? "null" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
