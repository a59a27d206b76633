package org.cpom.verify;

import static org.cpom.verify.Processes.param;
import static org.cpom.verify.Processes.run;
import static org.cpom.verify.Session.cols;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.compiere.model.MTable;
import org.cpom.core.activity.OccupancyCalculator;

/**
 * The 1.1.0 features on the MESSIDOR contract saved through POs, through iDempiere's process runner and PO saves:
 * the deadline calendar generated twice without duplicates; activity refused when hostile (nothing written) and
 * its occupancy computed on save; alerts sent once per deadline, user and lead day, also when the shipped
 * scheduler's System client runs them; a computed indicator filled from the activity and a typed value kept; the
 * pre-filing check.
 */
final class CalendarActivityFilings {

    private static final String G = "calendar, activity, filings";

    private final Report report;
    private final Session session;
    private final World world;

    CalendarActivityFilings(Report report, Session session, World world) {
        this.report = report;
        this.session = session;
        this.world = world;
    }

    void check() {
        if (world == null) {
            report.fail(G, "1.1.0 checks on the MESSIDOR contract", "not run: the sample was not saved");
            return;
        }
        session.login("fr_FR");
        int c = world.contractId();
        deadlines(c);
        int activity = activity(c);
        alerts(c);
        indicator(c, activity);
        Processes.Run check = run("CPOM_PreFilingCheck", "CPOM_Contract", c, param("CPOM_Contract_ID", BigDecimal.valueOf(c)),
                param("FiscalYear", BigDecimal.valueOf(2015)));
        report.check(G, "Pre-filing check (2015) runs and says what it found", !check.error() && check.summary() != null
                && !check.summary().isBlank(), check.summary());
    }

    private void deadlines(int c) {
        Processes.Run first = run("CPOM_GenerateDeadlines", "CPOM_Contract", c);
        int active = Session.value("SELECT COUNT(*) FROM CPOM_Deadline WHERE CPOM_Contract_ID=? AND IsActive='Y'", c);
        int all = Session.value("SELECT COUNT(*) FROM CPOM_Deadline WHERE CPOM_Contract_ID=?", c);
        // an L313-11 ESAT contract without the EPRD on request: reviews, evaluation, renewal; no EPRD/ERRD
        // (docs/deadlines.md, "Who files an EPRD")
        int types = Session.value("SELECT COUNT(DISTINCT DeadlineType) FROM CPOM_Deadline WHERE CPOM_Contract_ID=?"
                + " AND IsActive='Y' AND DeadlineType IN ('RENW','ANRV','MIDR','FEVL')", c);
        int filings = Session.value("SELECT COUNT(*) FROM CPOM_Deadline WHERE CPOM_Contract_ID=? AND IsActive='Y'"
                + " AND DeadlineType IN ('EPRD','ERRD')", c);
        report.check(G, "Generate deadlines: the calendar of an L313-11 ESAT contract", !first.error() && active > 0
                && types == 4 && filings == 0, active + " active deadlines, " + types + " of RENW/ANRV/MIDR/FEVL, "
                + filings + " EPRD/ERRD; " + first.summary());
        Processes.Run second = run("CPOM_GenerateDeadlines", "CPOM_Contract", c);
        int allAgain = Session.value("SELECT COUNT(*) FROM CPOM_Deadline WHERE CPOM_Contract_ID=?", c);
        int keys = Session.value("SELECT COUNT(DISTINCT DeadlineKey) FROM CPOM_Deadline WHERE CPOM_Contract_ID=?"
                + " AND DeadlineKey IS NOT NULL", c);
        int keyed = Session.value("SELECT COUNT(*) FROM CPOM_Deadline WHERE CPOM_Contract_ID=? AND DeadlineKey IS NOT NULL", c);
        report.check(G, "Generate deadlines again: no duplicate", !second.error() && allAgain == all && keys == keyed,
                all + " -> " + allAgain + " rows, " + keys + " keys for " + keyed + " generated rows; " + second.summary());

        int errd = Session.value("SELECT MIN(CPOM_Deadline_ID) FROM CPOM_Deadline WHERE CPOM_Contract_ID=? AND DeadlineType='ANRV'"
                + " AND IsActive='Y'", c);
        String trx = Session.newTrx("cpomv-done");
        try {
            Session.update("CPOM_Deadline", errd, cols("IsDone", true), trx);
            Session.commit(trx);
        } finally {
            Session.close(trx, true);
        }
        String stamped = Session.string("SELECT COALESCE(DateDone::text,'') || '/' || COALESCE(DoneBy_User_ID::text,'')"
                + " FROM CPOM_Deadline WHERE CPOM_Deadline_ID=?", errd);
        Processes.Run third = run("CPOM_GenerateDeadlines", "CPOM_Contract", c);
        String stillDone = Session.string("SELECT IsDone FROM CPOM_Deadline WHERE CPOM_Deadline_ID=?", errd);
        report.check(G, "A deadline marked done is stamped and stays done after a recomputation",
                !third.error() && stamped != null && !stamped.startsWith("/") && !stamped.endsWith("/")
                        && "Y".equals(stillDone), "DateDone/DoneBy " + stamped + ", IsDone " + stillDone);
    }

    /** Hostile then valid activity of the first ESAT in 2015; returns the saved row. */
    private int activity(int c) {
        int est = world.establishments().get(0);
        int before = Session.value("SELECT COUNT(*) FROM CPOM_Activity WHERE CPOM_Contract_ID=?", c);
        String trx = Session.newTrx("cpomv-act-bad");
        String message;
        try {
            Session.insert("CPOM_Activity", cols("AD_Org_ID", 0, "CPOM_Contract_ID", c, "CPOM_Establishment_ID", est,
                    "FiscalYear", 2015, "ActivityUnit", "JO", "ActivityTarget", new BigDecimal("12000"),
                    "ActivityActual", new BigDecimal("-5"), "CapacityInstalled", new BigDecimal("50"), "OpeningDays", 250), trx);
            Session.commit(trx);
            message = null;
        } catch (RuntimeException e) {
            message = e.getMessage();
        } finally {
            Session.close(trx, false);
        }
        int after = Session.value("SELECT COUNT(*) FROM CPOM_Activity WHERE CPOM_Contract_ID=?", c);
        report.check(G, "Negative activity refused with a message, nothing written", message != null && !message.isBlank()
                && after == before, "rows " + before + " -> " + after + "; " + message);

        String ok = Session.newTrx("cpomv-act");
        int id;
        try {
            id = Session.insert("CPOM_Activity", cols("AD_Org_ID", 0, "CPOM_Contract_ID", c, "CPOM_Establishment_ID", est,
                    "FiscalYear", 2015, "ActivityUnit", "JO", "ActivityTarget", new BigDecimal("12000"),
                    "ActivityActual", new BigDecimal("11000"), "CapacityInstalled", new BigDecimal("50"),
                    "OpeningDays", 250), ok);
            Session.commit(ok);
        } finally {
            Session.close(ok, true);
        }
        BigDecimal expected = OccupancyCalculator.occupancyRate(new BigDecimal("11000"), new BigDecimal("50"), 250);
        BigDecimal stored = Session.decimal(Session.string("SELECT OccupancyRate::text FROM CPOM_Activity WHERE CPOM_Activity_ID=?", id));
        report.check(G, "Activity saved: occupancy computed on save (11,000 days ÷ (50 places × 250 days))",
                stored != null && expected != null && stored.compareTo(expected) == 0, "stored " + stored + ", core " + expected);
        return id;
    }

    private void alerts(int c) {
        int user = Integer.parseInt(org.compiere.util.Env.getCtx().getProperty("#AD_User_ID", "0"));
        String trx = Session.newTrx("cpomv-mgr");
        try {
            Session.update("CPOM_Contract", c, cols("Manager_User_ID", user, "Accountant_User_ID", user), trx);
            Session.commit(trx);
        } finally {
            Session.close(trx, true);
        }
        int table = MTable.getTable_ID("CPOM_Deadline");
        Timestamp date = Timestamp.valueOf(LocalDate.of(2016, 4, 20).atStartOfDay());
        Processes.Run first = run("CPOM_SendDeadlineAlerts", null, 0, param("CPOM_Contract_ID", BigDecimal.valueOf(c)),
                param("DateDoc", date));
        String count = "SELECT COUNT(*) FROM AD_Note n JOIN CPOM_Deadline d ON d.CPOM_Deadline_ID=n.Record_ID"
                + " WHERE n.AD_Table_ID=? AND d.CPOM_Contract_ID=?";
        int notes = Session.value(count, table, c);
        int sent = Session.value("SELECT COUNT(*) FROM CPOM_DeadlineAlert a JOIN CPOM_Deadline d"
                + " ON d.CPOM_Deadline_ID=a.CPOM_Deadline_ID WHERE d.CPOM_Contract_ID=?", c);
        String text = Session.string("SELECT MIN(n.TextMsg) FROM AD_Note n JOIN CPOM_Deadline d ON d.CPOM_Deadline_ID=n.Record_ID"
                + " WHERE n.AD_Table_ID=? AND d.CPOM_Contract_ID=?", table, c);
        report.check(G, "Send deadline alerts (2016-04-20): iDempiere notices, one alert row each",
                !first.error() && notes > 0 && sent == notes, notes + " notices, " + sent + " alert rows; " + first.summary()
                        + "; e.g. " + text);
        Processes.Run second = run("CPOM_SendDeadlineAlerts", null, 0, param("CPOM_Contract_ID", BigDecimal.valueOf(c)),
                param("DateDoc", date));
        int notesAgain = Session.value(count, table, c);
        report.check(G, "Send deadline alerts again: nothing new", !second.error() && notesAgain == notes,
                notes + " -> " + notesAgain + " notices; " + second.summary());

        Session system = new Session(0, 0, 100, 0);
        system.login("fr_FR");
        Processes.Run scheduled = run("CPOM_SendDeadlineAlerts", null, 0, param("DateDoc", date));
        session.login("fr_FR");
        int notesSystem = Session.value(count, table, c);
        report.check(G, "Alerts run in the System client (the shipped scheduler's): every tenant, still no duplicate",
                !scheduled.error() && notesSystem == notes, notes + " -> " + notesSystem + " notices; " + scheduled.summary());
    }

    private void indicator(int c, int activity) {
        int est = world.establishments().get(0);
        String trx = Session.newTrx("cpomv-ind");
        int indicator;
        try {
            indicator = Session.insert("CPOM_Indicator", cols("AD_Org_ID", 0, "CPOM_Contract_ID", c,
                    "Name", "Taux d'occupation de l'ESAT (calculé)", "IndicatorSource", "C", "ComputedMeasure", "OCCR",
                    "CPOM_Establishment_ID", est, "UnitName", "%"), trx);
            Session.commit(trx);
        } finally {
            Session.close(trx, true);
        }
        Processes.Run computed = run("CPOM_ComputeIndicators", null, 0, param("CPOM_Contract_ID", BigDecimal.valueOf(c)),
                param("FiscalYear", BigDecimal.valueOf(2015)));
        String occupancy = Session.string("SELECT OccupancyRate::text FROM CPOM_Activity WHERE CPOM_Activity_ID=?", activity);
        String value = Session.string("SELECT ActualValue::text || '/' || IsComputed FROM CPOM_IndicatorValue"
                + " WHERE CPOM_Indicator_ID=? AND FiscalYear=2015", indicator);
        boolean filled = value != null && occupancy != null && value.endsWith("/Y")
                && new BigDecimal(value.substring(0, value.indexOf('/'))).compareTo(new BigDecimal(occupancy)) == 0;
        report.check(G, "Compute indicators: the occupancy indicator takes the activity's rate", !computed.error() && filled,
                "value " + value + ", activity " + occupancy + "; " + computed.summary());

        int valueId = Session.value("SELECT CPOM_IndicatorValue_ID FROM CPOM_IndicatorValue WHERE CPOM_Indicator_ID=?"
                + " AND FiscalYear=2015", indicator);
        String t2 = Session.newTrx("cpomv-typed");
        try {
            Session.update("CPOM_IndicatorValue", valueId, cols("ActualValue", new BigDecimal("90.5")), t2);
            Session.commit(t2);
        } finally {
            Session.close(t2, true);
        }
        Processes.Run again = run("CPOM_ComputeIndicators", null, 0, param("CPOM_Contract_ID", BigDecimal.valueOf(c)),
                param("FiscalYear", BigDecimal.valueOf(2015)));
        String kept = Session.string("SELECT ActualValue::text || '/' || IsComputed || '/' || ComputedValue::text"
                + " FROM CPOM_IndicatorValue WHERE CPOM_IndicatorValue_ID=?", valueId);
        report.check(G, "A value typed by a user is kept, the computed one stored beside it", !again.error()
                && kept != null && kept.startsWith("90.5") && kept.contains("/N/"), kept + "; " + again.summary());
    }
}
