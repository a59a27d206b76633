package org.cpom.verify;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.compiere.model.PO;
import org.compiere.util.DB;
import org.compiere.util.Trx;

/**
 * The upgrade of an installed plugin: after the main run (pack N, the MESSIDOR sample and everything the checks
 * saved), a user edits French texts; the baseline (every CPOM row and column) is written next to the report. The
 * second start brings the plugin with the 2Pack N+1: iDempiere applies only N+1. Then no row or value is lost,
 * the new columns exist and are filled on the old rows, a new row saves through PO with them, and the edited
 * translations are kept.
 */
final class Upgrade {

    static final String BASELINE = "upgrade-baseline.properties";
    /** The user's edits: a window name and a message text, in French. */
    static final String EDITED_WINDOW = "CPOM (nom choisi par l'utilisateur)";
    static final String EDITED_MESSAGE = "Texte modifié par l'utilisateur";

    private final Report report;
    private final Session session;

    Upgrade(Report report, Session session) {
        this.report = report;
        this.session = session;
    }

    /** After the main run: the user's translation edits, then the baseline of every CPOM table. */
    void baseline(List<PackOut> packs, World world, Path dir) throws Exception {
        session.login("fr_FR");
        Properties p = new Properties();
        String window = packs.get(0).uuids("AD_Window").get(0);
        String message = packs.get(0).uuids("AD_Message").get(0);
        int w = DB.executeUpdateEx("UPDATE AD_Window_Trl t SET Name=?, IsTranslated='Y' FROM AD_Window b WHERE"
                + " b.AD_Window_ID=t.AD_Window_ID AND b.AD_Window_UU=? AND t.AD_Language='fr_FR'",
                new Object[] {EDITED_WINDOW, window}, null);
        int m = DB.executeUpdateEx("UPDATE AD_Message_Trl t SET MsgText=?, IsTranslated='Y' FROM AD_Message b WHERE"
                + " b.AD_Message_ID=t.AD_Message_ID AND b.AD_Message_UU=? AND t.AD_Language='fr_FR'",
                new Object[] {EDITED_MESSAGE, message}, null);
        p.setProperty("edited.window", w == 1 ? window : "");
        p.setProperty("edited.message", m == 1 ? message : "");
        p.setProperty("contract", world == null ? "0" : Integer.toString(world.contractId()));
        Map<String, List<String>> columns = columns();
        for (Map.Entry<String, List<String>> e : columns.entrySet()) {
            p.setProperty("columns." + e.getKey(), String.join(",", e.getValue()));
            p.setProperty("rows." + e.getKey(), rows(e.getKey(), e.getValue()));
        }
        Files.createDirectories(dir);
        try (Writer out = Files.newBufferedWriter(dir.resolve(BASELINE), StandardCharsets.UTF_8)) {
            p.store(out, "CPOM upgrade baseline");
        }
        report.check("upgrade", "baseline for the next version written", w == 1 && m == 1,
                columns.size() + " CPOM tables; French edits: window " + w + ", message " + m);
    }

    static Properties read(Path dir) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(BASELINE), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /** UUIDs of the records whose French text the user changed (not the pack's text any more, on purpose). */
    static Set<String> edited(Properties baseline) {
        Set<String> s = new TreeSet<>();
        for (String k : List.of("edited.window", "edited.message")) {
            if (!baseline.getProperty(k, "").isEmpty()) {
                s.add(baseline.getProperty(k));
            }
        }
        return s;
    }

    /** After the second start with pack N+1. */
    void check(Properties baseline) throws Exception {
        session.login("fr_FR");
        Map<String, List<String>> now = columns();
        List<String> lost = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int tables = 0;
        for (String key : baseline.stringPropertyNames()) {
            if (!key.startsWith("columns.")) {
                continue;
            }
            tables++;
            String table = key.substring("columns.".length());
            List<String> before = List.of(baseline.getProperty(key).split(","));
            List<String> after = now.getOrDefault(table, List.of());
            if (!after.containsAll(before)) {
                lost.add(table + " columns " + before.stream().filter(c -> !after.contains(c)).toList());
                continue;
            }
            after.stream().filter(c -> !before.contains(c)).forEach(c -> added.add(table + "." + c));
            if (!rows(table, before).equals(baseline.getProperty("rows." + table))) {
                lost.add(table + " rows or values");
            }
        }
        report.check("upgrade", "no row, column or value lost", tables > 0 && lost.isEmpty(),
                tables + " CPOM tables compared" + (lost.isEmpty() ? "" : "; changed: " + lost));
        report.check("upgrade", "new columns of the next version created", !added.isEmpty(), added.toString());
        List<String> unfilled = new ArrayList<>();
        for (String tc : added) {
            String[] x = tc.split("\\.");
            boolean mandatory = "Y".equals(Session.string("SELECT MAX(c.IsMandatory) FROM AD_Column c JOIN AD_Table t"
                    + " ON t.AD_Table_ID=c.AD_Table_ID WHERE LOWER(t.TableName)=? AND LOWER(c.ColumnName)=?", x[0], x[1]));
            if (mandatory && Session.value("SELECT COUNT(*) FROM " + x[0] + " WHERE " + x[1] + " IS NULL") > 0) {
                unfilled.add(tc);
            }
        }
        report.check("upgrade", "mandatory new columns filled on the existing rows", unfilled.isEmpty(),
                unfilled.isEmpty() ? "every old row has a value" : "NULL in " + unfilled);
        int contract = Integer.parseInt(baseline.getProperty("contract", "0"));
        if (contract > 0 && added.stream().anyMatch(c -> c.startsWith("cpom_review."))) {
            String trx = Session.newTrx("cpomv-upgrade");
            boolean ok = false;
            try {
                PO po = Session.newPO("CPOM_Review", trx);
                Session.set(po, Session.cols("AD_Org_ID", 0, "CPOM_Contract_ID", contract, "FiscalYear", 2016,
                        "ReviewKind", "ANN", "DateDoc", java.time.LocalDate.of(2017, 5, 30), "Conclusions",
                        "Revue annuelle saisie après la mise à jour"));
                po.saveEx();
                Session.commit(trx);
                ok = true;
                report.pass("upgrade", "a review saved through PO after the upgrade", "CPOM_Review_ID " + po.get_ID()
                        + ", new columns " + added.stream().filter(c -> c.startsWith("cpom_review.")).map(c ->
                        c.substring(12) + "=" + po.get_Value(columnName(c.substring(12)))).toList());
            } catch (RuntimeException e) {
                report.fail("upgrade", "a review saved through PO after the upgrade", Verification.rootMessage(e));
            } finally {
                Session.close(trx, ok);
            }
        }
        String window = baseline.getProperty("edited.window", "");
        String message = baseline.getProperty("edited.message", "");
        String w = Session.string("SELECT t.Name FROM AD_Window_Trl t JOIN AD_Window b ON b.AD_Window_ID=t.AD_Window_ID"
                + " WHERE b.AD_Window_UU=? AND t.AD_Language='fr_FR'", window);
        String m = Session.string("SELECT t.MsgText FROM AD_Message_Trl t JOIN AD_Message b ON b.AD_Message_ID=t.AD_Message_ID"
                + " WHERE b.AD_Message_UU=? AND t.AD_Language='fr_FR'", message);
        report.check("upgrade", "translations edited by a user kept", EDITED_WINDOW.equals(w) && EDITED_MESSAGE.equals(m),
                "window '" + w + "', message '" + m + "'");
    }

    /** The PO column name as the dictionary spells it. */
    private static String columnName(String lower) {
        return Session.string("SELECT MAX(ColumnName) FROM AD_Column WHERE LOWER(ColumnName)=?", lower);
    }

    /** Columns of every CPOM table (lower case, sorted), from the database. */
    static Map<String, List<String>> columns() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (List<Object> r : Session.rows("SELECT table_name, string_agg(column_name, ',' ORDER BY column_name)"
                + " FROM information_schema.columns WHERE table_schema=current_schema() AND table_name LIKE 'cpom\\_%'"
                + " GROUP BY table_name ORDER BY table_name")) {
            m.put(r.get(0).toString(), List.of(r.get(1).toString().split(",")));
        }
        return m;
    }

    /** Row count and hash of the given columns of a table. */
    static String rows(String table, List<String> columns) {
        String trx = Session.newTrx("cpomv-rows");
        try {
            Connection c = Trx.get(trx, false).getConnection();
            String row = "md5(concat_ws('|', " + String.join(", ", columns.stream().map(x -> "x." + x + "::text").toList()) + "))";
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*), COALESCE(md5(string_agg(" + row + ", ',' ORDER BY " + row
                            + ")), '') FROM " + table + " x")) {
                rs.next();
                return rs.getInt(1) + ":" + rs.getString(2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(table + ": " + e.getMessage(), e);
        } finally {
            Session.close(trx, false);
        }
    }
}
